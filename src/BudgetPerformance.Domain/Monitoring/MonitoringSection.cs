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

    /// <summary>Target progress and execution rate further apart than this many percentage points is red; 0 = off.</summary>
    public required decimal MaxProgressGapPoints { get; init; }

    /// <summary>Key-project trigger (太原): budget at least this many 万元 …</summary>
    public required bool UseKeyProjectTrigger { get; init; }

    public required decimal KeyProjectMinBudgetWanYuan { get; init; }

    /// <summary>重点项目: a (positive) full-year budget at or above the pack's line — the key-project trigger and a round's scope.</summary>
    public bool IsKeyProject(long budgetFen) => budgetFen > 0 && budgetFen >= Common.Money.FromWanYuan(KeyProjectMinBudgetWanYuan).Fen;

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

/// <summary>The 运行监控 section of a rule pack: its settings, their meanings and ranges, and the rules between them.</summary>
public sealed class MonitoringSectionDefinition : RulePacks.SectionDefinition<MonitoringSection>
{
    public static readonly MonitoringSectionDefinition Instance = new();

    private MonitoringSectionDefinition()
    {
    }

    public override RulePacks.RuleStage Stage => RulePacks.RuleStage.Monitoring;

    public override int SchemaVersion => 1;

    public override IReadOnlyList<RulePacks.SectionUpgrade> Upgrades { get; } = [];

    public override IReadOnlyList<RulePacks.SettingField> Fields { get; } =
    [
        new(nameof(MonitoringSection.UseTimeRatio), "按时间进度比预警", "预算执行率 ÷ 时间进度（月份 ÷ 12），各绩效指标的完成进度同样对照时间进度，分红、黄、绿（指标另有蓝灯）。", RulePacks.SettingKind.Boolean),
        new(nameof(MonitoringSection.ExecutionRedBelow), "执行进度红灯线", "执行率 ÷ 时间进度低于此比例为红灯。", RulePacks.SettingKind.Share, 0m, 1m),
        new(nameof(MonitoringSection.ExecutionYellowBelow), "执行进度黄灯线", "执行率 ÷ 时间进度低于此比例（且未到红灯）为黄灯，达到为绿灯。", RulePacks.SettingKind.Share, 0m, 1m),
        new(nameof(MonitoringSection.IndicatorRedBelow), "指标进度红灯线", "正向指标：完成值 ÷（目标值 × 时间进度）低于此比例为红灯。", RulePacks.SettingKind.Share, 0m, 1m),
        new(nameof(MonitoringSection.IndicatorYellowBelow), "指标进度黄灯线", "正向指标低于此比例（且未到红灯）为黄灯。", RulePacks.SettingKind.Share, 0m, 1m),
        new(nameof(MonitoringSection.IndicatorBlueFrom), "指标进度蓝灯线", "正向指标达到此比例为蓝灯（大幅超前，目标可能定得偏低）。", RulePacks.SettingKind.Share, 1m, 10m),
        new(nameof(MonitoringSection.UseCheckpoints), "按固定节点预警", "在规定月份末检查累计预算执行率（四川 2025：4、6、8、10 月末分别不低于 25%、40%、60%、80%），低于即红灯。", RulePacks.SettingKind.Boolean),
        new(nameof(MonitoringSection.Checkpoints), "固定节点", "月份 → 该月末累计执行率的下限；下一节点之前沿用上一节点。", RulePacks.SettingKind.MonthShares),
        new(nameof(MonitoringSection.MaxProgressGapPoints), "目标进度与执行进度最大偏离", "各正向指标平均完成进度与预算执行率相差超过此百分点为红灯（须处置）；0 为不检查。", RulePacks.SettingKind.Decimal, 0m, 100m, "个百分点"),
        new(nameof(MonitoringSection.UseKeyProjectTrigger), "重点项目预警", "预算达到下列金额的项目，自规定月份末起执行率低于下限即红灯（太原：200 万元、8 月末、60%）。", RulePacks.SettingKind.Boolean),
        new(nameof(MonitoringSection.KeyProjectMinBudgetWanYuan), "重点项目预算下限", "全年（调整后）预算达到此金额为重点项目。", RulePacks.SettingKind.Decimal, 1m, 10_000_000m, "万元"),
        new(nameof(MonitoringSection.KeyProjectFromMonth), "重点项目检查起始月份", "自该月末起检查重点项目的执行率。", RulePacks.SettingKind.Integer, 1m, 12m, "月"),
        new(nameof(MonitoringSection.KeyProjectExecutionBelow), "重点项目执行率下限", "重点项目累计执行率低于此比例为红灯。", RulePacks.SettingKind.Share, 0m, 1m),
        new(nameof(MonitoringSection.DisposalWorkingDays), "处置期限", "红灯项目的单位须在此期限内选择继续执行、调剂或取消，逾期自动暂缓拨款。", RulePacks.SettingKind.Integer, 1m, 60m, "个工作日"),
    ];

    protected override IEnumerable<string> CrossCheck(MonitoringSection s)
    {
        if (s.ExecutionYellowBelow < s.ExecutionRedBelow)
        {
            yield return "“执行进度黄灯线”不能低于“执行进度红灯线”。";
        }

        if (s.IndicatorYellowBelow < s.IndicatorRedBelow)
        {
            yield return "“指标进度黄灯线”不能低于“指标进度红灯线”。";
        }

        if (!s.UseTimeRatio && !s.UseCheckpoints && !s.UseKeyProjectTrigger)
        {
            yield return "至少要启用一种预警方式：按时间进度比、按固定节点或重点项目预警。";
        }

        if (s.UseCheckpoints && s.Checkpoints.Count == 0)
        {
            yield return "启用了“按固定节点预警”，请至少设置一个节点。";
        }

        var ordered = s.Checkpoints.OrderBy(c => c.Key).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Value < ordered[i - 1].Value)
            {
                yield return $"固定节点的下限应逐月不降：{ordered[i].Key} 月末（{Warnings.Percent(ordered[i].Value)}）低于 {ordered[i - 1].Key} 月末（{Warnings.Percent(ordered[i - 1].Value)}）。";
            }
        }
    }
}
