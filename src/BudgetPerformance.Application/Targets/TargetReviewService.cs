using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>
/// Runs the automatic review of a target with the rule pack of its region and year, against the other targets of the
/// same region and year for the copy check. The result names the pack version.
/// </summary>
public sealed class TargetReviewService(IAppDbContext db, RulePackResolver packs, TimeProvider clock)
{
    public async Task<AutoReview> ReviewAsync(PerformanceTarget target, CancellationToken ct = default)
    {
        var pack = await packs.ForAsync(target.RegionId, target.FiscalYear, ct);
        var copies = await CopyIndexAsync(target.RegionId, target.FiscalYear, ct);
        var findings = TargetReviewer.Review(target, pack.Settings.TargetReview, copies);
        return new AutoReview(pack.Id, pack.Label, clock.GetUtcNow().UtcDateTime, target.Revision, findings);
    }

    /// <summary>
    /// Reviews many targets at once (an import): one copy index per region and year, built from the stored targets with
    /// the ones being saved in their new form.
    /// </summary>
    public async Task ReviewManyAsync(IReadOnlyList<PerformanceTarget> targets, CancellationToken ct = default)
    {
        foreach (var group in targets.GroupBy(t => (t.RegionId, t.FiscalYear)))
        {
            var pack = await packs.ForAsync(group.Key.RegionId, group.Key.FiscalYear, ct);
            var changed = group.Select(t => t.SubjectId).ToHashSet();
            var stored = await db.PerformanceTargets.AsNoTracking()
                .Where(t => t.RegionId == group.Key.RegionId && t.FiscalYear == group.Key.FiscalYear && t.Status != TargetStatus.Superseded)
                .Select(t => new PeerText(t.Id, t.SubjectId, t.SubjectName, t.DepartmentId, t.AnnualGoal, t.IndicatorSignature))
                .ToListAsync(ct);
            var copies = new CopyIndex(stored.Where(p => !changed.Contains(p.SubjectId))
                .Concat(group.Select(t => new PeerText(t.Id, t.SubjectId, t.SubjectName, t.DepartmentId, t.AnnualGoal, t.IndicatorSignature))));
            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var target in group)
            {
                target.RecordAutoReview(new AutoReview(pack.Id, pack.Label, at, target.Revision, TargetReviewer.Review(target, pack.Settings.TargetReview, copies)));
            }
        }
    }

    /// <summary>The current targets of a region and year, as the copy check needs them (no indicator rows are loaded).</summary>
    public async Task<CopyIndex> CopyIndexAsync(long regionId, int fiscalYear, CancellationToken ct = default)
    {
        var peers = await db.PerformanceTargets.AsNoTracking()
            .Where(t => t.RegionId == regionId && t.FiscalYear == fiscalYear && t.Status != TargetStatus.Superseded)
            .Select(t => new PeerText(t.Id, t.SubjectId, t.SubjectName, t.DepartmentId, t.AnnualGoal, t.IndicatorSignature))
            .ToListAsync(ct);
        return new CopyIndex(peers);
    }
}
