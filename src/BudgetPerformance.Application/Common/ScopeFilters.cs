using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Application.Common;

/// <summary>Translates an <see cref="AccessScope"/> into query filters, so every list applies the same rule.</summary>
public static class ScopeFilters
{
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, AccessScope scope) => scope.Kind switch
    {
        AccessScopeKind.Region => projects.Where(p => scope.RegionIds.Contains(p.RegionId)),
        AccessScopeKind.Department => projects.Where(p => p.DepartmentId == scope.DepartmentId),
        AccessScopeKind.Unit => projects.Where(p => p.OwnerUnitId == scope.UnitId),
        _ => projects.Where(p => false),
    };

    /// <summary>The project library: projects that are not (or no longer) only proposals.</summary>
    public static IQueryable<Project> InLibrary(this IQueryable<Project> projects) => projects.Where(p => p.LibraryStatus == ProjectLibraryStatus.InLibrary);

    /// <summary>Organisations the scope can see (for a department: itself and its units).</summary>
    public static IQueryable<Organization> VisibleTo(this IQueryable<Organization> organizations, AccessScope scope) => scope.Kind switch
    {
        AccessScopeKind.Region => organizations.Where(o => scope.RegionIds.Contains(o.RegionId)),
        AccessScopeKind.Department => organizations.Where(o => o.Id == scope.DepartmentId || o.ParentId == scope.DepartmentId),
        AccessScopeKind.Unit => organizations.Where(o => o.Id == scope.UnitId),
        _ => organizations.Where(o => false),
    };

    public static IQueryable<DepartmentBudget> VisibleTo(this IQueryable<DepartmentBudget> budgets, AccessScope scope) => scope.Kind switch
    {
        AccessScopeKind.Region => budgets.Where(b => scope.RegionIds.Contains(b.RegionId)),
        AccessScopeKind.Department => budgets.Where(b => b.DepartmentId == scope.DepartmentId),
        _ => budgets.Where(b => false),
    };
}
