using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// 派生本地区方案: from any pack version the administrator can see, a new pack owned by their region with every stage
/// inherited; the region then revises its own copy instead of the parent. Optionally it becomes the region's pack.
/// </summary>
public sealed record DeriveRulePackRequest(string FromCode, int? FromVersion, string Code, string Name, bool AssignToOwnRegion);

public sealed class DeriveRulePackHandler(IAppDbContext db, RulePackAdministration admin, AccessScopeResolver scopes)
{
    public async Task<Result<RulePackDto>> HandleAsync(DeriveRulePackRequest request, CancellationToken ct = default)
    {
        var who = await admin.AdminAsync(ct);
        if (!who.IsSuccess)
        {
            return who.Error!;
        }

        var snapshot = await admin.Resolver.SnapshotAsync(ct);
        var scope = await scopes.ResolveAsync(ct);
        var source = request.FromVersion is { } v ? snapshot.Find(request.FromCode, v) : snapshot.Latest(request.FromCode);
        if (source is null || !RulePackVisibility.Sees(source, who.Value.RegionId, scope, snapshot))
        {
            return Error.NotFound($"规则方案“{request.FromCode}”{(request.FromVersion is { } n ? $"第 {n} 版" : string.Empty)}不存在。");
        }

        var code = request.Code?.Trim() ?? string.Empty;
        if (snapshot.Latest(code) is not null)
        {
            return Error.Conflict($"规则方案编码“{code}”已被使用，请换一个编码。");
        }

        var derived = source.Derive(code, request.Name ?? string.Empty, who.Value.RegionId, who.Value.Actor.DisplayName, admin.Now);
        if (!derived.IsSuccess)
        {
            return derived.Error!;
        }

        if (request.AssignToOwnRegion)
        {
            var existing = await db.RulePackAssignments.FirstOrDefaultAsync(a => a.RegionId == who.Value.RegionId && a.FiscalYear == null, ct);
            if (existing is not null)
            {
                db.RulePackAssignments.Remove(existing);
            }

            db.RulePackAssignments.Add(RulePackAssignment.Create(who.Value.RegionId, null, code, null, null, who.Value.Actor.DisplayName, admin.Now).Value);
        }

        return await admin.SaveAsync(derived.Value, who.Value.RegionId, ct);
    }
}

/// <summary>Which packs a user sees and a region may use.</summary>
public static class RulePackVisibility
{
    /// <summary>Shipped packs, packs of the user's region and its ancestors, and packs of the regions the user oversees.</summary>
    public static bool Sees(RulePack pack, long userRegionId, Domain.Organizations.AccessScope scope, RulePackSnapshot snapshot) =>
        pack.OwnerRegionId is not { } owner || snapshot.Chain(userRegionId).Contains(owner) || scope.SeesRegion(owner);

    /// <summary>A region uses shipped packs or packs of itself and its ancestors — never a sibling's, which its owner could change at will.</summary>
    public static bool MayUse(RulePack pack, long regionId, RulePackSnapshot snapshot) =>
        pack.OwnerRegionId is not { } owner || snapshot.Chain(regionId).Contains(owner);
}
