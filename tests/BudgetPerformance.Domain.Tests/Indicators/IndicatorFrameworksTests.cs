using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.Tests.Indicators;

public sealed class IndicatorFrameworksTests
{
    [Theory]
    [InlineData(IndicatorFramework.Classic, Level1.Output, Level2.OutputCost, true)]
    [InlineData(IndicatorFramework.CostFirst, Level1.Output, Level2.OutputCost, false)]
    [InlineData(IndicatorFramework.CostFirst, Level1.Cost, Level2.EconomicCost, true)]
    [InlineData(IndicatorFramework.Classic, Level1.Cost, Level2.EconomicCost, false)]
    [InlineData(IndicatorFramework.Classic, Level1.Benefit, Level2.Quantity, false)]
    [InlineData(IndicatorFramework.Classic, Level1.Satisfaction, Level2.ServiceSatisfaction, true)]
    public void Fits_FollowsEachFrameworksStructure(IndicatorFramework framework, Level1 level1, Level2 level2, bool fits) =>
        Assert.Equal(fits, IndicatorFrameworks.Fits(framework, level1, level2));

    [Fact]
    public void Place_MovesClassicCostUnderTheCostLevel1()
    {
        Assert.Equal((Level1.Cost, Level2.EconomicCost), IndicatorFrameworks.Place(IndicatorFramework.CostFirst, Level2.OutputCost));
        Assert.Equal((Level1.Output, Level2.OutputCost), IndicatorFrameworks.Place(IndicatorFramework.Classic, Level2.OutputCost));
        Assert.Equal((Level1.Benefit, Level2.SocialBenefit), IndicatorFrameworks.Place(IndicatorFramework.CostFirst, Level2.SocialBenefit));
    }

    [Theory]
    [InlineData(IndicatorFramework.CostFirst, Level2.OutputCost, Level1.Cost, Level2.EconomicCost)]
    [InlineData(IndicatorFramework.Classic, Level2.SocialCost, Level1.Output, Level2.OutputCost)]
    [InlineData(IndicatorFramework.Classic, Level2.EconomicCost, Level1.Output, Level2.OutputCost)]
    [InlineData(IndicatorFramework.CostFirst, Level2.Quantity, Level1.Output, Level2.Quantity)]
    [InlineData(IndicatorFramework.Classic, Level2.ServiceSatisfaction, Level1.Satisfaction, Level2.ServiceSatisfaction)]
    public void Move_KeepsEveryIndicatorInAPlaceTheNewFrameworkHas(IndicatorFramework framework, Level2 from, Level1 level1, Level2 level2)
    {
        Assert.Equal((level1, level2), IndicatorFrameworks.Move(framework, from));
        Assert.True(IndicatorFrameworks.Fits(framework, level1, level2));
    }

    [Theory]
    [InlineData("产出指标", Level1.Output)]
    [InlineData("产出", Level1.Output)]
    [InlineData("效 益 指 标", Level1.Benefit)]
    [InlineData("满意度指标", Level1.Satisfaction)]
    public void ParseLevel1_ReadsTablesSpelling(string text, Level1 level1) => Assert.Equal(level1, IndicatorFrameworks.ParseLevel1(text));

    [Theory]
    [InlineData(IndicatorFramework.Classic, Level1.Output, "成本指标", Level2.OutputCost)]
    [InlineData(IndicatorFramework.Classic, Level1.Output, "数量", Level2.Quantity)]
    [InlineData(IndicatorFramework.Classic, Level1.Satisfaction, "服务对象满意度指标", Level2.ServiceSatisfaction)]
    [InlineData(IndicatorFramework.CostFirst, Level1.Cost, "经济成本指标", Level2.EconomicCost)]
    public void ParseLevel2_DependsOnTheLevel1(IndicatorFramework framework, Level1 level1, string text, Level2 level2) =>
        Assert.Equal(level2, IndicatorFrameworks.ParseLevel2(framework, level1, text));

    [Fact]
    public void ParseLevel2_OutsideItsLevel1_IsNull() =>
        Assert.Null(IndicatorFrameworks.ParseLevel2(IndicatorFramework.Classic, Level1.Benefit, "数量指标"));
}
