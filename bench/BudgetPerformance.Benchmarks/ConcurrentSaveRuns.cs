using System.Diagnostics;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>What a batch of concurrent saves took.</summary>
public sealed record ConcurrentSaveResult(int Saves, TimeSpan Elapsed, double MedianLatencyMs, double P90LatencyMs, long AuditRecords, bool ChainIntact)
{
    public double SavesPerSecond => Saves / Elapsed.TotalSeconds;
}

/// <summary>
/// <see cref="Saves"/> target saves started at once, each its own request (context, scope resolver, rule-pack resolver,
/// review, save): through the real audit path, and with no audit trail at all (the raw limit of the same saves).
/// Every save edits a different draft of the import benchmark's unit.
/// </summary>
public sealed class ConcurrentSaveRuns(DbContextOptions<AppDbContext> options, Actor unitUser, IReadOnlyList<SaveTargetRequest> requests) : IDisposable
{
    // One chain key and checkpoint log for every run over this database, as one deployment has.
    private readonly BenchAudit _audit = BenchAudit.Create(options);

    public const int Saves = 200;

    private static readonly RulePackCatalog Catalog = new();

    public static async Task<ConcurrentSaveRuns> PrepareAsync(DbContextOptions<AppDbContext> options, CancellationToken ct = default)
    {
        var data = await TargetImportData.LoadAsync(options, "并发保存基准：1 个预算单位，1,000 个项目", ct);

        var sheets = TargetImportData.Sheets(data).Take(Saves).ToList();
        var byProject = data.Targets.ToDictionary(t => t.SubjectId);
        var requests = sheets.Select((s, i) =>
        {
            var target = byProject[data.Projects.Single(p => p.Code == s.ProjectCode).Id];
            var rows = s.Indicators.Select(r => new TargetIndicatorRow(r.Level1, r.Level2, r.Name, r.Value, r.Weight, r.ValueSource, r.ScoringStandard)).ToList();
            return new SaveTargetRequest(target.Id, target.Revision, IndicatorFramework.Classic, s.OverallGoal, s.AnnualGoal, rows);
        }).ToList();
        var user = data.Users.Single();
        return new ConcurrentSaveRuns(options, new Actor(user.Id, user.UserName, user.DisplayName, user.Roles, user.OrganizationId), requests);
    }

    /// <summary>Saves every request once, all started together; <paramref name="audited"/> chooses the real audit path or none.</summary>
    public async Task<ConcurrentSaveResult> RunAsync(bool audited, int round, CancellationToken ct = default)
    {
        var audit = audited ? _audit : null;
        var latencies = new double[requests.Count];
        var user = new BenchCurrentUser(unitUser);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(requests.Select(async (request, i) =>
        {
            await Task.Yield();
            var started = Stopwatch.GetTimestamp();
            await using var db = new AppDbContext(options, audit?.Trail(user));
            var scopes = new AccessScopeResolver(db, user);
            var clock = TimeProvider.System;
            var packs = new RulePackResolver(db, Catalog);
            var handler = new SaveTargetHandler(new TargetCommands(db, user, scopes, clock), new TargetReviewService(db, packs, clock), new TargetMapper(db, scopes));
            var current = await db.PerformanceTargets.AsNoTracking().Where(t => t.Id == request.Id).Select(t => t.Revision).SingleAsync(ct);
            var result = await handler.HandleAsync(request with { Revision = current, AnnualGoal = request.AnnualGoal + new string('。', round) }, ct);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Error!.Message);
            }

            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }));
        var elapsed = watch.Elapsed;
        await using var check = new AppDbContext(options);
        var records = await check.AuditRecords.LongCountAsync(ct);
        var intact = true;
        if (audit is not null)
        {
            var anchors = new Infrastructure.Auditing.AuditChainAnchors(audit.Settings, audit.Sealer);
            intact = (await new Application.Auditing.VerifyAuditChainHandler(check, anchors).HandleAsync(ct)).IsIntact;
        }

        Array.Sort(latencies);
        return new ConcurrentSaveResult(requests.Count, elapsed, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.9)], records, intact);
    }

    public void Dispose() => _audit.Dispose();
}
