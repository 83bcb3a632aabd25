using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Common;

/// <summary>Works out the <see cref="AccessScope"/> of the current user, once per request or circuit.</summary>
public sealed class AccessScopeResolver(IAppDbContext db, ICurrentUser currentUser)
{
    private AccessScope? _cached;
    private long? _cachedFor;

    public async Task<AccessScope> ResolveAsync(CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return AccessScope.Nothing;
        }

        if (_cached is not null && _cachedFor == actor.UserId)
        {
            return _cached;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
        var org = user is null ? null : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == user.OrganizationId, ct);
        if (user is null || org is null)
        {
            return AccessScope.Nothing;
        }

        var regionIds = await RegionsWithinAsync(db, org.RegionId, ct);
        _cached = AccessScope.For(user, org, regionIds);
        _cachedFor = actor.UserId;
        return _cached;
    }

    /// <summary>The ids of a region and of every region below it (a finance scope, a system account's reach).</summary>
    public static async Task<IReadOnlyList<long>> RegionsWithinAsync(IAppDbContext db, long regionId, CancellationToken ct)
    {
        var root = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == regionId, ct);
        var all = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code }).ToListAsync(ct);
        return all.Where(r => RegionCode.IsWithin(r.Code, root.Code)).Select(r => r.Id).ToList();
    }
}
