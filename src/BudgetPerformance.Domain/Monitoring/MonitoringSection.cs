namespace BudgetPerformance.Domain.Monitoring;

/// <summary>
/// 运行监控 settings of a rule pack: which warning rules run and their thresholds (DOMAIN.md §5). Every member is
/// required, like every section: a pack that does not say a number is refused, never filled with a default.
/// </summary>
public sealed record MonitoringSection
{
    /// <summary>Ratio to time progress: execution rate ÷ (month ÷ 12), and each indicator's progress likewise.</summary>
    public required bool UseTimeRatio { get; init; }

    /// <summary>Execution ratio to time progress below this is red (0–1).</summary>
    public required decimal ExecutionRedBelow { get; init; }

    /// <summary>Execution ratio to time progress below this (and not red) is yellow.</summary>
    public required decimal ExecutionYellowBelow { get; init; }

    /// <summary>A positive indicator's progress ÷ (target × time progress) below this is red.</summary>
    public required decimal IndicatorRedBelow { get; init; }

    public required decimal IndicatorYellowBelow { get; init; }

    /// <summary>At or above this a positive indicator is blue (over-achieving: was the target set too low?).</summary>
    public required decimal IndicatorBlueFrom { get; init; }

    /// <summary>Fixed checkpoints (四川 2025): the least cumulative execution rate at the end of a month.</summary>
    public required bool UseCheckpoints { get; init; }

    /// <summary>Month (1–12) → least cumulative execution rate (0–1) at its end; e.g. 4 → 25%, 6 → 40%, 8 → 60%, 10 → 80%.</summary>
    public required IReadOnlyDictionary<int, decimal> Checkpoints { get; init; }

    /// <summary>Target progress and execution rate further apart than this many percentage points is a warning; 0 = off.</summary>
    public required decimal MaxProgressGapPoints { get; init; }

    /// <summary>Key-project trigger (太原): budget at least this many 万元 …</summary>
    public required bool UseKeyProjectTrigger { get; init; }

    public required decimal KeyProjectMinBudgetWanYuan { get; init; }

    /// <summary>… and, from the end of this month, …</summary>
    public required int KeyProjectFromMonth { get; init; }

    /// <summary>… execution below this rate.</summary>
    public required decimal KeyProjectExecutionBelow { get; init; }

    /// <summary>Working days a warned unit has to choose 继续执行 / 调剂 / 取消 before the project is suspended.</summary>
    public required int DisposalWorkingDays { get; init; }
}

/// <summary>The monitoring settings the platform ships.</summary>
public static class ShippedMonitoring
{
    /// <summary>The national practice: ratio to time progress, red below 60%, yellow below 80%, blue from 120%.</summary>
    public static MonitoringSection National { get; } = new()
    {
        UseTimeRatio = true,
        ExecutionRedBelow = 0.60m,
        ExecutionYellowBelow = 0.80m,
        IndicatorRedBelow = 0.60m,
        IndicatorYellowBelow = 0.80m,
        IndicatorBlueFrom = 1.20m,
        UseCheckpoints = false,
        Checkpoints = new Dictionary<int, decimal>(),
        MaxProgressGapPoints = 0m,
        UseKeyProjectTrigger = false,
        KeyProjectMinBudgetWanYuan = 200m,
        KeyProjectFromMonth = 8,
        KeyProjectExecutionBelow = 0.60m,
        DisposalWorkingDays = 10,
    };

    /// <summary>四川 2025: fixed checkpoints at the end of April, June, August and October, and the 10-point gap.</summary>
    public static MonitoringSection Sichuan { get; } = National with
    {
        UseTimeRatio = false,
        UseCheckpoints = true,
        Checkpoints = new Dictionary<int, decimal> { [4] = 0.25m, [6] = 0.40m, [8] = 0.60m, [10] = 0.80m },
        MaxProgressGapPoints = 10m,
    };

    /// <summary>太原: the national ratios plus the key-project trigger (≥ 200 万元 and below 60% at the end of August).</summary>
    public static MonitoringSection Taiyuan { get; } = National with { UseKeyProjectTrigger = true };
}
