using System.Text.Json.Nodes;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>The 运行监控 section is read strictly, like every section: missing, unknown and out-of-range settings are named.</summary>
public sealed class MonitoringSectionTests
{
    private static readonly MonitoringSectionDefinition Definition = MonitoringSectionDefinition.Instance;

    [Fact]
    public void ShippedSettings_ReadBackAsWritten()
    {
        foreach (var section in new[] { ShippedMonitoring.National, ShippedMonitoring.Sichuan, ShippedMonitoring.Taiyuan })
        {
            var read = Definition.Read(Definition.Write(section));

            Assert.True(read.IsSuccess, read.Error?.Message);
            Assert.Equal(section.Checkpoints.OrderBy(c => c.Key), read.Value.Checkpoints.OrderBy(c => c.Key));
            Assert.Equal(section with { Checkpoints = read.Value.Checkpoints }, read.Value);
        }
    }

    [Theory]
    [InlineData("ExecutionRedBelow", null, "缺少设置项“执行进度红灯线”")]
    [InlineData("ExecutionRedBelow", "1.5", "“执行进度红灯线”应在 0% 至 100% 之间")]
    [InlineData("DisposalWorkingDays", "0", "“处置期限”应在 1 至 60 之间")]
    [InlineData("DisposalWorkingDays", "2.5", "“处置期限”应为整数")]
    [InlineData("IndicatorBlueFrom", "0.9", "“指标进度蓝灯线”应在 100% 至 1000% 之间")]
    [InlineData("KeyProjectFromMonth", "13", "“重点项目检查起始月份”应在 1 至 12 之间")]
    public void Read_NamesWhatIsWrong(string field, string? value, string expected)
    {
        var settings = Definition.Write(ShippedMonitoring.National);
        if (value is null)
        {
            settings.Remove(field);
        }
        else
        {
            settings[field] = JsonValue.Create(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var read = Definition.Read(settings);

        Assert.False(read.IsSuccess);
        Assert.Contains(read.Error!.Details, d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RefusesAnUnknownSetting()
    {
        var settings = Definition.Write(ShippedMonitoring.National);
        settings["RedLight"] = 0.5m;

        Assert.Contains(Definition.Read(settings).Error!.Details, d => d.Contains("未知的设置项“RedLight”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"13\":0.5}", "不是 1–12 的月份")]
    [InlineData("{\"4\":1.5}", "4 月的比例应在 0% 至 100% 之间")]
    [InlineData("{\"4\":\"25%\"}", "4 月的比例应在 0% 至 100% 之间")]
    public void Checkpoints_AreMonthsToShares(string checkpoints, string expected)
    {
        var settings = Definition.Write(ShippedMonitoring.Sichuan);
        settings["Checkpoints"] = JsonNode.Parse(checkpoints);

        Assert.Contains(Definition.Read(settings).Error!.Details, d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void CrossChecks_TieTheSettingsTogether()
    {
        string[] Problems(MonitoringSection s) => [.. Definition.Read(Definition.Write(s)).Error?.Details ?? []];

        Assert.Contains(Problems(ShippedMonitoring.National with { ExecutionYellowBelow = 0.5m }), p => p.Contains("黄灯线”不能低于", StringComparison.Ordinal));
        Assert.Contains(Problems(ShippedMonitoring.National with { UseTimeRatio = false }), p => p.Contains("至少要启用一种预警方式", StringComparison.Ordinal));
        Assert.Contains(Problems(ShippedMonitoring.Sichuan with { Checkpoints = new Dictionary<int, decimal>() }), p => p.Contains("请至少设置一个节点", StringComparison.Ordinal));
        Assert.Contains(Problems(ShippedMonitoring.Sichuan with { Checkpoints = new Dictionary<int, decimal> { [4] = 0.5m, [6] = 0.4m } }), p => p.Contains("应逐月不降", StringComparison.Ordinal));
        Assert.Empty(Problems(ShippedMonitoring.Sichuan));
    }

    [Fact]
    public void Display_ReadsCheckpointsAsMonthEnds() =>
        Assert.Equal("4 月末 25%；6 月末 40%；8 月末 60%；10 月末 80%",
            Definition.Fields.Single(f => f.Name == "Checkpoints").Display(Definition.Write(ShippedMonitoring.Sichuan)["Checkpoints"]));

    [Fact]
    public void EveryShippedPack_CarriesOrInheritsMonitoring() =>
        Assert.All(ShippedRulePacks.All, p => Assert.True(p.Monitoring is not null || p.ParentCode is not null, p.Code));
}
