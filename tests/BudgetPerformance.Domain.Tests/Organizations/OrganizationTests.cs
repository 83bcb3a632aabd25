using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    private readonly OrganizationBuilder _b = new();

    [Fact]
    public void BudgetUnit_WithoutDepartment_IsRefused()
    {
        var result = Organization.Create("U1", "临河县第一中学", OrganizationKind.BudgetUnit, _b.County, null, Sector.Education);

        Assert.False(result.IsSuccess);
        Assert.Equal("ParentId", result.Error!.Field);
    }

    [Fact]
    public void BudgetUnit_BelongsToItsDepartmentsMoney()
    {
        var dept = _b.Department();
        var unit = _b.Unit(dept);

        Assert.Equal(dept.Id, unit.DepartmentId);
        Assert.Equal(dept.Id, dept.DepartmentId);
        Assert.True(unit.IsBudgetUnit);
    }

    [Fact]
    public void Department_WithoutSector_IsRefused()
    {
        var result = Organization.Create("D1", "临河县某局", OrganizationKind.Department, _b.County);

        Assert.False(result.IsSuccess);
        Assert.Equal("Sector", result.Error!.Field);
    }

    [Fact]
    public void User_WithARoleThatDoesNotFitTheOrganization_IsRefused()
    {
        var dept = _b.Department();

        var result = User.Create("someone", "某人", dept, Role.FinanceReviewer, "hash");

        Assert.False(result.IsSuccess);
        Assert.Contains("财政绩效科", result.Error!.Message);
    }
}
