using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>
/// Runs the automatic review of a target with the rule pack of its region and year, against the other targets of the
/// same region and year for the copy check, and records the result as a stamped <see cref="RuleOutcome"/>.
/// </summary>
public sealed class TargetReviewService(IAppDbContext db, RulePackResolver packs, TimeProvider clock)
{
    /// <summary>The one place a target review result is assembled: stamp, findings, verdict and the input it ran over.</summary>
    public static RuleOutcome Outcome(ResolvedSection<TargetReviewSection> section, TargetReviewInput input, OutcomeSubject subject, CopyIndex copies, DateTime at)
    {
        var result = TargetReview.Run(input, section.Settings, copies);
        return RuleOutcome.Record(section.Stamp(TargetReview.Engine, at), subject, result.Findings, result.Verdict, TargetReviewInput.Serialize(input, result.MatchedPeers));
    }

    /// <summary>How rows are read in a region and year (the pack's level-name aliases and rate directions).</summary>
    public async Task<RowReadingRules> ReadingRulesAsync(long regionId, int fiscalYear, CancellationToken ct = default) =>
        RowReadingRules.From((await packs.TargetReviewAsync(regionId, fiscalYear, ct)).Settings, fiscalYear);

    /// <summary>Reviews the target as it now is and records the result on it (saved with the target's next save).</summary>
    public async Task<RuleOutcome> RecordAsync(PerformanceTarget target, CancellationToken ct = default)
    {
        var outcome = await ReviewAsync(TargetReviewInput.From(target, await BudgetFenAsync(target.SubjectKind, target.SubjectId, ct)), target.AsOutcomeSubject(), ct);
        db.RuleOutcomes.Add(outcome);
        target.RecordReview(outcome);
        return outcome;
    }

    /// <summary>Reviews an input (saved or not) for a subject; nothing is stored.</summary>
    public async Task<RuleOutcome> ReviewAsync(TargetReviewInput input, OutcomeSubject subject, CancellationToken ct = default)
    {
        var section = await packs.TargetReviewAsync(subject.RegionId, subject.FiscalYear, ct);
        var copies = await CopyIndexAsync(subject.RegionId, subject.FiscalYear, ct);
        return Outcome(section, input, subject, copies, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Reviews many targets at once (an import): one copy index per region and year, built from the stored targets with
    /// the ones being saved (and their <paramref name="companions"/>, saved in the same import) in their new form; each
    /// result is recorded on its target.
    /// </summary>
    public async Task RecordManyAsync(IReadOnlyList<PerformanceTarget> targets, IReadOnlyList<PerformanceTarget>? companions = null, CancellationToken ct = default)
    {
        foreach (var group in targets.GroupBy(t => (t.RegionId, t.FiscalYear)))
        {
            var section = await packs.TargetReviewAsync(group.Key.RegionId, group.Key.FiscalYear, ct);
            var fresh = group.Concat((companions ?? []).Where(c => c.RegionId == group.Key.RegionId && c.FiscalYear == group.Key.FiscalYear)).ToList();
            var changed = fresh.Select(t => t.SubjectId).ToHashSet();
            var stored = await PeersAsync(group.Key.RegionId, group.Key.FiscalYear, ct);
            var budgets = await BudgetsAsync(group.Where(t => t.SubjectKind == TargetSubjectKind.Project).Select(t => t.SubjectId).ToList(), ct);
            var inputs = group.Select(t => (Target: t, Input: TargetReviewInput.From(t, t.SubjectKind == TargetSubjectKind.Project ? budgets.GetValueOrDefault(t.SubjectId) : null))).ToList();
            var others = fresh.Skip(inputs.Count).Select(t => TargetReviewInput.From(t).AsPeer(t.SubjectName));
            var copies = new CopyIndex(stored.Where(p => !changed.Contains(p.SubjectId)).Concat(inputs.Select(i => i.Input.AsPeer(i.Target.SubjectName))).Concat(others));
            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var (target, input) in inputs)
            {
                var outcome = Outcome(section, input, target.AsOutcomeSubject(), copies, at);
                db.RuleOutcomes.Add(outcome);
                target.RecordReview(outcome);
            }
        }
    }

    /// <summary>The money of a target's subject, for the money-consistency check (a project's adjusted budget).</summary>
    public async Task<long?> BudgetFenAsync(TargetSubjectKind kind, long subjectId, CancellationToken ct = default) =>
        kind == TargetSubjectKind.Project
            ? await db.Projects.AsNoTracking().Where(p => p.Id == subjectId).Select(p => (long?)p.AdjustedTotalFen).FirstOrDefaultAsync(ct)
            : null;

    private async Task<Dictionary<long, long?>> BudgetsAsync(List<long> projectIds, CancellationToken ct)
    {
        var result = new Dictionary<long, long?>();
        foreach (var chunk in projectIds.Chunk(1000))
        {
            foreach (var p in await db.Projects.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.AdjustedTotalFen }).ToListAsync(ct))
            {
                result[p.Id] = p.AdjustedTotalFen;
            }
        }

        return result;
    }

    /// <summary>The current targets of a region and year, as the copy check needs them (no indicator rows are loaded).</summary>
    public async Task<CopyIndex> CopyIndexAsync(long regionId, int fiscalYear, CancellationToken ct = default) =>
        new(await PeersAsync(regionId, fiscalYear, ct));

    private Task<List<PeerText>> PeersAsync(long regionId, int fiscalYear, CancellationToken ct) =>
        db.PerformanceTargets.AsNoTracking()
            .Where(t => t.RegionId == regionId && t.FiscalYear == fiscalYear && t.Status != TargetStatus.Superseded)
            .Select(t => new PeerText(t.Id, t.SubjectId, t.SubjectName, t.DepartmentId, t.AnnualGoal, t.IndicatorSignature))
            .ToListAsync(ct);
}
