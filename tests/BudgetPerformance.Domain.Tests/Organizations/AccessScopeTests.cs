using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

public sealed class AccessScopeTests
{
    private readonly OrganizationBuilder _b = new();

    [Theory]
    [InlineData(Role.FinanceAdmin, OrganizationKind.FinanceBureau, AccessScopeKind.Region)]
    [InlineData(Role.FinanceReviewer, OrganizationKind.FinanceBureau, AccessScopeKind.Region)]
    [InlineData(Role.Auditor, OrganizationKind.AuditOffice, AccessScopeKind.Region)]
    [InlineData(Role.PeoplesCongress, OrganizationKind.PeoplesCongress, AccessScopeKind.Region)]
    [InlineData(Role.ThirdParty, OrganizationKind.ThirdPartyAgency, AccessScopeKind.None)]
    [InlineData(Role.Expert, OrganizationKind.ExpertPool, AccessScopeKind.None)]
    public void For_NonBudgetRoles(Role role, OrganizationKind kind, AccessScopeKind expected)
    {
        var org = _b.Other(kind, "某机构");
        var scope = AccessScope.For(_b.User(org, role), org, [_b.County.Id]);

        Assert.Equal(expected, scope.Kind);
    }

    [Fact]
    public void Department_SeesItselfAndItsUnits_ButNotAnotherDepartment()
    {
        var education = _b.Department();
        var school = _b.Unit(education);
        var health = _b.Department("临河县卫生健康委员会", Sector.HealthCare);
        var hospital = _b.Unit(health, "临河县人民医院");

        var scope = AccessScope.For(_b.User(education, Role.Department), education, [_b.County.Id]);

        Assert.True(scope.SeesOrganization(education.Id, education.DepartmentId, _b.County.Id));
        Assert.True(scope.SeesOrganization(school.Id, school.DepartmentId, _b.County.Id));
        Assert.False(scope.SeesOrganization(hospital.Id, hospital.DepartmentId, _b.County.Id));
    }

    [Fact]
    public void Unit_SeesOnlyItself_NotASiblingUnit()
    {
        var education = _b.Department();
        var school = _b.Unit(education);
        var sibling = _b.Unit(education, "临河县实验小学");

        var scope = AccessScope.For(_b.User(school, Role.BudgetUnit), school, [_b.County.Id]);

        Assert.Equal(AccessScopeKind.Unit, scope.Kind);
        Assert.True(scope.SeesOrganization(school.Id, school.DepartmentId, _b.County.Id));
        Assert.False(scope.SeesOrganization(sibling.Id, sibling.DepartmentId, _b.County.Id));
        Assert.False(scope.SeesOrganization(education.Id, education.DepartmentId, _b.County.Id));
    }

    [Fact]
    public void Region_SeesOnlyItsRegions()
    {
        var bureau = _b.Other(OrganizationKind.FinanceBureau, "临河县财政局");
        var scope = AccessScope.For(_b.User(bureau, Role.FinanceReviewer), bureau, [_b.County.Id]);

        Assert.True(scope.SeesOrganization(12345, 1, _b.County.Id));
        Assert.False(scope.SeesOrganization(12345, 1, _b.Province.Id));
    }

    [Fact]
    public void DeactivatedUser_SeesNothing()
    {
        var bureau = _b.Other(OrganizationKind.FinanceBureau, "临河县财政局");
        var user = _b.User(bureau, Role.FinanceAdmin);
        user.Deactivate();

        Assert.Equal(AccessScopeKind.None, AccessScope.For(user, bureau, [_b.County.Id]).Kind);
    }
}
