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
