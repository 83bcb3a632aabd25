using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>The finance administrator acting on rule packs, with their region (the region whose packs they own).</summary>
public sealed record PackAdmin(Actor Actor, long RegionId, string RegionName);

/// <summary>What every rule pack change starts with: who may change what, and saving a new version safely.</summary>
public sealed class RulePackAdministration(IAppDbContext db, ICurrentUser currentUser, RulePackResolver resolver, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public RulePackResolver Resolver => resolver;

    public async Task<Result<PackAdmin>> AdminAsync(CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.IsFinanceAdmin)
        {
            return Error.Forbidden("只有财政局管理员可以维护规则方案。");
        }

        var region = await (from o in db.Organizations.AsNoTracking()
                            join r in db.Regions.AsNoTracking() on o.RegionId equals r.Id
                            where o.Id == actor.OrganizationId
                            select new { r.Id, r.Name }).FirstAsync(ct);
        return new PackAdmin(actor, region.Id, region.Name);
    }

    /// <summary>The latest version of a pack the administrator's region owns: only the owner revises a pack.</summary>
    public async Task<Result<(PackAdmin Admin, RulePack Latest, RulePackSnapshot Snapshot)>> OwnedLatestAsync(string code, CancellationToken ct)
    {
        var admin = await AdminAsync(ct);
        if (!admin.IsSuccess)
        {
            return admin.Error!;
        }

        var snapshot = await resolver.SnapshotAsync(ct);
        var latest = snapshot.Latest(code);
        if (latest is null)
        {
            return Error.NotFound($"规则方案“{code}”不存在。");
        }

        if (!latest.IsOwnedBy(admin.Value.RegionId))
        {
            var owner = latest.OwnerRegionId is { } r && snapshot.Regions.TryGetValue(r, out var region) ? region.Name + "财政局" : "平台";
            return Error.Forbidden($"“{latest.Name}”由{owner}维护，{admin.Value.RegionName}不能修订；如需调整，请先“派生本地区方案”，再修订派生的方案。");
        }

        return (admin.Value, latest, snapshot);
    }

    /// <summary>Stores a new pack version; a concurrent revision of the same pack is a conflict, not a 500.</summary>
    public async Task<Result<RulePackDto>> SaveAsync(RulePack version, long? adminRegionId, CancellationToken ct)
    {
        db.RulePacks.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict($"规则方案“{version.Code}”刚被他人修订或已存在，您的修改未保存。请刷新后重试。");
        }

        resolver.Invalidate();
        var snapshot = await resolver.SnapshotAsync(ct);
        return RulePackViews.ToDto(snapshot.Find(version.Code, version.Version)!, snapshot, adminRegionId);
    }
}
