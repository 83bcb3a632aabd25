namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// Which budget data (organisations, projects, money) a user may see. Decided from the user's roles and organisation:
/// finance staff, auditors and the 人大 see their whole region and the regions below it; a 主管部门 sees itself and its
/// 二级预算单位; a 预算单位 sees itself; agencies and experts see only what is assigned to them (nothing here).
/// </summary>
public sealed record AccessScope(AccessScopeKind Kind, IReadOnlyList<long> RegionIds, long? DepartmentId, long? UnitId)
{
    public static readonly AccessScope Nothing = new(AccessScopeKind.None, [], null, null);

    public bool SeesRegion(long regionId) => Kind != AccessScopeKind.None && RegionIds.Contains(regionId);

    /// <summary>True when an organisation (by its id, department and region) lies inside this scope.</summary>
    public bool SeesOrganization(long organizationId, long? departmentId, long regionId) => Kind switch
    {
        AccessScopeKind.Region => RegionIds.Contains(regionId),
        AccessScopeKind.Department => departmentId == DepartmentId,
        AccessScopeKind.Unit => organizationId == UnitId,
        _ => false,
    };

    /// <summary>
    /// The scope of <paramref name="user"/> in <paramref name="organization"/>; <paramref name="regionIdsWithin"/> are the
    /// ids of the organisation's region and every region below it.
    /// </summary>
    public static AccessScope For(User user, Organization organization, IReadOnlyList<long> regionIdsWithin)
    {
        if (!user.IsActive)
        {
            return Nothing;
        }

        if (user.HasRole(Role.FinanceAdmin | Role.FinanceReviewer | Role.Auditor | Role.PeoplesCongress))
        {
            return new AccessScope(AccessScopeKind.Region, regionIdsWithin, null, null);
        }

        if (user.HasRole(Role.Department) && organization.Kind == OrganizationKind.Department)
        {
            return new AccessScope(AccessScopeKind.Department, [organization.RegionId], organization.Id, null);
        }

        if (user.HasRole(Role.BudgetUnit) && organization.IsBudgetUnit)
        {
            return new AccessScope(AccessScopeKind.Unit, [organization.RegionId], organization.DepartmentId, organization.Id);
        }

        return Nothing;
    }
}

/// <summary>How wide a user's view of budget data is.</summary>
public enum AccessScopeKind
{
    None = 0,
    Unit = 1,
    Department = 2,
    Region = 3,
}
