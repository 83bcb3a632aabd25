using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// On start: creates the shipped packs that are missing (parents first), then applies the platform's upgrade steps to
/// every pack's latest version (<see cref="RulePackUpgrade"/>): each upgraded pack gets a new version saying what the
/// step did. Returns the number of versions added.
/// </summary>
public sealed class EnsureRulePacksHandler(IAppDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var packs = await db.RulePacks.AsNoTracking().ToListAsync(ct);
        var latest = packs.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Version)!);
        var added = new List<RulePack>();
        foreach (var shipped in ShippedRulePacks.All.Where(s => !latest.ContainsKey(s.Code)))
        {
            var parent = shipped.ParentCode is { } code ? latest[code] : null;
            var sections = new PackSections(ShippedRulePacks.CarriedSections(shipped));
            foreach (var stage in parent?.Sections.ByStage.Keys.Where(s => sections[s] is null) ?? [])
            {
                sections = sections.With(stage, PackSection.InheritedFrom(parent!.Code, parent.Version));
            }

            var created = RulePack.Create(shipped.Code, shipped.Name, shipped.Basis, null, parent is null ? null : (parent.Code, parent.Version), sections, "平台", "平台内置方案", now).Value;
            latest[shipped.Code] = created;
            added.Add(created);
        }

        foreach (var pack in InParentOrder(latest.Values.ToList()))
        {
            var current = latest[pack.Code];
            var parent = current.ParentCode is { } p ? latest.GetValueOrDefault(p) : null;
            var shipped = ShippedRulePacks.All.FirstOrDefault(s => s.Code == current.Code && current.IsShipped);
            if (RulePackUpgrade.Plan(current, parent, shipped) is { } plan)
            {
                var upgraded = current.Upgrade(plan.Sections, plan.Parent, "平台升级：" + string.Join("；", plan.Steps), now).Value;
                if (added.Remove(current))
                {
                    // Created in this run: it is born upgraded.
                    upgraded = RulePack.Create(current.Code, current.Name, current.Basis, null, plan.Parent, plan.Sections, "平台", "平台内置方案", now).Value;
                }

                latest[current.Code] = upgraded;
                added.Add(upgraded);
            }
        }

        if (added.Count > 0)
        {
            db.RulePacks.AddRange(added);
            await db.SaveChangesAsync(ct);
        }

        return added.Count;
    }

    /// <summary>Packs ordered so that every parent comes before the packs that inherit from it.</summary>
    private static List<RulePack> InParentOrder(List<RulePack> packs)
    {
        var byCode = packs.ToDictionary(p => p.Code);
        var ordered = new List<RulePack>();
        var seen = new HashSet<string>();
        void Visit(RulePack p, int depth)
        {
            if (!seen.Add(p.Code) || depth > RulePack.MaxInheritanceDepth)
            {
                return;
            }

            if (p.ParentCode is { } parent && byCode.TryGetValue(parent, out var pp))
            {
                Visit(pp, depth + 1);
            }

            ordered.Add(p);
        }

        foreach (var p in packs.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            Visit(p, 0);
        }

        return ordered;
    }
}
