using System.Text.Json.Nodes;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Tests.RulePacks;

public sealed class SectionDefinitionTests
{
    private static readonly TargetReviewSectionDefinition Definition = TargetReviewSectionDefinition.Instance;

    private static JsonObject National() => Definition.Write(ShippedRulePacks.NationalTargetReview);

    private static JsonObject With(string name, JsonNode? value)
    {
        var settings = National();
        settings[name] = value;
        return settings;
    }

    [Fact]
    public void Read_WhatWasWritten_GivesTheSameSettings() =>
        Assert.Equal(National().ToJsonString(), Definition.Write(Definition.Read(National()).Value).ToJsonString());

    [Fact]
    public void Upgrade_FromSchema1_KeepsWhatTheOldPackMeant()
    {
        var schema1 = National();
        foreach (var field in Definition.Upgrades.Single(u => u.FromSchema == 1).AddedFields)
        {
            schema1.Remove(field);
        }

        var upgraded = Definition.Read(schema1, 1);

        Assert.True(upgraded.IsSuccess, upgraded.Error?.Message);
        Assert.True(upgraded.Value.RequireWeightsAtDeclaration);
        Assert.False(upgraded.Value.CheckPlaceholders || upgraded.Value.CheckMoneyConsistency || upgraded.Value.CheckDirectionWords);
        Assert.Equal("时效指标", upgraded.Value.Level2Aliases["进度指标"]);
        Assert.Contains("缺少设置项", Definition.Read(schema1).Error!.Message);
    }

    [Fact]
    public void UpgradePlan_OfAShippedPack_TakesThePlatformsValuesForTheAddedSettings()
    {
        var schema1 = National();
        foreach (var field in Definition.Upgrades.Single(u => u.FromSchema == 1).AddedFields)
        {
            schema1.Remove(field);
        }

        var old = RulePack.Create(ShippedRulePacks.Atushi, "阿图什市（种子规则）", "种子", null, null,
            new PackSections(new Dictionary<RuleStage, PackSection> { [RuleStage.TargetReview] = PackSection.Carried(1, schema1) }), "平台", "旧版", TestRulePacks.Created).Value;
        var derived = RulePack.Create("linhe", "临河县规则方案", "派生", 3, null,
            new PackSections(new Dictionary<RuleStage, PackSection> { [RuleStage.TargetReview] = PackSection.Carried(1, schema1) }), "czadmin", "旧版", TestRulePacks.Created).Value;

        var shipped = RulePackUpgrade.Plan(old, null, ShippedRulePacks.Get(ShippedRulePacks.Atushi))!;
        var county = RulePackUpgrade.Plan(derived, null, null)!;

        var shippedSettings = Definition.Read(shipped.Sections[RuleStage.TargetReview]!.Settings()).Value;
        var countySettings = Definition.Read(county.Sections[RuleStage.TargetReview]!.Settings()).Value;
        Assert.False(shippedSettings.RequireWeightsAtDeclaration);
        Assert.True(shippedSettings.CheckPlaceholders);
        Assert.True(countySettings.RequireWeightsAtDeclaration);
        Assert.False(countySettings.CheckPlaceholders);
        Assert.Contains(shipped.Steps, s => s.Contains("由第 1 版升级为第 2 版", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AMissingSetting_IsRefusedByName_NeverDefaulted()
    {
        var settings = National();
        settings.Remove("MinLevel3Count");

        var result = Definition.Read(settings);

        Assert.False(result.IsSuccess);
        Assert.Contains("缺少设置项“三级指标个数下限”（MinLevel3Count）", result.Error!.Message);
    }

    [Fact]
    public void Read_AnUnknownSetting_IsRefused()
    {
        var result = Definition.Read(With("MinLevel4Count", 3));

        Assert.False(result.IsSuccess);
        Assert.Contains("未知的设置项“MinLevel4Count”", result.Error!.Message);
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnce()
    {
        var settings = With("MinQuantifiedShare", 1.5m);
        settings["TotalWeight"] = 0;
        settings.Remove("CheckUnitFit");

        var error = Definition.Read(settings).Error!;

        Assert.Equal(3, error.Details.Count);
    }

    [Theory]
    [InlineData("MinQuantifiedShare", "1.5", false)]
    [InlineData("MinQuantifiedShare", "1", true)]
    [InlineData("MinQuantifiedShare", "0", true)]
    [InlineData("MinQuantifiedShare", "-0.01", false)]
    [InlineData("TotalWeight", "0", false)]
    [InlineData("TotalWeight", "100", true)]
    [InlineData("TotalWeight", "100.01", false)]
    [InlineData("MaxIndicatorNameLength", "19", false)]
    [InlineData("MaxIndicatorNameLength", "20", true)]
    [InlineData("MaxIndicatorNameLength", "200", true)]
    [InlineData("MaxIndicatorNameLength", "201", false)]
    [InlineData("CopiedTextSimilarity", "0.49", false)]
    [InlineData("CopiedTextSimilarity", "0.5", true)]
    [InlineData("MinLevel3Count", "80", true)]
    [InlineData("MinLevel3Count", "81", false)]
    [InlineData("MinLevel3Count", "7.5", false)]
    [InlineData("MinLevel3Count", "\"七\"", false)]
    [InlineData("DefaultFramework", "3", false)]
    [InlineData("DefaultFramework", "2", true)]
    [InlineData("CheckUnitFit", "1", false)]
    [InlineData("CheckUnitFit", "false", true)]
    [InlineData("MaxPercent", "99", false)]
    public void Read_EachSetting_IsCheckedAgainstItsRangeAndType(string name, string json, bool accepted)
    {
        var result = Definition.Read(With(name, JsonNode.Parse(json)));

        Assert.True(accepted == result.IsSuccess, result.Error?.Message ?? "应被拒绝");
    }

    [Fact]
    public void Read_ANameLimitBelowWhatTheReviewQuotes_IsRefusedWithTheReason()
    {
        var error = Definition.Read(With("MaxIndicatorNameLength", 10)).Error!;

        Assert.Contains("“指标名称长度上限”应在 20 至 200 之间，实为 10", error.Message);
    }

    [Theory]
    [InlineData(4, 1, false)]
    [InlineData(4, 2, true)]
    [InlineData(3, 1, true)]
    public void Read_FourLevel1Indicators_NeedTheCostFirstFramework(int minLevel1, int framework, bool accepted)
    {
        var settings = With("MinLevel1Count", minLevel1);
        settings["MinLevel2Count"] = 5;
        settings["DefaultFramework"] = framework;

        Assert.Equal(accepted, Definition.Read(settings).IsSuccess);
    }

    [Fact]
    public void Read_LevelCountsOutOfOrder_AreRefused() =>
        Assert.Contains("二级 ≥ 一级", Definition.Read(With("MinLevel2Count", 2)).Error!.Message);

    [Fact]
    public void Upgrade_FromASchemaThePlatformDoesNotKnow_IsRefused() =>
        Assert.Contains("结构版本 9 无效", Definition.Read(National(), 9).Error!.Message);

    [Fact]
    public void Diff_NamesEachChangedSetting_AsUsersReadIt()
    {
        var changes = Definition.Diff(National(), With("MinQuantifiedShare", 0.7m));

        var change = Assert.Single(changes);
        Assert.Equal(("量化指标占比下限", "50%", "70%"), (change.Label, change.Before, change.After));
    }

    [Fact]
    public void Fields_CoverEverySettingOfTheSection_WithAMeaning()
    {
        var properties = typeof(TargetReviewSection).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(properties, Definition.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(Definition.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Meaning)));
    }
}
