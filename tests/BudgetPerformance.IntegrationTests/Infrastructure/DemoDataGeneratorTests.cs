using System.Text.Json;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Infrastructure.DemoData;

namespace BudgetPerformance.IntegrationTests.Infrastructure;

public sealed class DemoDataGeneratorTests
{
    private static GeneratedDataset Demo(int seed = 11) => DemoDataGenerator.GenerateDemoCounty(seed, 2026, p => "hash:" + p);

    [Fact]
    public void DemoCounty_HasTheSeedsScale()
    {
        var data = Demo();

        Assert.Equal(56, data.Organizations.Count(o => o.Kind == OrganizationKind.Department));
        Assert.InRange(data.Organizations.Count(o => o.IsBudgetUnit), 210, 230);
        Assert.InRange(data.Projects.Count, 1_100, 1_200);
        var total = Money.Sum(data.Projects.Select(p => p.AdjustedTotal));
        Assert.InRange(total.YiYuan, 34.0m, 35.0m);
        Assert.Equal(data.Projects.Count, data.Projects.Select(p => p.Code).Distinct().Count());
    }

    [Fact]
    public void DemoCounty_CoversAllFourBudgetsAndEverySpecialCategory()
    {
        var data = Demo();

        Assert.All(Enum.GetValues<BudgetKind>(), k => Assert.Contains(data.Projects, p => p.BudgetKind == k));
        Assert.All(Enum.GetValues<SpecialCategory>(), c => Assert.Contains(data.Projects, p => p.SpecialCategory == c));
        Assert.Contains(data.Projects, p => p.DebtBondType == DebtBondType.Special && p.BudgetKind == BudgetKind.GovernmentFund);
        Assert.Contains(data.Projects, p => p.DebtBondType == DebtBondType.General && p.BudgetKind == BudgetKind.GeneralPublic);
        Assert.All(Enum.GetValues<ProjectType>(), t => Assert.Contains(data.Projects, p => p.ProjectType == t));
        Assert.Contains(data.Projects, p => p.PolicyId is not null);
        Assert.Equal(56, data.DepartmentBudgets.Count);
    }

    [Fact]
    public void DemoCounty_HasAnAccountForEveryRole()
    {
        var data = Demo();

        var roles = data.Users.Aggregate(Role.None, (all, u) => all | u.Roles);
        Assert.All(Roles.All, r => Assert.True(roles.HasFlag(r), $"缺少角色 {Roles.DisplayName(r)} 的演示账户"));
    }

    [Fact]
    public void SameSeed_GivesIdenticalData_AndAnotherSeedDoesNot()
    {
        Assert.Equal(Fingerprint(Demo(11)), Fingerprint(Demo(11)));
        Assert.NotEqual(Fingerprint(Demo(11)), Fingerprint(Demo(12)));
    }

    [Fact]
    public void Province_HasTheRequestedCountiesEachAtCountyScale()
    {
        var data = DemoDataGenerator.GenerateProvince(5, 2026, counties: 8);

        Assert.Equal(8, data.Regions.Count(r => r.Level == RegionLevel.County));
        Assert.Equal(2, data.Regions.Count(r => r.Level == RegionLevel.City));
        Assert.Equal(8 * 56, data.Organizations.Count(o => o.Kind == OrganizationKind.Department));
        Assert.Equal(8 * CountyCatalog.Departments.Sum(d => d.ProjectCount), data.Projects.Count);
        Assert.Equal(data.Projects.Count, data.Projects.Select(p => p.Code).Distinct().Count());
        Assert.Empty(data.Users);
    }

    private static string Fingerprint(GeneratedDataset data) => JsonSerializer.Serialize(new
    {
        Orgs = data.Organizations.Select(o => new { o.Id, o.Code, o.Name, o.ParentId }),
        Projects = data.Projects.Select(p => new { p.Id, p.Code, p.Name, p.OwnerUnitId, p.BudgetKind, p.InitialAppropriationFen, p.AdjustedTotalFen, p.Manager }),
        Budgets = data.DepartmentBudgets.Select(b => new { b.DepartmentId, b.PersonnelFen, b.OperatingFen }),
    });
}
