using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Common;

/// <summary>An administrator: the actor, the regions they administer, and their own region (the default for new data).</summary>
public sealed record FinanceAdministrator(Actor Actor, AccessScope Scope, long HomeRegionId);

/// <summary>
/// Who administers a region (users, organisations, experts): the finance bureau's administrators, for their region and
/// the regions below it. One check, used by every administration use case.
/// </summary>
public sealed class FinanceAdministration(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes)
{
    /// <summary>The administrator, or null when the signed-in user is not one.</summary>
    public Task<FinanceAdministrator?> ResolveAsync(CancellationToken ct) => ResolveAsync(Role.FinanceAdmin, ct);

    public static Error Denied(string what) => Error.Forbidden($"只有财政局管理员可以{what}。");

    /// <summary>
    /// Finance staff of a region — its administrators and 绩效科 reviewers — who run the stages (monitoring rounds,
    /// confirmations, suspensions), or null when the signed-in user is neither.
    /// </summary>
    public Task<FinanceAdministrator?> ResolveStaffAsync(CancellationToken ct) => ResolveAsync(Role.FinanceAdmin | Role.FinanceReviewer, ct);

    private async Task<FinanceAdministrator?> ResolveAsync(Role roles, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.Has(roles))
        {
            return null;
        }

        var scope = await scopes.ResolveAsync(ct);
        if (scope.Kind != AccessScopeKind.Region)
        {
            return null;
        }

        var home = await db.Organizations.AsNoTracking().Where(o => o.Id == actor.OrganizationId).Select(o => o.RegionId).FirstAsync(ct);
        return new FinanceAdministrator(actor, scope, home);
    }

    public static Error StaffOnly(string what) => Error.Forbidden($"只有财政局工作人员可以{what}。");
}
