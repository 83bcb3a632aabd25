using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Tests.Indicators;

public sealed class LevelNameReaderTests
{
    private static readonly LevelNameRules Rules = TargetReviewSectionDefinition.LevelNames(ShippedRulePacks.NationalTargetReview);

    [Theory]
    [InlineData("产出指标", Level1.Output, false)]
    [InlineData("产出", Level1.Output, false)]
    [InlineData("产出类指标", Level1.Output, true)]
    [InlineData("产出指标（必填）", Level1.Output, true)]
    [InlineData("效益指标（20-30分）", Level1.Benefit, true)]
    [InlineData("效果指标", Level1.Benefit, true)]
    [InlineData("项目实施指标", Level1.Output, true)]
    [InlineData("任务完成指标", Level1.Output, true)]
    [InlineData("项目成效指标", Level1.Benefit, true)]
    [InlineData("满意度", Level1.Satisfaction, false)]
    [InlineData("服务对象满意度指标", Level1.Satisfaction, true)]
    public void Level1_AsPeopleWriteIt_IsRead_AndTheMappingIsShown(string written, Level1 expected, bool noted)
    {
        var r = LevelNameReader.Level1(written, IndicatorFramework.Classic, Rules);

        Assert.Equal(expected, r.Level);
        Assert.Equal(noted, r.Note is not null);
    }

    [Theory]
    [InlineData(Level1.Output, "数量指标", Level2.Quantity)]
    [InlineData(Level1.Output, "数量指标（必填）", Level2.Quantity)]
    [InlineData(Level1.Output, "质量指标(20分)", Level2.Quality)]
    [InlineData(Level1.Output, "数量类指标", Level2.Quantity)]
    [InlineData(Level1.Output, "数量指标情况", Level2.Quantity)]
    [InlineData(Level1.Output, "时效指标值", Level2.Timeliness)]
    [InlineData(Level1.Output, "进度指标", Level2.Timeliness)]
    [InlineData(Level1.Satisfaction, "满意度指标", Level2.ServiceSatisfaction)]
    [InlineData(Level1.Benefit, "社会效益", Level2.SocialBenefit)]
    [InlineData(Level1.Output, "成本指标", Level2.OutputCost)]
    public void Level2_AsPeopleWriteIt_IsRead(Level1 level1, string written, Level2 expected) =>
        Assert.Equal(expected, LevelNameReader.Level2(written, IndicatorFramework.Classic, level1, Rules).Level);

    [Fact]
    public void AnUnknownName_IsRefused_WithTheNearestKnownName()
    {
        var r = LevelNameReader.Level1("产出指示", IndicatorFramework.Classic, Rules);

        Assert.Null(r.Level);
        Assert.Contains("最接近的是“产出指标”", r.Refusal);
    }

    [Fact]
    public void WithoutThePacksAliases_AVariantIsRefused() =>
        Assert.Null(LevelNameReader.Level2("进度指标", IndicatorFramework.Classic, Level1.Output, LevelNameRules.None).Level);
}
