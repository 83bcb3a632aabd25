using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// 绩效目标审核 settings of a rule pack: the structural thresholds and which quality checks run. Every member is
/// required: a pack that does not say a number is refused, never filled with a default.
/// </summary>
public sealed record TargetReviewSection
{
    public required IndicatorFramework DefaultFramework { get; init; }
    public required int MinLevel1Count { get; init; }
    public required int MinLevel2Count { get; init; }
    public required int MinLevel3Count { get; init; }

    /// <summary>Share of quantified level-3 indicators (0–1).</summary>
    public required decimal MinQuantifiedShare { get; init; }

    /// <summary>What the level-3 weights must add up to (the rest of 100 goes to budget execution at evaluation).</summary>
    public required decimal TotalWeight { get; init; }

    public required int MaxIndicatorNameLength { get; init; }
    public required int MinAnnualGoalLength { get; init; }

    /// <summary>Goal texts at least this similar (0–1, character bigrams) to another project's count as copied.</summary>
    public required decimal CopiedTextSimilarity { get; init; }

    /// <summary>A percentage above this is suspicious for a rate.</summary>
    public required decimal MaxPercent { get; init; }

    public required bool CheckHollowBenefits { get; init; }
    public required bool CheckCostDirection { get; init; }
    public required bool CheckCopiedText { get; init; }
    public required bool CheckAgainstLastYear { get; init; }
    public required bool CheckUnitFit { get; init; }
}

/// <summary>The schema of <see cref="TargetReviewSection"/>: fields, ranges, meanings and upgrades.</summary>
public sealed class TargetReviewSectionDefinition : SectionDefinition<TargetReviewSection>
{
    public static readonly TargetReviewSectionDefinition Instance = new();

    /// <summary>S07 quotes the first 20 characters of a long name, so a shorter limit could not be explained.</summary>
    public const int ShortestNameLimit = 20;

    private TargetReviewSectionDefinition()
    {
    }

    public override RuleStage Stage => RuleStage.TargetReview;

    public override int SchemaVersion => 1;

    public override IReadOnlyList<SectionUpgrade> Upgrades { get; } = [];

    public override IReadOnlyList<SettingField> Fields { get; } =
    [
        new(nameof(TargetReviewSection.DefaultFramework), "默认指标框架", "新建绩效目标时采用的指标体系；单位仍可改用另一种。", SettingKind.Choice)
        {
            Choices = [new((int)IndicatorFramework.Classic, "产出、效益、满意度（财预〔2020〕10号）"), new((int)IndicatorFramework.CostFirst, "成本为一级指标（财预〔2021〕101号）")],
        },
        new(nameof(TargetReviewSection.MinLevel1Count), "一级指标个数下限", "不同的一级指标（产出、效益、满意度、成本）至少要有几个（规则 S02）。", SettingKind.Integer, 1, 4, "个"),
        new(nameof(TargetReviewSection.MinLevel2Count), "二级指标个数下限", "不同的二级指标（数量、质量、时效……）至少要有几个（规则 S03）。", SettingKind.Integer, 1, 11, "个"),
        new(nameof(TargetReviewSection.MinLevel3Count), "三级指标个数下限", "具体的三级指标至少要有几个（规则 S04）。", SettingKind.Integer, 1, PerformanceTarget.MaxIndicators, "个"),
        new(nameof(TargetReviewSection.MinQuantifiedShare), "量化指标占比下限", "定量指标（含“定量（其他）”）占三级指标的最低比例（规则 S05；阿图什种子规则为 70%）。", SettingKind.Share, 0, 1),
        new(nameof(TargetReviewSection.TotalWeight), "三级指标分值合计", "三级指标分值应加总到的分数；其余分值留给评价时的预算执行率（规则 S06）。", SettingKind.Decimal, 1, 100, "分"),
        new(nameof(TargetReviewSection.MaxIndicatorNameLength), "指标名称长度上限", $"三级指标名称最多几个字（规则 S07）；不少于 {ShortestNameLimit} 字，不超过 {TargetIndicator.MaxNameLength} 字。", SettingKind.Integer, ShortestNameLimit, TargetIndicator.MaxNameLength, "字"),
        new(nameof(TargetReviewSection.MinAnnualGoalLength), "年度目标最少字数", "年度目标少于这个字数视为过于简略（规则 S01）。", SettingKind.Integer, 0, 500, "字"),
        new(nameof(TargetReviewSection.CopiedTextSimilarity), "雷同判定相似度", "两个项目的年度目标相似到这个程度（字符二元组相似度）即视为抄用（规则 Q03）。", SettingKind.Share, 0.5m, 1),
        new(nameof(TargetReviewSection.MaxPercent), "比率上限", "以“%”计的比率超过这个数值即提示可能有误（规则 Q05；含“增长”的指标除外）。", SettingKind.Decimal, 100, 1000, "%"),
        new(nameof(TargetReviewSection.CheckHollowBenefits), "检查效益指标空泛", "效益指标只有百分比而没有基数，或全部为定性描述时提示（规则 Q01）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckCostDirection), "检查成本指标方向", "成本指标应为“≤”“<”且以金额计量（规则 Q02）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckCopiedText), "检查目标雷同", "年度目标或全部指标与本地区其他项目相同或高度相似时提示（规则 Q03）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckAgainstLastYear), "检查低于上年实际", "目标值比上年实际完成值更容易达到时提示（规则 Q04）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckUnitFit), "检查单位与数值", "比率不用“%”、人数带小数、负数等单位与数值不符时提示（规则 Q05）。", SettingKind.Boolean),
    ];

    protected override IEnumerable<string> CrossCheck(TargetReviewSection s)
    {
        if (s.MinLevel2Count < s.MinLevel1Count || s.MinLevel3Count < s.MinLevel2Count)
        {
            yield return "指标个数下限应满足：一级 ≥ 1，二级 ≥ 一级，三级 ≥ 二级。";
        }

        if (s.MinLevel1Count > IndicatorFrameworks.Structure(s.DefaultFramework).Count)
        {
            yield return $"一级指标个数下限为 {s.MinLevel1Count}，而默认指标框架“{IndicatorFrameworks.Name(s.DefaultFramework)}”只有 {IndicatorFrameworks.Structure(s.DefaultFramework).Count} 个一级指标。";
        }

        var level2 = IndicatorFrameworks.Structure(s.DefaultFramework).Values.Sum(v => v.Length);
        if (s.MinLevel2Count > level2)
        {
            yield return $"二级指标个数下限为 {s.MinLevel2Count}，而默认指标框架只有 {level2} 个二级指标。";
        }
    }
}
