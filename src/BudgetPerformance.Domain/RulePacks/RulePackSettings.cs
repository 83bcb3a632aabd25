using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>The settings of a rule pack. Each lifecycle stage adds its own section.</summary>
public sealed record RulePackSettings
{
    public TargetReviewSettings TargetReview { get; init; } = new();
}

/// <summary>绩效目标审核: the structural thresholds and which quality checks run.</summary>
public sealed record TargetReviewSettings
{
    public IndicatorFramework DefaultFramework { get; init; } = IndicatorFramework.Classic;
    public int MinLevel1Count { get; init; } = 3;
    public int MinLevel2Count { get; init; } = 4;
    public int MinLevel3Count { get; init; } = 6;

    /// <summary>Share of quantified level-3 indicators (0–1).</summary>
    public decimal MinQuantifiedShare { get; init; } = 0.5m;

    /// <summary>What the level-3 weights must add up to (the rest of 100 goes to budget execution at evaluation).</summary>
    public decimal TotalWeight { get; init; } = 90m;

    public int MaxIndicatorNameLength { get; init; } = 100;
    public int MinAnnualGoalLength { get; init; } = 15;

    /// <summary>Goal texts at least this similar (0–1, character bigrams) to another project's count as copied.</summary>
    public decimal CopiedTextSimilarity { get; init; } = 0.9m;

    /// <summary>A percentage above this is suspicious for a rate.</summary>
    public decimal MaxPercent { get; init; } = 100m;

    public bool CheckHollowBenefits { get; init; } = true;
    public bool CheckCostDirection { get; init; } = true;
    public bool CheckCopiedText { get; init; } = true;
    public bool CheckAgainstLastYear { get; init; } = true;
    public bool CheckUnitFit { get; init; } = true;

    public Result Check()
    {
        if (MinLevel1Count < 1 || MinLevel2Count < MinLevel1Count || MinLevel3Count < MinLevel2Count)
        {
            return Error.Validation("指标个数下限应满足：一级 ≥ 1，二级 ≥ 一级，三级 ≥ 二级。", nameof(MinLevel3Count));
        }

        if (MinQuantifiedShare is < 0 or > 1)
        {
            return Error.Validation("量化指标占比应在 0–1 之间（如 0.7 表示 70%）。", nameof(MinQuantifiedShare));
        }

        if (TotalWeight is <= 0 or > 100)
        {
            return Error.Validation("指标分值合计应在 0–100 之间。", nameof(TotalWeight));
        }

        if (CopiedTextSimilarity is <= 0 or > 1)
        {
            return Error.Validation("雷同判定相似度应在 0–1 之间。", nameof(CopiedTextSimilarity));
        }

        return Result.Success();
    }
}
