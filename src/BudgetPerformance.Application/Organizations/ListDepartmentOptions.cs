using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Organizations;

public sealed record OrganizationOption(long Id, string Name, long? ParentId);

/// <summary>The departments and units the user may pick in a filter.</summary>
public sealed class ListBudgetUnitOptionsHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public const int Limit = 2_000;

    public async Task<IReadOnlyList<OrganizationOption>> HandleAsync(OrganizationKind kind, long? departmentId = null, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var orgs = db.Organizations.AsNoTracking().VisibleTo(scope).Where(o => o.Kind == kind && !o.IsClosed);
        if (departmentId is { } d)
        {
            orgs = orgs.Where(o => o.ParentId == d || o.Id == d);
        }

        return await orgs.OrderBy(o => o.Code).Take(Limit).Select(o => new OrganizationOption(o.Id, o.Name, o.ParentId)).ToListAsync(ct);
    }
}

/// <summary>An open organisation to pick (an account's organisation, a unit's department, an expert's employer).</summary>
public sealed record OrganizationChoice(long Id, string Code, string Name, OrganizationKind Kind, string KindName, long? ParentId);

/// <summary>The open organisations of the administrator's regions, for the pickers of the administration pages.</summary>
public sealed class ListOrganizationChoicesHandler(IAppDbContext db, FinanceAdministration administration)
{
    public const int Limit = 5_000;

    public async Task<IReadOnlyList<OrganizationChoice>> HandleAsync(CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return [];
        }

        var regions = admin.Scope.RegionIds;
        var orgs = await db.Organizations.AsNoTracking().Where(o => regions.Contains(o.RegionId) && !o.IsClosed)
            .OrderBy(o => o.Kind).ThenBy(o => o.Code).Take(Limit).ToListAsync(ct);
        return orgs.Select(o => new OrganizationChoice(o.Id, o.Code, o.Name, o.Kind, Domain.Budgets.BudgetTerms.Of(o.Kind), o.ParentId)).ToList();
    }
}
