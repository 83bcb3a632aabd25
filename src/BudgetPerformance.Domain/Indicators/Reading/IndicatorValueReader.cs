using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Domain.Indicators.Reading;

/// <summary>
/// 宽进严审 for indicator values: reads what a careful person reads in a real table — signs and words for the
/// comparison ("≥95%", "不少于95%", "95%以上", "＞＝95％"), bare values ("100%", "350人"), dates and periods
/// ("2026年11月", "年底前"), qualitative words — and records how it read each one. Text nobody could read (stray signs
/// around a number, "#N/A", a lone "≥", a number cut off) is refused, never stored as something else; text that is
/// readable but incomplete (no unit, an unfilled placeholder) is kept as <see cref="IndicatorOperator.Unresolved"/>
/// with a note that blocks submission until fixed.
/// </summary>
public static partial class IndicatorValueReader
{
    private static readonly (string Word, IndicatorOperator Op)[] PrefixWords =
    [
        ("大于或等于", IndicatorOperator.AtLeast), ("大于等于", IndicatorOperator.AtLeast), ("不少于", IndicatorOperator.AtLeast), ("不低于", IndicatorOperator.AtLeast),
        ("不小于", IndicatorOperator.AtLeast), ("至少", IndicatorOperator.AtLeast), ("达到", IndicatorOperator.AtLeast), ("完成", IndicatorOperator.AtLeast), ("实现", IndicatorOperator.AtLeast),
        ("小于或等于", IndicatorOperator.AtMost), ("小于等于", IndicatorOperator.AtMost), ("不超过", IndicatorOperator.AtMost), ("不高于", IndicatorOperator.AtMost),
        ("不大于", IndicatorOperator.AtMost), ("不多于", IndicatorOperator.AtMost), ("至多", IndicatorOperator.AtMost), ("控制在", IndicatorOperator.AtMost),
        ("高于", IndicatorOperator.MoreThan), ("超过", IndicatorOperator.MoreThan), ("大于", IndicatorOperator.MoreThan), ("多于", IndicatorOperator.MoreThan),
        ("低于", IndicatorOperator.LessThan), ("小于", IndicatorOperator.LessThan), ("少于", IndicatorOperator.LessThan),
        ("等于", IndicatorOperator.EqualTo),
    ];

    private static readonly (string Word, IndicatorOperator Op)[] SuffixWords =
    [
        ("及以上", IndicatorOperator.AtLeast), ("或以上", IndicatorOperator.AtLeast), ("以上", IndicatorOperator.AtLeast),
        ("及以下", IndicatorOperator.AtMost), ("或以下", IndicatorOperator.AtMost), ("以下", IndicatorOperator.AtMost), ("以内", IndicatorOperator.AtMost), ("之内", IndicatorOperator.AtMost),
    ];

    private static readonly string[] ErrorLiterals = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "N/A", "NULL", "NAN", "UNDEFINED"];

    private static readonly string[] EmptyMarks = ["-", "—", "——", "--", "/", "／", "－", "\\", "无数据"];

    public static ValueReading Read(string? cell, ValueContext context)
    {
        var written = (cell ?? string.Empty).Trim();
        var notes = new List<ReadingNote>();
        var text = Combine(written, context, notes);
        if (text.Length == 0)
        {
            return ValueReading.Refused("指标值为空：请填写如“≥95%”“≤30天”、日期或定性描述。");
        }

        if (EmptyMarks.Contains(text))
        {
            return ValueReading.Refused($"指标值只填了“{text}”，没有内容：请填写目标值。");
        }

        if (ErrorLiterals.Contains(text.ToUpperInvariant()))
        {
            return ValueReading.Refused($"单元格内容“{text}”是电子表格的错误值，不是指标值：请在原表中改正公式或填写目标值。");
        }

        if (Placeholder().IsMatch(text))
        {
            return Unresolved(text, $"指标值“{text}”是未填写的模板占位符：请填写实际目标值。", notes);
        }

        foreach (var prefix in new[] { IndicatorValue.OtherQuantitativePrefix, "定量（其他）:", "定量(其他):", "定量(其他)：" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                var other = IndicatorValue.OtherQuantitative(text[prefix.Length..]);
                return other.IsSuccess ? new ValueReading(other.Value, notes, null) : ValueReading.Refused(other.Error!.Message);
            }
        }

        var (s, variants) = ValueText.Normalize(text);
        if (variants.Count > 0)
        {
            notes.Add(new ReadingNote(ReadingNote.WordOperator, $"“{text}”中的{string.Join("、", variants)}读取。"));
        }

        if (ScheduleReader.Read(s, context.FiscalYear) is { } schedule)
        {
            notes.Add(new ReadingNote(ReadingNote.ScheduleValue, $"“{text}”按时效指标的日期读取：{schedule.Meaning}。"));
            var value = IndicatorValue.Schedule(text, schedule.From, schedule.Until);
            return value.IsSuccess ? new ValueReading(value.Value, notes, null) : ValueReading.Refused(value.Error!.Message);
        }

        return Comparison(text, s, context, notes) ?? Words(text, s, notes);
    }

    /// <summary>
    /// The value as the unit wrote it, with a sign or unit from a column of its own joined on: what the form shows and
    /// what reads the same way again when the row is saved from the form, where those columns do not exist.
    /// </summary>
    public static string Joined(string? cell, ValueContext context) => Combine((cell ?? string.Empty).Trim(), context, []);

    /// <summary>A sign or unit written in its own column joins the value.</summary>
    private static string Combine(string written, ValueContext context, List<ReadingNote> notes)
    {
        var text = written;
        // The unit joins a value that is a number and nothing else, with or without its sign ("200", "≥200").
        if (context.UnitColumn?.Trim() is { Length: > 0 } unit && BareNumber().IsMatch(ValueText.Normalize(text).Text.TrimStart('≥', '≤', '>', '<', '=')))
        {
            text += unit;
            notes.Add(new ReadingNote(ReadingNote.SplitColumns, $"计量单位取自“计量单位”列（“{unit}”）。"));
        }

        if (context.OperatorColumn?.Trim() is { Length: > 0 } op && text.Length > 0 && !ValueText.Operators.Contains(ValueText.Normalize(text).Text[0]))
        {
            text = op + text;
            notes.Add(new ReadingNote(ReadingNote.SplitColumns, $"比较符号取自“指标性质”列（“{op}”）。"));
        }

        return text;
    }

    /// <summary>"≥95%", "不少于95%", "95%以上", "较上年提高5%", "100%": a comparison with a number and a unit.</summary>
    private static ValueReading? Comparison(string text, string s, ValueContext context, List<ReadingNote> notes)
    {
        IndicatorOperator? op = null;
        var rest = s;
        if (ValueText.Operators.Contains(rest[0]))
        {
            op = rest[0] switch { '≥' => IndicatorOperator.AtLeast, '≤' => IndicatorOperator.AtMost, '>' => IndicatorOperator.MoreThan, '<' => IndicatorOperator.LessThan, _ => IndicatorOperator.EqualTo };
            rest = rest[1..].TrimStart();
            if (rest.Length == 0)
            {
                return ValueReading.Refused($"指标值“{text}”只有比较符号，缺少数值：请写成如“{IndicatorValue.Symbol(op.Value)}95%”。");
            }
        }
        else if (PrefixWords.FirstOrDefault(w => rest.StartsWith(w.Word, StringComparison.Ordinal)) is { Word: not null } word && StartsWithNumber(rest[word.Word.Length..]))
        {
            op = word.Op;
            rest = rest[word.Word.Length..].TrimStart();
            notes.Add(new ReadingNote(ReadingNote.WordOperator, $"“{word.Word}”按“{IndicatorValue.Symbol(op.Value)}”读取。"));
        }
        else if (Growth().Match(rest) is { Success: true } growth && StartsWithNumber(rest[growth.Length..].TrimStart()))
        {
            op = IndicatorOperator.AtLeast;
            rest = rest[growth.Length..].TrimStart();
            notes.Add(new ReadingNote(ReadingNote.WordOperator, $"“{growth.Value}”按“≥”读取：{growth.Groups["verb"].Value}幅度不少于所写数值。"));
        }

        if (!StartsWithNumber(rest))
        {
            return op is null ? null : ValueReading.Refused($"指标值“{text}”无法识别：比较符号“{IndicatorValue.Symbol(op.Value)}”后应为阿拉伯数字，如“{IndicatorValue.Symbol(op.Value)}95%”。");
        }

        var number = Number().Match(rest);
        var digits = number.Value;
        var unit = rest[digits.Length..].Trim();
        if (digits.EndsWith('.') || unit.StartsWith('.') || (unit.Length > 0 && char.IsAsciiDigit(unit[0])))
        {
            return ValueReading.Refused($"指标值“{text}”中的数值“{digits}{(unit.StartsWith('.') ? "." : string.Empty)}”不完整：请填写完整的数字。");
        }

        if (SuffixWords.FirstOrDefault(w => unit.EndsWith(w.Word, StringComparison.Ordinal)) is { Word: not null } suffix)
        {
            if (op is { } prefixOp && !Agrees(prefixOp, suffix.Op))
            {
                return ValueReading.Refused($"指标值“{text}”前后矛盾：“{IndicatorValue.Symbol(prefixOp)}”与“{suffix.Word}”方向相反。");
            }

            op ??= suffix.Op;
            unit = unit[..^suffix.Word.Length].Trim();
            notes.Add(new ReadingNote(ReadingNote.WordOperator, $"“{suffix.Word}”按“{IndicatorValue.Symbol(op.Value)}”读取。"));
        }

        if (unit.Length > 0 && (unit.Any(char.IsAsciiDigit) || unit.Any(c => ValueText.Operators.Contains(c)) || unit.Length > 20))
        {
            return ValueReading.Refused($"指标值“{text}”无法识别：数值后的“{unit}”不是计量单位。请写成“≥95%”“≤30天”这样的形式。");
        }

        var n = decimal.Parse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (op is null)
        {
            var (assumed, why) = Assume(n, context);
            op = assumed;
            var printed = unit.Length > 0 ? IndicatorValue.Symbol(assumed) + digits + unit : IndicatorValue.Symbol(assumed) + digits;
            notes.Add(new ReadingNote(ReadingNote.MissingOperator, $"指标值“{text}”未写比较符号，已按{why}读作“{printed}”，请确认。"));
        }

        if (unit.Length == 0)
        {
            return Unresolved(text, $"指标值“{text}”缺少计量单位（如 %、人、天、万元）：请补充单位。", notes);
        }

        var value = IndicatorValue.Comparison(op.Value, n, unit);
        return value.IsSuccess ? new ValueReading(value.Value, notes, null) : ValueReading.Refused(value.Error!.Message);
    }

    /// <summary>No comparison: qualitative words, or text that nobody could read as a value.</summary>
    private static ValueReading Words(string text, string s, List<ReadingNote> notes)
    {
        if (text.Length > IndicatorValue.MaxTextLength)
        {
            return ValueReading.Refused($"定性指标值超过 {IndicatorValue.MaxTextLength} 个字。");
        }

        if (StraySign().IsMatch(s) || s.EndsWith('.') || MinusLike().IsMatch(s))
        {
            return ValueReading.Refused($"指标值“{text}”无法识别：符号或数字的位置不对（应写成“≥90%”这样的形式）。");
        }

        if (ValueText.HasDigit(s))
        {
            notes.Add(new ReadingNote(ReadingNote.NumberInText, $"指标值“{text}”是含有数字的文字，按定性指标读取；如需量化，请写成“≥数值+单位”。"));
        }

        var value = IndicatorValue.Qualitative(text);
        return value.IsSuccess ? new ValueReading(value.Value, notes, null) : ValueReading.Refused(value.Error!.Message);
    }

    /// <summary>
    /// The sign a bare value most likely means: a cost, or a rate where less is better, is a ceiling; a zero is "none
    /// allowed"; everything else (counts, quality and timeliness rates, benefits) a floor.
    /// </summary>
    private static (IndicatorOperator Op, string Why) Assume(decimal number, ValueContext context)
    {
        if (context.Level2 is { } l2 && IndicatorFrameworks.IsCost(l2))
        {
            return (IndicatorOperator.AtMost, "成本指标（越低越好）");
        }

        if (context.LowerIsBetterWords.FirstOrDefault(w => context.Name.Contains(w, StringComparison.Ordinal)) is { } word)
        {
            return (IndicatorOperator.AtMost, $"“{word}”越低越好");
        }

        if (number == 0)
        {
            return (IndicatorOperator.EqualTo, "“0”表示不得发生");
        }

        var place = context.Level2 is { } level2 ? IndicatorFrameworks.Name(level2) : "指标";
        return (IndicatorOperator.AtLeast, $"{place}默认“≥”");
    }

    private static bool Agrees(IndicatorOperator a, IndicatorOperator b) => Direction(a) == Direction(b);

    private static int Direction(IndicatorOperator op) => op switch
    {
        IndicatorOperator.AtLeast or IndicatorOperator.MoreThan => 1,
        IndicatorOperator.AtMost or IndicatorOperator.LessThan => -1,
        _ => 0,
    };

    private static bool StartsWithNumber(string s) => s.Length > 0 && (char.IsAsciiDigit(s[0]) || (s.Length > 1 && s[0] is '-' or '+' && char.IsAsciiDigit(s[1])));

    private static ValueReading Unresolved(string text, string why, List<ReadingNote> notes)
    {
        notes.Add(new ReadingNote(ReadingNote.MustFix, why));
        return new ValueReading(IndicatorValue.Unresolved(text), notes, null);
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^[+-]?\d+(\.\d*)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:较上年|比上年|较去年|比去年|同比|较基期|较上期)?(?<verb>提高|提升|增长|增加|上升|下降|降低|减少)了?")]
    private static partial Regex Growth();

    [GeneratedRegex(@"[xX×＊*]{2}|[□■]|X+%|^[xX×]$|（?[≥≤]?[xX×]{1,2}[^a-zA-Z]")]
    private static partial Regex Placeholder();

    /// <summary>Signs that belong before a number standing elsewhere: "%≥90", "90≥", "≥", "=%".</summary>
    [GeneratedRegex(@"[≥≤<>=]|%\S*\d|\d\S*[≥≤<>=]")]
    private static partial Regex StraySign();

    /// <summary>"一50": a Chinese 一 standing where a minus sign or a ≥ was meant.</summary>
    [GeneratedRegex(@"^一\s*\d")]
    private static partial Regex MinusLike();
}
