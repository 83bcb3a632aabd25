using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using Xunit;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>Compares forms field by field, ignoring cell references and row numbers.</summary>
internal static class SheetAssert
{
    public static void SameContent(TargetSheet expected, TargetSheet actual)
    {
        Assert.Equal(expected.SheetName, actual.SheetName);
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.ProjectName, actual.ProjectName);
        Assert.Equal(expected.ProjectCode, actual.ProjectCode);
        Assert.Equal(expected.DepartmentName, actual.DepartmentName);
        Assert.Equal(expected.ImplementingUnitName, actual.ImplementingUnitName);
        Assert.Equal(expected.ProjectProperty, actual.ProjectProperty);
        Assert.Equal(expected.ImplementationPeriod, actual.ImplementationPeriod);
        Assert.Equal(expected.TotalWanYuan, actual.TotalWanYuan);
        Assert.Equal(expected.CurrentYearWanYuan, actual.CurrentYearWanYuan);
        Assert.Equal(expected.CarryOverWanYuan, actual.CarryOverWanYuan);
        Assert.Equal(expected.OtherWanYuan, actual.OtherWanYuan);
        Assert.Equal(expected.OverallGoal, actual.OverallGoal);
        Assert.Equal(expected.AnnualGoal, actual.AnnualGoal);
        Assert.Equal(expected.Indicators.Count, actual.Indicators.Count);
        for (var i = 0; i < expected.Indicators.Count; i++)
        {
            var want = expected.Indicators[i];
            var got = actual.Indicators[i];
            Assert.Equal(
                (want.Level1, want.Level2, want.Name, want.Value, want.Weight, want.ValueSource, want.ScoringStandard),
                (got.Level1, got.Level2, got.Name, got.Value, got.Weight, got.ValueSource, got.ScoringStandard));
        }
    }
}
