using System.Globalization;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Targets;

/// <summary>One rule of the automatic review: a row of <see cref="TargetReview.Rules"/>.</summary>
public sealed record ReviewRule(string Code, string Name, FindingSeverity Severity, Func<TargetReviewSection, bool> IsOn, Action<ReviewCheck> Check);

/// <summary>What a rule's check sees, and where it puts what it finds.</summary>
public sealed class ReviewCheck
{
    private readonly List<RuleFinding> _findings;
    private readonly List<PeerText> _matched;

    internal ReviewCheck(TargetReviewInput input, TargetReviewSection section, CopyIndex copies, List<RuleFinding> findings, List<PeerText> matched)
    {
        Input = input;
        Section = section;
        Copies = copies;
        _findings = findings;
        _matched = matched;
    }

    public TargetReviewInput Input { get; }
    public TargetReviewSection Section { get; }
    public CopyIndex Copies { get; }
    internal ReviewRule Rule { get; set; } = null!;

    public void Add(string message, string? subject = null, string? arithmetic = null, FindingSeverity? severity = null) =>
        _findings.Add(new RuleFinding(Rule.Code, Rule.Name, severity ?? Rule.Severity, message, subject, arithmetic));

    /// <summary>Another target the check compared against and matched: kept with the result so it can be computed again.</summary>
    public void Matched(PeerText peer)
    {
        if (!_matched.Contains(peer))
        {
            _matched.Add(peer);
        }
    }
}

/// <summary>The findings of a review and the other targets the copy check matched.</summary>
public sealed record TargetReviewResult(IReadOnlyList<RuleFinding> Findings, IReadOnlyList<PeerText> MatchedPeers)
{
    public int Verdict => Findings.Count == 0 ? 0 : (int)Findings.Max(f => f.Severity);
}

/// <summary>
/// 绩效目标自动审核, a pure function over a <see cref="TargetReviewInput"/> and the pack's target-review section:
/// structural checks (S.., counts, quantified share, weights, names) and quality checks (Q.., hollow benefits, cost
/// direction, copied text, easier than last year, unit fit). Each rule is a row of <see cref="Rules"/>.
/// </summary>
public static class TargetReview
{
    /// <summary>
    /// Version 3: how values and level names were read (R01–R06, F01), weights optional at declaration, checks Q06–Q14.
    /// Version 2 was the rules as one table over a snapshot; version 1 the reviewer over the aggregate.
    /// </summary>
    public static readonly RuleEngine Engine = new(RuleStage.TargetReview, 3);

    public static TargetReviewResult Run(TargetReviewInput input, TargetReviewSection section, CopyIndex copies)
    {
        var findings = new List<RuleFinding>();
        var matched = new List<PeerText>();
        var check = new ReviewCheck(input, section, copies, findings, matched);
        foreach (var rule in Rules)
        {
            if (rule.IsOn(section))
            {
                check.Rule = rule;
                rule.Check(check);
            }
        }

        return new TargetReviewResult(findings, matched);
    }

    /// <summary>One rule alone over an input (whether or not the section switches it on): for explaining a rule and timing it.</summary>
    public static IReadOnlyList<RuleFinding> RunRule(ReviewRule rule, TargetReviewInput input, TargetReviewSection section, CopyIndex copies)
    {
        var findings = new List<RuleFinding>();
        var check = new ReviewCheck(input, section, copies, findings, []) { Rule = rule };
        rule.Check(check);
        return findings;
    }

    public static IReadOnlyList<ReviewRule> Rules { get; } =
    [
        new("S01", "年度目标须具体明确", FindingSeverity.Error, _ => true, c =>
        {
            if (c.Input.AnnualGoal.Length < c.Section.MinAnnualGoalLength)
            {
                c.Add($"年度目标过于简略（{c.Input.AnnualGoal.Length} 字）：应至少 {c.Section.MinAnnualGoalLength} 字，写明年度要完成的产出和达到的效果。");
            }
        }),
        new("S02", "一级指标个数下限", FindingSeverity.Error, _ => true, c =>
        {
            var present = c.Input.Indicators.Select(i => i.Level1).Distinct().ToList();
            if (present.Count < c.Section.MinLevel1Count)
            {
                var missing = string.Join("、", IndicatorFrameworks.Structure(c.Input.Framework).Keys.Where(l => !present.Contains(l)).Select(IndicatorFrameworks.Name));
                c.Add($"一级指标只有 {present.Count} 个，方案要求不少于 {c.Section.MinLevel1Count} 个；缺少：{missing}。", arithmetic: $"{present.Count} < {c.Section.MinLevel1Count}");
            }
        }),
        new("S03", "二级指标个数下限", FindingSeverity.Error, _ => true, c =>
        {
            var count = c.Input.Indicators.Select(i => (i.Level1, i.Level2)).Distinct().Count();
            if (count < c.Section.MinLevel2Count)
            {
                c.Add($"二级指标只有 {count} 个，方案要求不少于 {c.Section.MinLevel2Count} 个。", arithmetic: $"{count} < {c.Section.MinLevel2Count}");
            }
        }),
        new("S04", "三级指标个数下限", FindingSeverity.Error, _ => true, c =>
        {
            if (c.Input.Indicators.Count < c.Section.MinLevel3Count)
            {
                c.Add($"三级指标只有 {c.Input.Indicators.Count} 个，方案要求不少于 {c.Section.MinLevel3Count} 个。", arithmetic: $"{c.Input.Indicators.Count} < {c.Section.MinLevel3Count}");
            }
        }),
        new("S05", "量化指标占比下限", FindingSeverity.Error, _ => true, c =>
        {
            var all = c.Input.Indicators.Count;
            if (all == 0)
            {
                return;
            }

            var quantified = c.Input.Indicators.Count(i => i.Value.IsQuantitative);
            var share = quantified / (decimal)all;
            if (share < c.Section.MinQuantifiedShare)
            {
                c.Add($"量化指标 {quantified} 个，占 {Percent(share)}，低于方案要求的 {Percent(c.Section.MinQuantifiedShare)}；请把定性指标改为可衡量的数值。",
                    arithmetic: $"量化指标 {quantified} 个 ÷ 三级指标 {all} 个 = {Percent(share)} < {Percent(c.Section.MinQuantifiedShare)}");
            }
        }),
        new("S06", "指标分值合计", FindingSeverity.Error, _ => true, c =>
        {
            // A table without any 分值 is judged by S09 (weights may be left to the evaluation stage).
            if (c.Input.Indicators.Any(i => i.WeightHundredths > 0) && c.Input.TotalWeight != c.Section.TotalWeight)
            {
                c.Add($"三级指标分值合计为 {c.Input.TotalWeight:0.##} 分，应为 {c.Section.TotalWeight:0.##} 分。",
                    arithmetic: $"{string.Join(" + ", c.Input.Indicators.Select(i => i.Weight.ToString("0.##", CultureInfo.InvariantCulture)))} = {c.Input.TotalWeight:0.##} ≠ {c.Section.TotalWeight:0.##}");
            }
        }),
        new("S07", "指标名称长度", FindingSeverity.Error, _ => true, c =>
        {
            foreach (var i in c.Input.Indicators.Where(i => i.Name.Length > c.Section.MaxIndicatorNameLength))
            {
                c.Add($"指标名称“{i.Name[..Math.Min(20, i.Name.Length)]}…”有 {i.Name.Length} 字，超过 {c.Section.MaxIndicatorNameLength} 字。", i.Name);
            }
        }),
        new("S08", "指标名称不得重复", FindingSeverity.Error, _ => true, c =>
        {
            foreach (var dup in c.Input.Indicators.GroupBy(i => i.Name).Where(g => g.Count() > 1))
            {
                c.Add($"三级指标“{dup.Key}”重复出现 {dup.Count()} 次。", dup.Key);
            }
        }),
        new("S09", "指标须有分值", FindingSeverity.Error, _ => true, c =>
        {
            var without = c.Input.Indicators.Where(i => i.WeightHundredths == 0).ToList();
            if (without.Count == 0)
            {
                return;
            }

            if (without.Count < c.Input.Indicators.Count)
            {
                foreach (var i in without)
                {
                    c.Add($"指标“{i.Name}”未设分值。", i.Name);
                }
            }
            else if (c.Section.RequireWeightsAtDeclaration)
            {
                // One finding for the table, not one per row.
                c.Add($"全部 {without.Count} 个三级指标都未设分值：本地区规则方案要求申报时填写分值，合计应为 {c.Section.TotalWeight:0.##} 分。");
            }
        }),
        new("F01", "指标值须修正", FindingSeverity.Error, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.MustFix)),
        new("R01", "未写比较符号（按默认读取）", FindingSeverity.Warning, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.MissingOperator)),
        new("R02", "文字或变体符号读作比较符号", FindingSeverity.Info, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.WordOperator)),
        new("R03", "日期或期限读作时效指标值", FindingSeverity.Info, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.ScheduleValue)),
        new("R04", "符号或单位分列填写", FindingSeverity.Info, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.SplitColumns)),
        new("R05", "含数字的文字按定性读取", FindingSeverity.Warning, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.NumberInText)),
        new("R06", "指标层级名称按别名读取", FindingSeverity.Info, _ => true, c => TargetReadingChecks.Notes(c, ReadingNote.LevelAlias)),
        new("Q01", "效益指标空泛（无可衡量基数）", FindingSeverity.Warning, s => s.CheckHollowBenefits, TargetQualityChecks.HollowBenefits),
        new("Q02", "成本指标方向", FindingSeverity.Warning, s => s.CheckCostDirection, TargetQualityChecks.CostDirection),
        new("Q03", "目标或指标抄自其他项目", FindingSeverity.Warning, s => s.CheckCopiedText, TargetQualityChecks.Copies),
        new("Q04", "目标值低于上年实际", FindingSeverity.Warning, s => s.CheckAgainstLastYear, TargetQualityChecks.AgainstLastYear),
        new("Q05", "计量单位与指标值不符", FindingSeverity.Warning, s => s.CheckUnitFit, TargetQualityChecks.UnitFit),
        new("Q06", "模板占位符未填写", FindingSeverity.Warning, s => s.CheckPlaceholders, TargetContentChecks.Placeholders),
        new("Q07", "名称与指标值矛盾", FindingSeverity.Warning, s => s.CheckNameValueContradiction, TargetContentChecks.NameContradictsValue),
        new("Q08", "指标方向与名称不符", FindingSeverity.Warning, s => s.CheckDirectionWords, TargetContentChecks.Direction),
        new("Q10", "三级指标只重复层级名称", FindingSeverity.Warning, s => s.CheckRepeatedLevelNames, TargetContentChecks.RepeatedLevelNames),
        new("Q11", "满意度指标位置不对", FindingSeverity.Warning, s => s.CheckSatisfactionPlacement, TargetContentChecks.SatisfactionPlacement),
        new("Q12", "质量指标重复数量指标", FindingSeverity.Warning, s => s.CheckRestatedQuantities, TargetContentChecks.RestatedQuantities),
        new("Q13", "资金与产出不匹配", FindingSeverity.Warning, s => s.CheckMoneyConsistency, TargetContentChecks.Money),
        new("Q14", "效益指标只写是或否", FindingSeverity.Warning, s => s.CheckYesNoBenefits, TargetContentChecks.YesNoBenefits),
    ];

    /// <summary>The current name of a rule (stored findings keep the name they were produced with).</summary>
    public static string Describe(string code) => Rules.FirstOrDefault(r => r.Code == code)?.Name ?? code;

    internal static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    internal static string Print(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
