using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

public sealed class RegionTests
{
    [Theory]
    [InlineData("340000", RegionLevel.Province)]
    [InlineData("341500", RegionLevel.City)]
    [InlineData("341502", RegionLevel.County)]
    [InlineData("990121", RegionLevel.County)]
    public void LevelOf_ReadsTheLevelFromTheCode(string code, RegionLevel level) =>
        Assert.Equal(level, RegionCode.LevelOf(code));

    [Theory]
    [InlineData("34150")]
    [InlineData("3415021")]
    [InlineData("34A502")]
    [InlineData("001502")]
    [InlineData("")]
    [InlineData(null)]
    public void LevelOf_RefusesMalformedCodes(string? code) => Assert.Null(RegionCode.LevelOf(code));

    [Fact]
    public void Create_RefusesACountyOutsideItsCity()
    {
        var province = Region.Create("340000", "安徽省", null).Value;
        var city = Region.Create("341500", "六安市", province).Value;

        var result = Region.Create("341201", "某县", city);

        Assert.False(result.IsSuccess);
        Assert.Equal("Code", result.Error!.Field);
        Assert.Contains("不属于上级区划", result.Error.Message);
    }

    [Fact]
    public void Create_RefusesACountyWithoutParent()
    {
        var result = Region.Create("341502", "金安区", null);

        Assert.False(result.IsSuccess);
        Assert.Contains("必须指定上级区划", result.Error!.Message);
    }

    [Theory]
    [InlineData("341502", "340000", true)]
    [InlineData("341502", "341500", true)]
    [InlineData("341502", "341502", true)]
    [InlineData("341502", "341200", false)]
    [InlineData("421502", "340000", false)]
    public void IsWithin_FollowsTheCodeHierarchy(string code, string ancestor, bool within) =>
        Assert.Equal(within, RegionCode.IsWithin(code, ancestor));
}
