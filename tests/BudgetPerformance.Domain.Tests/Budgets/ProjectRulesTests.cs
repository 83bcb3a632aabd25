using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Tests.Organizations;

namespace BudgetPerformance.Domain.Tests.Budgets;

public sealed class ProjectRulesTests
{
    public static TheoryData<string, Func<ProjectDefinition, ProjectDefinition>, string> Invalid => new()
    {
        { "Name", d => d with { Name = "" }, "项目名称不能为空" },
        { "Name", d => d with { Name = new string('项', 101) }, "不超过 100 个字" },
        { "StartYear", d => d with { StartYear = 2028 }, "晚于结束年度" },
        { "FiscalYear", d => d with { EndYear = 2025 }, "不在项目实施期" },
        { "EndYear", d => d with { ProjectType = ProjectType.OneOff, IsNew = true, StartYear = 2026, EndYear = 2027 }, "一次性项目" },
        { "EndYear", d => d with { ProjectType = ProjectType.MultiYear, StartYear = 2026, EndYear = 2026, IsNew = true }, "跨越多个年度" },
        { "IsNew", d => d with { IsNew = true }, "新增项目应自预算年度" },
        { "IsNew", d => d with { StartYear = 2026 }, "当年开始的项目请标为“新增”" },
        { "DebtBondType", d => d with { SpecialCategory = SpecialCategory.GovernmentDebt }, "须注明债券类型" },
        { "BudgetKind", d => d with { SpecialCategory = SpecialCategory.GovernmentDebt, DebtBondType = DebtBondType.Special }, "专项债券项目应纳入政府性基金预算" },
        { "DebtBondType", d => d with { DebtBondType = DebtBondType.General }, "只有政府债务项目才有债券类型" },
        { "Manager", d => d with { Manager = " " }, "项目负责人不能为空" },
        { "InitialBudget", d => d with { InitialBudget = new FundAmounts(new Money(-1), Money.Zero, Money.Zero) }, "不能为负数" },
        { "InitialBudget", d => d with { InitialBudget = FundAmounts.Zero }, "合计不能为 0" },
        { "BudgetKind", d => d with { BudgetKind = (BudgetKind)9 }, "预算类型无效" },
    };

    [Theory, MemberData(nameof(Invalid))]
    public void Check_RefusesAnImpossibleDefinition_NamingTheField(string field, Func<ProjectDefinition, ProjectDefinition> change, string message)
    {
        var result = ProjectRules.Check(new ProjectDefinitionBuilder().With(change).Build());

        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Error!.Field);
        Assert.Contains(message, result.Error.Message);
    }

    [Fact]
    public void Check_AcceptsASpecialBondProjectInTheFundBudget()
    {
        var d = new ProjectDefinitionBuilder().With(d => d with
        {
            BudgetKind = BudgetKind.GovernmentFund, SpecialCategory = SpecialCategory.GovernmentDebt, DebtBondType = DebtBondType.Special,
            ProjectType = ProjectType.MultiYear, StartYear = 2025, EndYear = 2028,
        }).Build();

        Assert.True(ProjectRules.Check(d).IsSuccess);
    }

    [Fact]
    public void Create_TakesRegionAndDepartmentFromTheOwner_AndStartsAdjustedAtInitial()
    {
        var b = new OrganizationBuilder();
        var dept = b.Department();
        var school = b.Unit(dept);

        var project = Project.Create(new ProjectDefinitionBuilder().Build(), school).Value;

        Assert.Equal(dept.Id, project.DepartmentId);
        Assert.Equal(school.Id, project.OwnerUnitId);
        Assert.Equal(b.County.Id, project.RegionId);
        Assert.Equal(Sector.Education, project.Sector);
        Assert.Equal(project.InitialBudget, project.AdjustedBudget);
        Assert.Equal(Money.FromWanYuan(850), project.AdjustedTotal);
    }

    [Fact]
    public void Create_ForAnOrganizationThatIsNoBudgetUnit_IsRefused()
    {
        var b = new OrganizationBuilder();
        var bureau = b.Other(OrganizationKind.FinanceBureau, "临河县财政局");

        var result = Project.Create(new ProjectDefinitionBuilder().Build(), bureau);

        Assert.False(result.IsSuccess);
        Assert.Contains("不是预算单位", result.Error!.Message);
    }

    [Fact]
    public void AdjustBudget_UpdatesTheStoredTotal_AndRefusesNegatives()
    {
        var b = new OrganizationBuilder();
        var project = Project.Create(new ProjectDefinitionBuilder().Build(), b.Unit(b.Department())).Value;

        Assert.True(project.AdjustBudget(new FundAmounts(Money.FromWanYuan(900), Money.FromWanYuan(50), Money.FromWanYuan(10))).IsSuccess);
        Assert.False(project.AdjustBudget(new FundAmounts(new Money(-5), Money.Zero, Money.Zero)).IsSuccess);

        Assert.Equal(Money.FromWanYuan(960), project.AdjustedTotal);
        Assert.Equal(Money.FromWanYuan(850), project.InitialBudget.Total);
    }
}
