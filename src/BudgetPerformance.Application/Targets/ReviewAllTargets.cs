using System.Diagnostics;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

public sealed record RuleCount(string Rule, string RuleName, FindingSeverity Severity, int Targets);

/// <summary>What a full review found, and how long loading and reviewing took.</summary>
public sealed record ReviewAllResult(
    int Targets, int Indicators, int WithErrors, int WithWarnings, IReadOnlyList<RuleCount> ByRule, IReadOnlyList<string> RulePacks,
    long LoadMilliseconds, long ReviewMilliseconds)
{
    public long ElapsedMilliseconds => LoadMilliseconds + ReviewMilliseconds;
}

/// <summary>
/// Reviews every current target of the region and year with each region's rule pack (finance staff's 全面审核).
/// Read-only: it reports; each target keeps the review recorded at its own save or submission.
/// </summary>
public sealed class ReviewAllTargetsHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, RulePackResolver packs)
{
    public async Task<Result<ReviewAllResult>> HandleAsync(int fiscalYear, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || !actor.Has(Role.FinanceReviewer | Role.FinanceAdmin) || scope.Kind != AccessScopeKind.Region)
        {
            return Error.Forbidden("只有财政部门可以对全部绩效目标进行审核。");
        }

        var watch = Stopwatch.StartNew();
        var targets = await TargetSnapshots.LoadAsync(
            db.PerformanceTargets.Where(t => scope.RegionIds.Contains(t.RegionId) && t.FiscalYear == fiscalYear && t.Status != TargetStatus.Superseded),
            db.Projects,
            ct);
        var loaded = watch.ElapsedMilliseconds;
        var result = await ReviewLoadedAsync(targets, fiscalYear, ct);
        return result with { LoadMilliseconds = loaded };
    }

    /// <summary>The review itself, for targets already in memory (also used by the benchmark).</summary>
    public async Task<ReviewAllResult> ReviewLoadedAsync(IReadOnlyList<ReviewSubject> targets, int fiscalYear, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var byRule = new Dictionary<string, (FindingSeverity Severity, int Count)>();
        var withErrors = 0;
        var withWarnings = 0;
        var packLabels = new HashSet<string>();
        foreach (var region in targets.GroupBy(t => t.RegionId))
        {
            var section = await packs.TargetReviewAsync(region.Key, fiscalYear, ct);
            packLabels.Add(section.Pack.Label);
            var copies = new CopyIndex(region.Select(t => t.Input.AsPeer(t.SubjectName)));
            foreach (var target in region)
            {
                var findings = TargetReview.Run(target.Input, section.Settings, copies).Findings;
                withErrors += findings.Any(f => f.Severity == FindingSeverity.Error) ? 1 : 0;
                withWarnings += findings.Any(f => f.Severity == FindingSeverity.Warning) ? 1 : 0;
                foreach (var rule in findings.GroupBy(f => f.Rule))
                {
                    var severity = rule.Max(f => f.Severity);
                    byRule[rule.Key] = byRule.TryGetValue(rule.Key, out var c) ? (c.Severity > severity ? c.Severity : severity, c.Count + 1) : (severity, 1);
                }
            }
        }

        return new ReviewAllResult(
            targets.Count, targets.Sum(t => t.Input.Indicators.Count), withErrors, withWarnings,
            byRule.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RuleCount(r.Key, TargetReview.Describe(r.Key), r.Value.Severity, r.Value.Count)).ToList(),
            packLabels.Order(StringComparer.Ordinal).ToList(), 0, watch.ElapsedMilliseconds);
    }
}
