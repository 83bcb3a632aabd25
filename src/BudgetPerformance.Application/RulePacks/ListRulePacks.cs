using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// Every version of the packs the user can see (shipped, their region's and its ancestors', and those of the regions
/// they oversee), with each section's settings and meanings and the regions that use them: rules are data users see.
/// </summary>
public sealed class ListRulePacksHandler(RulePackViewer viewer)
{
    public async Task<IReadOnlyList<RulePackDto>> HandleAsync(CancellationToken ct = default)
    {
        if (await viewer.ViewAsync(ct) is not var (actor, regionId, scope, snapshot))
        {
            return [];
        }

        var adminRegion = actor.IsFinanceAdmin ? regionId : (long?)null;
        return snapshot.All
            .Where(p => RulePackVisibility.Sees(p, regionId, scope, snapshot))
            .OrderBy(p => p.OwnerRegionId is null ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal).ThenByDescending(p => p.Version)
            .Select(p => RulePackViews.ToDto(p, snapshot, adminRegion))
            .ToList();
    }
}

/// <summary>Who is looking at the rule packs: the user, their region, their scope and the rule configuration.</summary>
public sealed class RulePackViewer(IAppDbContext db, RulePackResolver resolver, AccessScopeResolver scopes, ICurrentUser currentUser)
{
    public async Task<(Actor Actor, long RegionId, Domain.Organizations.AccessScope Scope, RulePackSnapshot Snapshot)?> ViewAsync(CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return null;
        }

        var regionId = await db.Organizations.AsNoTracking().Where(o => o.Id == actor.OrganizationId).Select(o => o.RegionId).FirstAsync(ct);
        return (actor, regionId, await scopes.ResolveAsync(ct), await resolver.SnapshotAsync(ct));
    }
}

/// <summary>What changed between two versions of a pack, stage by stage and setting by setting.</summary>
public sealed class CompareRulePackVersionsHandler(RulePackResolver resolver)
{
    public async Task<Result<RulePackDiffDto>> HandleAsync(string code, int from, int to, CancellationToken ct = default)
    {
        var snapshot = await resolver.SnapshotAsync(ct);
        var a = snapshot.Find(code, from);
        var b = snapshot.Find(code, to);
        if (a is null || b is null)
        {
            return Error.NotFound($"规则方案“{code}”没有第 {(a is null ? from : to)} 版。");
        }

        var sections = new List<SectionDiffDto>();
        foreach (var definition in RuleSections.All)
        {
            var (sourceA, settingsA, _) = RulePackViews.Effective(a, definition, snapshot);
            var (sourceB, settingsB, _) = RulePackViews.Effective(b, definition, snapshot);
            var changes = settingsA is not null && settingsB is not null ? definition.Diff(settingsA, settingsB) : [];
            if (changes.Count > 0 || sourceA != sourceB)
            {
                sections.Add(new SectionDiffDto(definition.Stage, definition.StageName, sourceA ?? "未配置", sourceB ?? "未配置", changes));
            }
        }

        return new RulePackDiffDto(code, from, to, a.Label, b.Label, a.ChangeNote, b.ChangeNote, sections);
    }
}
