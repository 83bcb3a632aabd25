using System.Globalization;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Indicators;

/// <summary>
/// A level-3 indicator's target value as official tables print it: "≥95%", "≤30天", "=100人", "&lt;5起", a qualitative
/// text such as "有效提升", or "定量（其他）：…" with a note. Parsed exactly and printed back the same way.
/// </summary>
public sealed record IndicatorValue
{
    private IndicatorValue(IndicatorOperator op, decimal? number, string? unit, string? text, DateOnly? from = null, DateOnly? until = null)
    {
        Operator = op;
        Number = number;
        Unit = unit;
        Text = text;
        From = from;
        Until = until;
    }

    public IndicatorOperator Operator { get; }

    /// <summary>The numeric target for the comparison operators; keeps the decimals as entered ("95.0" stays "95.0").</summary>
    public decimal? Number { get; }

    public string? Unit { get; }

    /// <summary>
    /// The expected state of a qualitative indicator, the value note of 定量（其他）, a schedule as written, or the text of a
    /// value still to be fixed.
    /// </summary>
    public string? Text { get; }

    /// <summary>A schedule's first day, when it is a period.</summary>
    public DateOnly? From { get; }

    /// <summary>A schedule's last day (a deadline, or a period's end).</summary>
    public DateOnly? Until { get; }

    public bool IsComparison => Operator is IndicatorOperator.AtLeast or IndicatorOperator.MoreThan or IndicatorOperator.EqualTo
        or IndicatorOperator.AtMost or IndicatorOperator.LessThan;

    /// <summary>Quantified in the sense of the review rules: a comparison, 定量（其他）, or a date that can be checked.</summary>
    public bool IsQuantitative => IsComparison || Operator is IndicatorOperator.OtherQuantitative or IndicatorOperator.Schedule;

    public bool IsSchedule => Operator == IndicatorOperator.Schedule;

    /// <summary>Written in a way that must be fixed before the target can be submitted.</summary>
    public bool IsUnresolved => Operator == IndicatorOperator.Unresolved;

    /// <summary>More is better (≥ ＞).</summary>
    public bool IsPositive => Operator is IndicatorOperator.AtLeast or IndicatorOperator.MoreThan;

    /// <summary>Less is better (≤ ＜); "=0" means none allowed.</summary>
    public bool IsReverse => Operator is IndicatorOperator.AtMost or IndicatorOperator.LessThan;

    public const string OtherQuantitativePrefix = "定量（其他）：";
    public const int MaxTextLength = 200;

    public static Result<IndicatorValue> Comparison(IndicatorOperator op, decimal number, string unit)
    {
        if (op is not (IndicatorOperator.AtLeast or IndicatorOperator.MoreThan or IndicatorOperator.EqualTo or IndicatorOperator.AtMost or IndicatorOperator.LessThan))
        {
            return Error.Validation("比较型指标值的符号应为 ≥、＞、＝、≤ 或 ＜。", "Operator");
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            return Error.Validation($"定量指标值“{Symbol(op)}{Print(number)}”缺少计量单位（如 %、人、天、万元）。", "Unit");
        }

        var u = unit.Trim();
        if (u.Length > 20 || u.Any(char.IsAsciiDigit))
        {
            return Error.Validation($"计量单位“{u}”无效：应为 %、人、天、万元 等单位，且不含数字。", "Unit");
        }

        return new IndicatorValue(op, number, u, null);
    }

    /// <summary>A date or period as written, with the last day (and first day of a period) it means.</summary>
    public static Result<IndicatorValue> Schedule(string written, DateOnly? from, DateOnly until)
    {
        if (string.IsNullOrWhiteSpace(written) || written.Trim().Length > MaxTextLength)
        {
            return Error.Validation($"时效指标的日期或期限不能为空，且不超过 {MaxTextLength} 个字。", "Text");
        }

        if (from is { } f && f > until)
        {
            return Error.Validation($"期限“{written.Trim()}”的开始日期晚于结束日期。", "Value");
        }

        return new IndicatorValue(IndicatorOperator.Schedule, null, null, written.Trim(), from, until);
    }

    /// <summary>A value kept as written because it cannot stand as it is (the review says why and blocks submission).</summary>
    public static IndicatorValue Unresolved(string written) =>
        new(IndicatorOperator.Unresolved, null, null, string.IsNullOrWhiteSpace(written) ? "（空）" : written.Trim()[..Math.Min(written.Trim().Length, MaxTextLength)]);

    /// <summary>Rebuilds a stored value from its columns.</summary>
    public static IndicatorValue FromStored(IndicatorOperator op, decimal? number, string? unit, string? text, DateOnly? from, DateOnly? until) => op switch
    {
        IndicatorOperator.Qualitative => Qualitative(text!).Value,
        IndicatorOperator.OtherQuantitative => OtherQuantitative(text!).Value,
        IndicatorOperator.Schedule => Schedule(text!, from, until!.Value).Value,
        IndicatorOperator.Unresolved => Unresolved(text ?? string.Empty),
        _ => Comparison(op, number!.Value, unit!).Value,
    };

    public static Result<IndicatorValue> Qualitative(string expected)
    {
        if (string.IsNullOrWhiteSpace(expected) || expected.Trim().Length > MaxTextLength)
        {
            return Error.Validation($"定性指标须写明预期状态（如“有效提升”），不超过 {MaxTextLength} 个字。", "Text");
        }

        return new IndicatorValue(IndicatorOperator.Qualitative, null, null, expected.Trim());
    }

    public static Result<IndicatorValue> OtherQuantitative(string note)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > MaxTextLength)
        {
            return Error.Validation($"“定量（其他）”指标须填写指标值说明，不超过 {MaxTextLength} 个字。", "Text");
        }

        return new IndicatorValue(IndicatorOperator.OtherQuantitative, null, null, note.Trim());
    }

    /// <summary>
    /// Reads the printed form. A leading comparison sign (≥ ＞ = ≤ ＜, also &gt;= &lt;= and full-width forms) makes it
    /// quantitative and requires a number and a unit; "定量（其他）：" introduces a note; other text is qualitative.
    /// </summary>
    public static Result<IndicatorValue> Parse(string? printed)
    {
        var s = printed?.Trim() ?? string.Empty;
        if (s.Length == 0)
        {
            return Error.Validation("指标值为空：请填写如“≥95%”“≤30天”或定性描述。", "Value");
        }

        foreach (var prefix in new[] { OtherQuantitativePrefix, "定量（其他）:", "定量(其他):", "定量(其他)：" })
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                return OtherQuantitative(s[prefix.Length..]);
            }
        }

        var (op, rest) = ReadOperator(s);
        if (op is null)
        {
            if (char.IsAsciiDigit(s[0]) || s[0] is '-' or '+' or '.')
            {
                return Error.Validation($"指标值“{s}”缺少比较符号：数值前应写 ≥、＞、＝、≤ 或 ＜，如“≥{s}”。", "Value");
            }

            return Qualitative(s);
        }

        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && (char.IsAsciiDigit(rest[end]) || rest[end] is '.' || (end == 0 && rest[end] is '-' or '+')))
        {
            end++;
        }

        var numberText = rest[..end];
        if (numberText.Length == 0 || !decimal.TryParse(numberText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Error.Validation($"指标值“{s}”无法识别：比较符号“{Symbol(op.Value)}”后应为阿拉伯数字，如“{Symbol(op.Value)}95%”。", "Value");
        }

        return Comparison(op.Value, number, rest[end..]);
    }

    /// <summary>The official printed form: "≥95%", "&lt;5起", "有效提升", "定量（其他）：…".</summary>
    public override string ToString() => Operator switch
    {
        IndicatorOperator.Qualitative or IndicatorOperator.Schedule or IndicatorOperator.Unresolved => Text!,
        IndicatorOperator.OtherQuantitative => OtherQuantitativePrefix + Text,
        _ => Symbol(Operator) + Print(Number!.Value) + Unit,
    };

    public static string Symbol(IndicatorOperator op) => op switch
    {
        IndicatorOperator.AtLeast => "≥",
        IndicatorOperator.MoreThan => ">",
        IndicatorOperator.EqualTo => "=",
        IndicatorOperator.AtMost => "≤",
        IndicatorOperator.LessThan => "<",
        IndicatorOperator.Qualitative => "定性",
        IndicatorOperator.OtherQuantitative => "定量（其他）",
        IndicatorOperator.Schedule => "时效",
        IndicatorOperator.Unresolved => "待修正",
        _ => "?",
    };

    private static string Print(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static (IndicatorOperator? Op, string Remainder) ReadOperator(string s)
    {
        (string Sign, IndicatorOperator Op)[] signs =
        [
            (">=", IndicatorOperator.AtLeast), ("＞＝", IndicatorOperator.AtLeast), ("≥", IndicatorOperator.AtLeast), ("≧", IndicatorOperator.AtLeast),
            ("<=", IndicatorOperator.AtMost), ("＜＝", IndicatorOperator.AtMost), ("≤", IndicatorOperator.AtMost), ("≦", IndicatorOperator.AtMost),
            (">", IndicatorOperator.MoreThan), ("＞", IndicatorOperator.MoreThan),
            ("<", IndicatorOperator.LessThan), ("＜", IndicatorOperator.LessThan),
            ("==", IndicatorOperator.EqualTo), ("=", IndicatorOperator.EqualTo), ("＝", IndicatorOperator.EqualTo),
        ];
        foreach (var (sign, op) in signs)
        {
            if (s.StartsWith(sign, StringComparison.Ordinal))
            {
                return (op, s[sign.Length..]);
            }
        }

        return (null, s);
    }
}
