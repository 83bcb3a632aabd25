namespace BudgetPerformance.Domain.Monitoring;

/// <summary>How an indicator's progress is judged.</summary>
public enum ProgressDirection
{
    /// <summary>≥ ＞ (and = with a non-zero target): more is better.</summary>
    Positive = 1,
    /// <summary>≤ ＜: less is better; within the target is on track.</summary>
    Reverse = 2,
    /// <summary>= 0: none allowed.</summary>
    NoneAllowed = 3,
    /// <summary>定性: 达成 / 部分达成 / 未达成.</summary>
    Qualitative = 4,
}

/// <summary>A qualitative indicator's state as the unit reports it.</summary>
public enum QualitativeState
{
    /// <summary>达成</summary>
    Achieved = 1,
    /// <summary>部分达成</summary>
    PartlyAchieved = 2,
    /// <summary>未达成</summary>
    NotAchieved = 3,
}

/// <summary>One indicator's full-year target and its progress to date; null where the unit has not filled it in.</summary>
public sealed record IndicatorProgress(
    long IndicatorId, string Name, ProgressDirection Direction, decimal? Target, decimal? Progress, string? Unit = null, QualitativeState? State = null);

/// <summary>
/// What the warning rules judge for one project at the end of <see cref="Month"/>: the full-year (adjusted) budget, the
/// cumulative execution to date (null when no execution data arrived) and each indicator's progress.
/// </summary>
public sealed record ExecutionSnapshot(long ProjectId, string ProjectName, int Month, long BudgetFen, long? ExecutedFen, IReadOnlyList<IndicatorProgress> Indicators)
{
    /// <summary>时间进度: the share of the year gone by the end of the month.</summary>
    public decimal TimeProgress => Month / 12m;
}
