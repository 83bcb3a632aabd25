using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// RegionId 0 means the administrator's own region. FiscalYear null: every year. PinnedVersion: always that version;
/// LatestAsOf: the latest version created by then; neither: the latest version as of each fiscal year's end.
/// </summary>
public sealed record AssignRulePackRequest(long RegionId, int? FiscalYear, string Code, int? PinnedVersion = null, DateTime? LatestAsOf = null);

/// <summary>Chooses the pack a region (the administrator's own or one below it) uses, for one year or every year.</summary>
public sealed class AssignRulePackHandler(IAppDbContext db, RulePackAdministration admin, AccessScopeResolver scopes)
{
    public async Task<Result> HandleAsync(AssignRulePackRequest request, CancellationToken ct = default)
    {
        var who = await admin.AdminAsync(ct);
        var scope = await scopes.ResolveAsync(ct);
        if (!who.IsSuccess)
        {
            return Error.Forbidden("只有本地区的财政局管理员可以为本地区及下级地区选择规则方案。");
        }

        var regionId = request.RegionId == 0 ? who.Value.RegionId : request.RegionId;
        if (!scope.SeesRegion(regionId))
        {
            return Error.Forbidden("只有本地区的财政局管理员可以为本地区及下级地区选择规则方案。");
        }

        var snapshot = await admin.Resolver.SnapshotAsync(ct);
        var latest = snapshot.Latest(request.Code ?? string.Empty);
        if (latest is null)
        {
            return Error.NotFound($"规则方案“{request.Code}”不存在。");
        }

        if (!RulePackVisibility.MayUse(latest, regionId, snapshot))
        {
            return Error.Forbidden($"“{latest.Name}”属于其他地区，{snapshot.Regions[regionId].Name}不能选用；可先派生一份本地区方案。");
        }

        if (request.PinnedVersion is { } pinned && snapshot.Find(latest.Code, pinned) is null)
        {
            return Error.NotFound($"规则方案“{latest.Name}”没有第 {pinned} 版。");
        }

        var assignment = RulePackAssignment.Create(regionId, request.FiscalYear, latest.Code, request.PinnedVersion,
            request.LatestAsOf is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null, who.Value.Actor.DisplayName, admin.Now);
        if (!assignment.IsSuccess)
        {
            return assignment.Error!;
        }

        var existing = await db.RulePackAssignments.FirstOrDefaultAsync(a => a.RegionId == regionId && a.FiscalYear == request.FiscalYear, ct);
        if (existing is not null)
        {
            db.RulePackAssignments.Remove(existing);
        }

        db.RulePackAssignments.Add(assignment.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("该地区和年度的规则方案刚被他人修改，请刷新后重试。");
        }

        admin.Resolver.Invalidate();
        return Result.Success();
    }
}

/// <summary>Removes a region's own choice, so it follows its parent region's pack again.</summary>
public sealed class UnassignRulePackHandler(IAppDbContext db, RulePackAdministration admin, AccessScopeResolver scopes)
{
    public async Task<Result> HandleAsync(long assignmentId, CancellationToken ct = default)
    {
        var who = await admin.AdminAsync(ct);
        if (!who.IsSuccess)
        {
            return who.Error!;
        }

        var scope = await scopes.ResolveAsync(ct);
        var existing = await db.RulePackAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (existing is null || !scope.SeesRegion(existing.RegionId))
        {
            return Error.NotFound($"规则方案选用记录（编号 {assignmentId}）不存在。");
        }

        db.RulePackAssignments.Remove(existing);
        await db.SaveChangesAsync(ct);
        admin.Resolver.Invalidate();
        return Result.Success();
    }
}

/// <summary>The pack choices of the user's region, its ancestors and the regions below it.</summary>
public sealed class ListRulePackAssignmentsHandler(RulePackViewer viewer)
{
    public async Task<IReadOnlyList<RulePackAssignmentDto>> HandleAsync(CancellationToken ct = default)
    {
        if (await viewer.ViewAsync(ct) is not var (_, regionId, scope, snapshot))
        {
            return [];
        }

        var chain = snapshot.Chain(regionId);
        return snapshot.Assignments.Where(a => chain.Contains(a.RegionId) || scope.SeesRegion(a.RegionId))
            .OrderBy(a => chain.Contains(a.RegionId) ? -chain.Count + chain.ToList().IndexOf(a.RegionId) : 0).ThenBy(a => a.RegionId).ThenBy(a => a.FiscalYear)
            .Select(a => new RulePackAssignmentDto(a.Id, a.RegionId, snapshot.Regions.TryGetValue(a.RegionId, out var r) ? r.Name : "—", a.FiscalYear, a.RulePackCode,
                snapshot.Latest(a.RulePackCode)?.Name ?? a.RulePackCode, a.PinnedVersion, a.LatestAsOf, a.VersionRule, a.AssignedAt, a.AssignedBy))
            .ToList();
    }
}

/// <summary>The regions an administrator may choose packs for: their own and those below it.</summary>
public sealed class ListAssignableRegionsHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public sealed record RegionOption(long Id, string Code, string Name);

    public async Task<IReadOnlyList<RegionOption>> HandleAsync(CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (scope.Kind != Domain.Organizations.AccessScopeKind.Region)
        {
            return [];
        }

        var ids = scope.RegionIds.ToList();
        return await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Code).Select(r => new RegionOption(r.Id, r.Code, r.Name)).ToListAsync(ct);
    }
}
