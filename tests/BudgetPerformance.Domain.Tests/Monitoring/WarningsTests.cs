using BudgetPerformance.Domain.Monitoring;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>Every warning rule at its boundaries, per shipped pack, and the cases that must not divide by zero.</summary>
public sealed class WarningsTests
{
    private const long Budget = 1_000_000; // 1 万元 in 分: a rate of x% is x × 10,000 分

    private static readonly Dictionary<string, MonitoringSection> Packs = new()
    {
        ["national"] = ShippedMonitoring.National,
        ["sichuan"] = ShippedMonitoring.Sichuan,
        ["taiyuan"] = ShippedMonitoring.Taiyuan,
    };

    private static ExecutionSnapshot Snapshot(int month, long? executedFen, long budgetFen = Budget, params IndicatorProgress[] indicators) =>
        new(1, "义务教育营养改善计划", month, budgetFen, executedFen, indicators);

    private static WarningFinding Only(ProjectWarning warning, string code) => Assert.Single(warning.Findings, f => f.RuleCode == code);

    // Month 6: time progress 50%, so ratio = rate ÷ 50%. 59.99% of time progress = 29.995% executed = 299,950 分.
    [Theory]
    [InlineData("national", 6, 299_950, WarningLight.Red)]     // 59.99%
    [InlineData("national", 6, 300_000, WarningLight.Yellow)]  // 60%
    [InlineData("national", 6, 399_950, WarningLight.Yellow)]  // 79.99%
    [InlineData("national", 6, 400_000, WarningLight.Green)]   // 80%
    [InlineData("national", 12, 1_000_000, WarningLight.Green)]
    [InlineData("taiyuan", 6, 299_950, WarningLight.Red)]
    [InlineData("taiyuan", 6, 400_000, WarningLight.Green)]
    public void ExecutionToTimeProgress_AtTheBoundaries(string pack, int month, long executed, WarningLight expected)
    {
        var warning = Warnings.Evaluate(Snapshot(month, executed), Packs[pack]);

        var finding = Only(warning, "W01");
        Assert.Equal(expected, finding.Light);
        Assert.Contains("÷ 时间进度", finding.Arithmetic, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecutionToTimeProgress_ShowsItsArithmetic()
    {
        // 1–8月: 执行率 31.2% ÷ 时间进度 66.67% = 46.8% < 60% → 红灯
        var warning = Warnings.Evaluate(Snapshot(8, 312_000), ShippedMonitoring.National);

        Assert.Equal("执行率 31.2% ÷ 时间进度 66.67% = 46.8% < 60% → 红灯", Only(warning, "W01").Arithmetic);
        Assert.Equal(WarningLight.Red, warning.Light);
        Assert.True(warning.NeedsDisposal);
    }

    // Positive indicator, month 6, target 1,000: ratio = progress ÷ 500.
    [Theory]
    [InlineData(299.95, WarningLight.Red)]     // 59.99%
    [InlineData(300d, WarningLight.Yellow)]    // 60%
    [InlineData(399.95, WarningLight.Yellow)]  // 79.99%
    [InlineData(400d, WarningLight.Green)]     // 80%
    [InlineData(599.95, WarningLight.Green)]   // 119.99%
    [InlineData(600d, WarningLight.Blue)]      // 120%
    public void PositiveIndicator_AtTheBoundaries(double progress, WarningLight expected)
    {
        var indicator = new IndicatorProgress(7, "受益学生人数", ProgressDirection.Positive, 1000m, (decimal)progress, "人");

        var warning = Warnings.Evaluate(Snapshot(6, 500_000, Budget, indicator), ShippedMonitoring.National);

        Assert.Equal(expected, Only(warning, "W02").Light);
    }

    [Theory]
    [InlineData(ProgressDirection.Reverse, 30d, 29d, WarningLight.Green)]
    [InlineData(ProgressDirection.Reverse, 30d, 30d, WarningLight.Green)]
    [InlineData(ProgressDirection.Reverse, 30d, 30.01, WarningLight.Red)]
    [InlineData(ProgressDirection.NoneAllowed, 0d, 0d, WarningLight.Green)]
    [InlineData(ProgressDirection.NoneAllowed, 0d, 1d, WarningLight.Red)]
    [InlineData(ProgressDirection.Positive, 0d, 5d, WarningLight.Missing)]   // zero target: no ratio, no division
    [InlineData(ProgressDirection.Positive, null, 5d, WarningLight.Missing)]
    [InlineData(ProgressDirection.Positive, 100d, null, WarningLight.Missing)]
    [InlineData(ProgressDirection.Reverse, 30d, null, WarningLight.Missing)]
    public void ReverseNoneAllowedAndMissing(ProgressDirection direction, double? target, double? progress, WarningLight expected)
    {
        var indicator = new IndicatorProgress(7, "指标", direction, (decimal?)target, (decimal?)progress, "天");

        var warning = Warnings.Evaluate(Snapshot(6, 500_000, Budget, indicator), ShippedMonitoring.National);

        Assert.Equal(expected, Only(warning, "W02").Light);
    }

    [Theory]
    [InlineData(QualitativeState.Achieved, WarningLight.Green)]
    [InlineData(QualitativeState.PartlyAchieved, WarningLight.Yellow)]
    [InlineData(QualitativeState.NotAchieved, WarningLight.Red)]
    [InlineData(null, WarningLight.Missing)]
    public void QualitativeIndicator(QualitativeState? state, WarningLight expected)
    {
        var indicator = new IndicatorProgress(7, "工作机制健全", ProgressDirection.Qualitative, null, null, State: state);

        Assert.Equal(expected, Only(Warnings.Evaluate(Snapshot(6, 500_000, Budget, indicator), ShippedMonitoring.National), "W02").Light);
    }

    // 四川 2025: < 25% / 40% / 60% / 80% at the end of April / June / August / October; no time ratio.
    [Theory]
    [InlineData(4, 249_900, WarningLight.Red)]    // 24.99%
    [InlineData(4, 250_000, WarningLight.Green)]  // 25%
    [InlineData(5, 249_900, WarningLight.Red)]    // April's floor until June
    [InlineData(6, 399_900, WarningLight.Red)]
    [InlineData(6, 400_000, WarningLight.Green)]
    [InlineData(8, 599_900, WarningLight.Red)]
    [InlineData(8, 600_000, WarningLight.Green)]
    [InlineData(10, 799_900, WarningLight.Red)]
    [InlineData(10, 800_000, WarningLight.Green)]
    public void SichuanCheckpoints(int month, long executed, WarningLight expected)
    {
        var warning = Warnings.Evaluate(Snapshot(month, executed), ShippedMonitoring.Sichuan);

        Assert.Equal(expected, Only(warning, "W03").Light);
        Assert.DoesNotContain(warning.Findings, f => f.RuleCode == "W01");
    }

    [Fact]
    public void SichuanCheckpoints_BeforeApril_DoNotApply() =>
        Assert.DoesNotContain(Warnings.Evaluate(Snapshot(3, 0), ShippedMonitoring.Sichuan).Findings, f => f.RuleCode == "W03");

    // 四川: target progress and execution more than 10 points apart. Execution 40% at June.
    [Theory]
    [InlineData(500d, WarningLight.Green)]   // 50% vs 40%: 10 points
    [InlineData(501d, WarningLight.Red)]     // 50.1% vs 40%: 10.1 points
    [InlineData(299d, WarningLight.Red)]     // 29.9% vs 40%
    [InlineData(2000d, WarningLight.Red)]    // capped at 100% vs 40%
    public void SichuanProgressGap(double progress, WarningLight expected)
    {
        var indicator = new IndicatorProgress(7, "改造校舍面积", ProgressDirection.Positive, 1000m, (decimal)progress, "平方米");

        Assert.Equal(expected, Only(Warnings.Evaluate(Snapshot(6, 400_000, Budget, indicator), ShippedMonitoring.Sichuan), "W04").Light);
    }

    // 太原: budget ≥ 200 万元 and execution < 60% at the end of August.
    [Theory]
    [InlineData(200_0000_00L, 8, 0.5999, WarningLight.Red)]
    [InlineData(200_0000_00L, 8, 0.60, WarningLight.Green)]
    [InlineData(199_9999_99L, 8, 0.10, null)]   // below 200 万元: not a key project
    [InlineData(200_0000_00L, 7, 0.10, null)]   // before the end of August
    public void TaiyuanKeyProject(long budgetFen, int month, double rate, WarningLight? expected)
    {
        var executed = (long)Math.Round(budgetFen * rate);

        var findings = Warnings.Evaluate(Snapshot(month, executed, budgetFen), ShippedMonitoring.Taiyuan).Findings.Where(f => f.RuleCode == "W05").ToList();

        Assert.Equal(expected, findings.SingleOrDefault()?.Light);
        Assert.DoesNotContain(Warnings.Evaluate(Snapshot(month, executed, budgetFen), ShippedMonitoring.National).Findings, f => f.RuleCode == "W05");
    }

    [Fact]
    public void KeyProject_WithoutExecutionData_IsMissing_NotGreen()
    {
        var warning = Warnings.Evaluate(Snapshot(8, null, 300_000_000), ShippedMonitoring.Taiyuan);

        Assert.Equal(WarningLight.Missing, Only(warning, "W05").Light);
    }

    [Theory]
    [InlineData("national", "W01")]
    [InlineData("sichuan", "W03")]
    public void ZeroBudget_AndMissingExecution_AreSaidNotDivided(string pack, string code)
    {
        var nothing = Only(Warnings.Evaluate(Snapshot(6, 0, budgetFen: 0), Packs[pack]), code);
        var spentWithout = Only(Warnings.Evaluate(Snapshot(6, 50_000, budgetFen: 0), Packs[pack]), code);
        var missing = Only(Warnings.Evaluate(Snapshot(6, null), Packs[pack]), code);

        Assert.Equal((WarningLight.Green, "全年预算为 0、尚无支出，不计算执行率"), (nothing.Light, nothing.Arithmetic));
        Assert.Equal(WarningLight.Red, spentWithout.Light);
        Assert.Contains("全年预算为 0，却已支出 0.05 万元", spentWithout.Arithmetic, StringComparison.Ordinal);
        Assert.Equal(WarningLight.Missing, missing.Light);
    }

    [Fact]
    public void OverExecution_IsRed_EvenWhenTheRatioLooksGreen()
    {
        var warning = Warnings.Evaluate(Snapshot(12, 1_000_100), ShippedMonitoring.National);

        Assert.Equal(WarningLight.Green, Only(warning, "W01").Light);
        Assert.Equal(WarningLight.Red, Only(warning, "W06").Light);
        Assert.Equal(WarningLight.Red, warning.Light);
    }

    [Fact]
    public void AProject_TakesItsWorstLight()
    {
        var onTrack = new IndicatorProgress(1, "受益人数", ProgressDirection.Positive, 100m, 50m, "人");
        var ahead = new IndicatorProgress(2, "培训人次", ProgressDirection.Positive, 100m, 90m, "人次");
        var behind = new IndicatorProgress(3, "完工率", ProgressDirection.Positive, 100m, 35m, "%");

        var warning = Warnings.Evaluate(Snapshot(6, 450_000, Budget, onTrack, ahead, behind), ShippedMonitoring.National);

        Assert.Equal([WarningLight.Green, WarningLight.Green, WarningLight.Blue, WarningLight.Yellow], warning.Findings.Select(f => f.Light));
        Assert.Equal(WarningLight.Yellow, warning.Light);
        Assert.False(warning.NeedsDisposal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void AMonthOutsideTheYear_IsABug(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Warnings.Evaluate(Snapshot(month, 0), ShippedMonitoring.National));
}
