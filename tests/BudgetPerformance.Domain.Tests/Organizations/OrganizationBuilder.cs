using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

/// <summary>Makes a small county with ids for tests.</summary>
public sealed class OrganizationBuilder
{
    private long _nextId = 1;

    public Region County { get; }
    public Region Province { get; }

    public OrganizationBuilder()
    {
        Province = WithId(Region.Create("990000", "江淮省", null).Value);
        var city = WithId(Region.Create("990100", "青山市", Province).Value);
        County = WithId(Region.Create("990121", "临河县", city).Value);
    }

    public Organization Department(string name = "临河县教育体育局", Sector sector = Sector.Education) =>
        WithId(Organization.Create("D" + _nextId, name, OrganizationKind.Department, County, null, sector).Value);

    public Organization Unit(Organization department, string name = "临河县第一中学") =>
        WithId(Organization.Create("U" + _nextId, name, OrganizationKind.BudgetUnit, County, department, department.Sector).Value);

    public Organization Other(OrganizationKind kind, string name) =>
        WithId(Organization.Create("O" + _nextId, name, kind, County).Value);

    public User User(Organization org, Role roles, string name = "tester") =>
        WithId(Domain.Organizations.User.Create(name, "测试用户", org, roles, "hash").Value);

    private T WithId<T>(T entity) where T : BudgetPerformance.Domain.Common.Entity
    {
        entity.AssignId(_nextId++);
        return entity;
    }
}
