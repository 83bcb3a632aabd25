using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>A warning stored as the spine's stamped outcome reads the same and computes again exactly.</summary>
public sealed class MonitoringOutcomesTests
{
    private static readonly DateTime At = new(2026, 9, 1, 2, 0, 0, DateTimeKind.Utc);

    private static ResolvedSection<MonitoringSection> Section(MonitoringSection settings, int version = 1) =>
        new(new RulePackRef(3, "linhe", version, $"临河县规则方案 第 {version} 版"), new RulePackRef(1, "national", 2, "全国默认 第 2 版"), 1, settings, "本县选用");

    private static readonly ExecutionSnapshot Snapshot = new(42, "义务教育营养改善计划", 8, 3_000_000_00, 93_600_000,
    [
        new IndicatorProgress(1, "受益学生人数", ProgressDirection.Positive, 12_000m, 5_000m, "人"),
        new IndicatorProgress(2, "食品安全事故", ProgressDirection.NoneAllowed, 0m, 0m, "起"),
        new IndicatorProgress(3, "工作机制健全", ProgressDirection.Qualitative, null, null, State: QualitativeState.PartlyAchieved),
    ]);

    [Fact]
    public void Record_StampsThePackSectionAndEngine_AndKeepsTheInput()
    {
        var (warning, outcome) = MonitoringOutcomes.Record(Snapshot, Section(ShippedMonitoring.National), regionId: 7, fiscalYear: 2026, At);

        Assert.Equal(WarningLight.Red, warning.Light);
        Assert.Equal((RuleStage.Monitoring, "linhe", 1, "national", 2, 1, MonitoringOutcomes.Engine.Version),
            (outcome.Stage, outcome.PackCode, outcome.PackVersion, outcome.SectionPackCode, outcome.SectionPackVersion, outcome.SchemaVersion, outcome.EngineVersion));
        Assert.Equal((MonitoringOutcomes.SubjectType, 42L, 8, 7L, 2026), (outcome.SubjectType, outcome.SubjectId, outcome.SubjectRevision, outcome.RegionId, outcome.FiscalYear));
        Assert.Equal((int)WarningLight.Red, outcome.Verdict);
        Assert.Contains(outcome.Findings, f => f.Rule == "W01" && f.Severity == FindingSeverity.Error && f.Message.StartsWith("红灯：执行率 31.2% ÷ 时间进度 66.67%", StringComparison.Ordinal));
        Assert.Contains(outcome.Findings, f => f.Rule == "W02" && f.Subject == "工作机制健全" && f.Severity == FindingSeverity.Warning);
        Assert.Contains("受益学生人数", outcome.Input);
        Assert.Equal(RuleOutcome.Hash(outcome.Input), outcome.InputHash);
    }

    [Fact]
    public void Rederive_UnderTheStoredVersion_GivesTheSameFindings_AndANewVersionMayDiffer()
    {
        var (_, outcome) = MonitoringOutcomes.Record(Snapshot, Section(ShippedMonitoring.National), 7, 2026, At);

        var same = MonitoringOutcomes.Rederive(outcome, ShippedMonitoring.National);
        var laxer = MonitoringOutcomes.Rederive(outcome, ShippedMonitoring.National with { ExecutionRedBelow = 0.4m, ExecutionYellowBelow = 0.45m });

        Assert.Equal(outcome.Findings, MonitoringOutcomes.Findings(same));
        Assert.Equal(WarningLight.Green, laxer.Findings.Single(f => f.RuleCode == "W01").Light);
    }
}
