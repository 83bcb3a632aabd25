using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// Picks the rule pack of a region for a year: an assignment of the region itself wins over its city's, the city's
/// over the province's; a year-specific assignment wins over an all-years one; the national default otherwise.
/// The latest version of the chosen pack applies.
/// </summary>
public sealed class RulePackResolver(IAppDbContext db)
{
    // A page can stay open for long; a revised or reassigned pack applies within a minute.
    private const long CacheMilliseconds = 60_000;
    private readonly Dictionary<(long, int), (RulePack Pack, long At)> _cache = [];

    public async Task<RulePack> ForAsync(long regionId, int fiscalYear, CancellationToken ct = default)
    {
        if (_cache.TryGetValue((regionId, fiscalYear), out var cached) && Environment.TickCount64 - cached.At < CacheMilliseconds)
        {
            return cached.Pack;
        }

        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.ParentId }).ToDictionaryAsync(r => r.Id, ct);
        var chain = new List<long>();
        for (long? id = regionId; id is { } current && regions.TryGetValue(current, out var r); id = r.ParentId)
        {
            chain.Add(current);
        }

        var assignments = await db.RulePackAssignments.AsNoTracking()
            .Where(a => chain.Contains(a.RegionId) && (a.FiscalYear == fiscalYear || a.FiscalYear == null))
            .ToListAsync(ct);
        var chosen = assignments
            .OrderBy(a => chain.IndexOf(a.RegionId))
            .ThenBy(a => a.FiscalYear is null ? 1 : 0)
            .FirstOrDefault();
        var code = chosen?.RulePackCode ?? ShippedRulePacks.National;
        var pack = await db.RulePacks.AsNoTracking().Where(p => p.Code == code).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"规则方案“{code}”不存在：请先初始化规则方案。");
        _cache[(regionId, fiscalYear)] = (pack, Environment.TickCount64);
        return pack;
    }
}

public sealed record RulePackDto(long Id, string Code, string Name, int Version, string Label, string Basis, DateTime CreatedAt, RulePackSettings Settings, IReadOnlyList<string> AssignedTo);

/// <summary>All rule packs with the regions that use them: rules are data users can see.</summary>
public sealed class ListRulePacksHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<RulePackDto>> HandleAsync(CancellationToken ct = default)
    {
        var packs = await db.RulePacks.AsNoTracking().OrderBy(p => p.Code).ThenByDescending(p => p.Version).ToListAsync(ct);
        var assigned = await (from a in db.RulePackAssignments.AsNoTracking()
                              join r in db.Regions.AsNoTracking() on a.RegionId equals r.Id
                              select new { a.RulePackCode, a.FiscalYear, r.Name }).ToListAsync(ct);
        return packs.Select(p => new RulePackDto(
            p.Id, p.Code, p.Name, p.Version, p.Label, p.Basis, p.CreatedAt, p.Settings,
            assigned.Where(a => a.RulePackCode == p.Code).Select(a => a.FiscalYear is { } y ? $"{a.Name}（{y} 年度）" : a.Name).ToList())).ToList();
    }
}

/// <summary>Creates the shipped rule packs when they are missing (first start, or after an upgrade adds one).</summary>
public sealed class EnsureRulePacksHandler(IAppDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var existing = await db.RulePacks.Select(p => p.Code).Distinct().ToListAsync(ct);
        var added = 0;
        foreach (var (code, name, basis, settings) in ShippedRulePacks.All.Where(p => !existing.Contains(p.Code)))
        {
            db.RulePacks.Add(RulePack.Create(code, name, 1, basis, settings, clock.GetUtcNow().UtcDateTime).Value);
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
