using System.Collections.Concurrent;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// Every pack version, assignment and the region tree, read once and kept while nothing changes: each resolution
/// first asks the database for a fingerprint (counts and highest ids of the three tables) and reloads when it differs,
/// so the cache never outlives a change, made by this process or another.
/// </summary>
public sealed class RulePackCatalog
{
    private volatile RulePackSnapshot? _snapshot;

    public async Task<RulePackSnapshot> GetAsync(IAppDbContext db, CancellationToken ct)
    {
        var fingerprint = await FingerprintAsync(db, ct);
        var current = _snapshot;
        if (current is not null && current.Fingerprint == fingerprint)
        {
            return current;
        }

        var packs = await db.RulePacks.AsNoTracking().ToListAsync(ct);
        var assignments = await db.RulePackAssignments.AsNoTracking().ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.ParentId, r.Name }).ToListAsync(ct);
        var loaded = new RulePackSnapshot(fingerprint, packs, assignments, regions.ToDictionary(r => r.Id, r => (r.ParentId, r.Name)));
        _snapshot = loaded;
        return loaded;
    }

    private static async Task<string> FingerprintAsync(IAppDbContext db, CancellationToken ct)
    {
        var packs = await db.RulePacks.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Max = g.Max(p => p.Id) }).FirstOrDefaultAsync(ct);
        var assignments = await db.RulePackAssignments.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Max = g.Max(a => a.Id) }).FirstOrDefaultAsync(ct);
        var regions = await db.Regions.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Max = g.Max(r => r.Id) }).FirstOrDefaultAsync(ct);
        return $"{packs?.Count}/{packs?.Max}|{assignments?.Count}/{assignments?.Max}|{regions?.Count}/{regions?.Max}";
    }
}

/// <summary>One consistent read of the rule configuration, with the sections already read from it.</summary>
public sealed class RulePackSnapshot
{
    private readonly Dictionary<string, List<RulePack>> _byCode;
    private readonly Dictionary<(string, int), RulePack> _byVersion;
    private readonly ConcurrentDictionary<(string, int, RuleStage), object> _sections = new();

    public RulePackSnapshot(string fingerprint, IReadOnlyList<RulePack> packs, IReadOnlyList<RulePackAssignment> assignments, IReadOnlyDictionary<long, (long? ParentId, string Name)> regions)
    {
        Fingerprint = fingerprint;
        _byCode = packs.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Version).ToList());
        _byVersion = packs.ToDictionary(p => (p.Code, p.Version));
        Assignments = assignments;
        Regions = regions;
    }

    public string Fingerprint { get; }
    public IReadOnlyList<RulePackAssignment> Assignments { get; }
    public IReadOnlyDictionary<long, (long? ParentId, string Name)> Regions { get; }
    public IEnumerable<RulePack> All => _byCode.Values.SelectMany(v => v);

    public IReadOnlyList<RulePack> Versions(string code) => _byCode.TryGetValue(code, out var v) ? v : [];

    public RulePack? Latest(string code) => _byCode.TryGetValue(code, out var v) ? v[^1] : null;

    public RulePack? Find(string code, int version) => _byVersion.GetValueOrDefault((code, version));

    /// <summary>The region and its ancestors, nearest first.</summary>
    public IReadOnlyList<long> Chain(long regionId)
    {
        var chain = new List<long>();
        for (long? id = regionId; id is { } current && Regions.TryGetValue(current, out var r) && chain.Count < 10; id = r.ParentId)
        {
            chain.Add(current);
        }

        return chain;
    }

    public Result<PackChoice> Choose(long regionId, int fiscalYear) =>
        RulePackResolution.Choose(Chain(regionId), fiscalYear, Assignments, Versions, ShippedRulePacks.National);

    /// <summary>A stage's section of one pack version (read once per snapshot).</summary>
    public Result<ResolvedSection<T>> Section<T>(RulePack pack, SectionDefinition<T> definition, string reason = "") where T : class
    {
        var read = (Result<ResolvedSection<T>>)_sections.GetOrAdd((pack.Code, pack.Version, definition.Stage), _ => RulePackResolution.Section(pack, definition, Find));
        return read.IsSuccess && reason.Length > 0 ? read.Value with { Reason = reason } : read;
    }
}

/// <summary>
/// Resolves the rule pack and a stage's section for a region, fiscal year and stage. Scoped: it reads the catalog
/// once per operation and keeps that read for the rest of it.
/// </summary>
public sealed class RulePackResolver(IAppDbContext db, RulePackCatalog catalog)
{
    private RulePackSnapshot? _snapshot;

    public async Task<RulePackSnapshot> SnapshotAsync(CancellationToken ct = default) => _snapshot ??= await catalog.GetAsync(db, ct);

    /// <summary>Forgets this operation's read after it changed packs or assignments.</summary>
    public void Invalidate() => _snapshot = null;

    public async Task<PackChoice> ChooseAsync(long regionId, int fiscalYear, CancellationToken ct = default)
    {
        var choice = (await SnapshotAsync(ct)).Choose(regionId, fiscalYear);
        return choice.IsSuccess ? choice.Value : throw new InvalidOperationException(choice.Error!.Message);
    }

    /// <summary>The section that applies to a region and year; a broken pack is a configuration fault, not a user error.</summary>
    public async Task<ResolvedSection<T>> SectionAsync<T>(SectionDefinition<T> definition, long regionId, int fiscalYear, CancellationToken ct = default) where T : class
    {
        var snapshot = await SnapshotAsync(ct);
        var choice = snapshot.Choose(regionId, fiscalYear);
        if (!choice.IsSuccess)
        {
            throw new InvalidOperationException(choice.Error!.Message);
        }

        var section = snapshot.Section(choice.Value.Pack, definition, choice.Value.Reason);
        return section.IsSuccess ? section.Value : throw new InvalidOperationException(section.Error!.Message);
    }

    public Task<ResolvedSection<TargetReviewSection>> TargetReviewAsync(long regionId, int fiscalYear, CancellationToken ct = default) =>
        SectionAsync(TargetReviewSectionDefinition.Instance, regionId, fiscalYear, ct);

    /// <summary>The section of an exact pack version, as a stored result names it (for explaining and recomputing it).</summary>
    public async Task<Result<ResolvedSection<T>>> SectionOfVersionAsync<T>(SectionDefinition<T> definition, string code, int version, CancellationToken ct = default) where T : class
    {
        var snapshot = await SnapshotAsync(ct);
        var pack = snapshot.Find(code, version);
        return pack is null ? Error.NotFound($"规则方案“{code}”第 {version} 版不存在。") : snapshot.Section(pack, definition);
    }
}
