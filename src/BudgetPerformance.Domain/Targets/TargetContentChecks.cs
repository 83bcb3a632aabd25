using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.Targets;

/// <summary>The checks behind rows Q06–Q14 of <see cref="TargetReview.Rules"/>: what careful reviewers of real tables flag.</summary>
internal static partial class TargetContentChecks
{
    /// <summary>Q06: template text left in names or scoring standards ("（≥XX人次）", "**万元").</summary>
    public static void Placeholders(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators)
        {
            if (i.Name.AsSpan().ContainsAny(PlaceholderMarks) && Placeholder().Match(i.Name) is { Success: true } inName)
            {
                c.Add($"指标名称“{i.Name}”中留有模板占位符“{inName.Value}”：请填写实际内容。", i.Name);
            }

            if (i.ScoringStandard.AsSpan().ContainsAny(PlaceholderMarks) && Placeholder().Match(i.ScoringStandard) is { Success: true } inStandard)
            {
                c.Add($"指标“{i.Name}”的评分标准中留有模板占位符“{inStandard.Value}”。", i.Name);
            }
        }
    }

    /// <summary>Q07: a name that states a number ("……合格率100%") other than its value ("≥95%").</summary>
    public static void NameContradictsValue(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators)
        {
            if (!i.Value.IsComparison || !i.Name.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            var stated = NumberInName().Match(i.Name);
            if (!stated.Success || !decimal.TryParse(stated.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var named))
            {
                continue;
            }

            var unit = stated.Groups["u"].Value;
            if (unit == i.Value.Unit && named != i.Value.Number)
            {
                c.Add($"指标名称“{i.Name}”写明{named.ToString("0.####", CultureInfo.InvariantCulture)}{unit}，而指标值为“{i.Value}”：名称与指标值不一致，请统一。",
                    i.Name, $"名称中的 {named.ToString("0.####", CultureInfo.InvariantCulture)}{unit} ≠ 指标值 {i.Value}");
            }
        }
    }

    /// <summary>Q08: a rate where less is better given a floor, a count where more is better given a ceiling.</summary>
    public static void Direction(ReviewCheck c)
    {
        var lowerWords = Words(c.Section.LowerIsBetterWords);
        var higherWords = Words(c.Section.HigherIsBetterWords);
        foreach (var i in c.Input.Indicators)
        {
            if (!i.Value.IsComparison)
            {
                continue;
            }

            if (i.Value.IsPositive && i.Name.AsSpan().ContainsAny(lowerWords) && c.Section.LowerIsBetterWords.FirstOrDefault(w => i.Name.Contains(w, StringComparison.Ordinal)) is { } lower)
            {
                c.Add($"指标“{i.Name}”是“{lower}”（越低越好），却写成下限“{i.Value}”：应为“≤{i.Value.Number?.ToString(CultureInfo.InvariantCulture)}{i.Value.Unit}”。", i.Name);
            }

            if (i.Value.IsReverse && i.Name.AsSpan().ContainsAny(higherWords) && c.Section.HigherIsBetterWords.FirstOrDefault(w => i.Name.Contains(w, StringComparison.Ordinal)) is { } higher)
            {
                c.Add($"指标“{i.Name}”是“{higher}”（越多越好），却写成上限“{i.Value}”：应为“≥{i.Value.Number?.ToString(CultureInfo.InvariantCulture)}{i.Value.Unit}”。", i.Name);
            }
        }
    }

    /// <summary>Q10: a level-3 name that only repeats its level-2 (or level-1) label.</summary>
    public static void RepeatedLevelNames(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators)
        {
            // A level name is at most a dozen characters: longer names cannot merely repeat one.
            if (i.Name.Length > MaxLevelNameLength)
            {
                continue;
            }

            var name = Bare(i.Name);
            if (name == BareName(i.Level2) || name == BareName(i.Level1))
            {
                c.Add($"三级指标“{i.Name}”只是重复了层级名称：请写明具体衡量什么（如“受益学生人数”“资金拨付及时率”）。", i.Name);
            }
        }
    }

    /// <summary>Q11: a satisfaction indicator filed outside 满意度指标.</summary>
    public static void SatisfactionPlacement(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators.Where(i => i.Name.Contains("满意度", StringComparison.Ordinal) && i.Level1 != Level1.Satisfaction))
        {
            c.Add($"指标“{i.Name}”是满意度指标，却放在“{IndicatorFrameworks.Name(i.Level1)} / {IndicatorFrameworks.Name(i.Level2)}”下：应放在“满意度指标 / 服务对象满意度指标”。", i.Name);
        }
    }

    /// <summary>Q12: a quality row that merely restates a quantity row as its completion rate ("培训人数" and "培训完成率").</summary>
    public static void RestatedQuantities(ReviewCheck c)
    {
        var quantities = c.Input.Indicators.Where(i => i.Level2 == Level2.Quantity).ToList();
        foreach (var i in c.Input.Indicators)
        {
            if (i.Level2 != Level2.Quality || !(i.Name.EndsWith('率') || i.Name.EndsWith("比例", StringComparison.Ordinal) || i.Name.EndsWith('度')))
            {
                continue;
            }

            var m = CompletionRate().Match(i.Name);
            if (!m.Success || m.Groups["stem"].Value.Length < 2)
            {
                continue;
            }

            var stem = m.Groups["stem"].Value;
            if (quantities.FirstOrDefault(q => q.Name.Contains(stem, StringComparison.Ordinal) || stem.Contains(Stem(q.Name), StringComparison.Ordinal)) is { } quantity)
            {
                c.Add($"质量指标“{i.Name}”只是数量指标“{quantity.Name}”的完成率，没有衡量质量：请改为合格率、达标率等反映质量的指标。", i.Name);
            }
        }
    }

    /// <summary>
    /// Q13: the money the indicators imply — a quantity times its unit standard ("200人" × "2000元/人"), or cost
    /// indicators in money that add up — far above the project's money.
    /// </summary>
    public static void Money(ReviewCheck c)
    {
        if (c.Input.BudgetFen is not { } budgetFen || budgetFen <= 0 || !c.Input.Indicators.Any(i => IndicatorFrameworks.IsCost(i.Level2) && i.Value.IsComparison))
        {
            return;
        }

        var limit = budgetFen * (1 + c.Section.MoneyTolerance);
        var budget = new Money(budgetFen).ToWanYuanString();
        var quantities = c.Input.Indicators.Where(i => i.Value.IsComparison && !i.Value.IsReverse && MeasureUnits.KindOf(i.Value.Unit) == UnitKind.Count).ToList();
        foreach (var cost in c.Input.Indicators.Where(i => IndicatorFrameworks.IsCost(i.Level2) && i.Value.IsComparison))
        {
            var (perFen, per) = PerUnit(cost.Value);
            if (perFen is not { } price || per is null || quantities.FirstOrDefault(q => q.Value.Unit == per) is not { } quantity)
            {
                continue;
            }

            var totalFen = quantity.Value.Number!.Value * price;
            if (totalFen > limit)
            {
                c.Add($"数量指标“{quantity.Name}”（{quantity.Value}）乘以成本指标“{cost.Name}”（{cost.Value}）约为 {new Money((long)totalFen).ToWanYuanString()} 万元，明显超过项目资金 {budget} 万元：请核对产出数量、单位标准或资金。",
                    cost.Name, $"{quantity.Value.Number.Value.ToString("0.####", CultureInfo.InvariantCulture)}{per} × {cost.Value.Number!.Value.ToString("0.####", CultureInfo.InvariantCulture)}{cost.Value.Unit} = {new Money((long)totalFen).ToWanYuanString()} 万元 > {budget} 万元 × {(1 + c.Section.MoneyTolerance).ToString("0.##", CultureInfo.InvariantCulture)}");
            }
        }

        var totals = c.Input.Indicators.Where(i => IndicatorFrameworks.IsCost(i.Level2) && i.Value.IsComparison && MoneyFen(i.Value) is not null).ToList();
        var sum = totals.Sum(i => MoneyFen(i.Value)!.Value);
        if (totals.Count > 0 && sum > limit)
        {
            c.Add($"金额类成本指标合计 {new Money((long)sum).ToWanYuanString()} 万元，超过项目资金 {budget} 万元：成本不应超过预算。",
                arithmetic: $"{string.Join(" + ", totals.Select(t => t.Value.ToString()))} = {new Money((long)sum).ToWanYuanString()} 万元 > {budget} 万元 × {(1 + c.Section.MoneyTolerance).ToString("0.##", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Q14: a benefit indicator whose value is only 是/否 or 有/无.</summary>
    public static void YesNoBenefits(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators.Where(i => i.Level1 == Level1.Benefit && i.Value.Operator == IndicatorOperator.Qualitative && YesNo().IsMatch(i.Value.Text ?? string.Empty)))
        {
            c.Add($"效益指标“{i.Name}”的指标值只是“{i.Value}”：无法衡量效益的程度，请写明可衡量的目标（如“……率提高到≥…%”）。", i.Name);
        }
    }

    /// <summary>A money amount in 分 ("≤50万元" → 5,000,000 分), or null for a per-unit or non-money value.</summary>
    private static decimal? MoneyFen(IndicatorValue v) => v.Unit switch
    {
        "元" => v.Number * 100,
        "万元" => v.Number * 1_000_000,
        "亿元" => v.Number * 10_000_000_000,
        _ => null,
    };

    /// <summary>"2000元/人" → (200,000 分, "人").</summary>
    private static (decimal? Fen, string? Per) PerUnit(IndicatorValue v)
    {
        var unit = v.Unit ?? string.Empty;
        var slash = unit.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return (null, null);
        }

        var money = unit[..slash] switch { "元" => 100m, "万元" => 1_000_000m, _ => (decimal?)null };
        return money is { } m ? (v.Number * m, unit[(slash + 1)..]) : (null, null);
    }

    private const int MaxLevelNameLength = 16;

    private static readonly SearchValues<char> PlaceholderMarks = SearchValues.Create("xX×＊*□");

    private static readonly Dictionary<Level1, string> BareLevel1 = Enum.GetValues<Level1>().ToDictionary(l => l, l => Bare(IndicatorFrameworks.Name(l)));
    private static readonly Dictionary<Level2, string> BareLevel2 = Enum.GetValues<Level2>().ToDictionary(l => l, l => Bare(IndicatorFrameworks.Name(l)));

    /// <summary>Word lists of a section, made searchable once per list (sections are cached and shared).</summary>
    private static readonly ConditionalWeakTable<IReadOnlyCollection<string>, SearchValues<string>> WordSearch = [];

    private static string BareName(Level1 l) => BareLevel1[l];

    private static string BareName(Level2 l) => BareLevel2[l];

    private static SearchValues<string> Words(IReadOnlyCollection<string> words) =>
        WordSearch.GetValue(words, w => SearchValues.Create(w.Where(x => x.Length > 0).ToArray(), StringComparison.Ordinal));

    private static string Bare(string s) => new string(s.Where(ch => !char.IsWhiteSpace(ch)).ToArray()).Replace("指标", string.Empty, StringComparison.Ordinal);

    private static string Stem(string name) => name.Length > 2 && (name.EndsWith("人数", StringComparison.Ordinal) || name.EndsWith("数量", StringComparison.Ordinal) || name.EndsWith("人次", StringComparison.Ordinal)) ? name[..^2] : name;

    [GeneratedRegex(@"[（(]?[≥≤]?\s*(?:[xX×＊*]{2,}|XX|xx|□+)\s*[^，。；)）]{0,4}[)）]?")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<u>%|人次|人|个|天|万元|元|公里|亩|户|次)")]
    private static partial Regex NumberInName();

    [GeneratedRegex(@"^(?<stem>.+?)(?:完成率|达成率|完成比例|完成度|实施率)$")]
    private static partial Regex CompletionRate();

    [GeneratedRegex(@"^(?:是|否|是/否|有|无|有/无|是否)$")]
    private static partial Regex YesNo();
}
