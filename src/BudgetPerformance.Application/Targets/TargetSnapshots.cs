using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>A target as a full review reads it: the review's input, with the name and region the report needs.</summary>
public sealed record ReviewSubject(TargetReviewInput Input, string SubjectName, long RegionId);

/// <summary>
/// Reads many targets for reviewing only: goal and indicator columns as flat rows (no history, no stored review),
/// projected straight into review inputs. At province scale this reads a fraction of what loading the entities does.
/// </summary>
public static class TargetSnapshots
{
    public static async Task<List<ReviewSubject>> LoadAsync(IQueryable<PerformanceTarget> targets, IQueryable<Domain.Budgets.Project> projects, CancellationToken ct)
    {
        var heads = await (from t in targets.AsNoTracking()
                           join p in projects.AsNoTracking() on new { Kind = t.SubjectKind, Id = t.SubjectId } equals new { Kind = TargetSubjectKind.Project, Id = p.Id } into ps
                           from p in ps.DefaultIfEmpty()
                           select new { t.Id, t.SubjectId, t.SubjectName, t.DepartmentId, t.RegionId, t.Framework, t.AnnualGoal, t.IndicatorSignature, Budget = p == null ? (long?)null : p.AdjustedTotalFen })
            .ToListAsync(ct);
        var rows = await targets.AsNoTracking()
            .SelectMany(t => t.Indicators)
            .Select(i => new
            {
                TargetId = EF.Property<long>(i, "TargetId"), i.Position, i.Level1, i.Level2, i.Name, i.Operator, i.Number, i.Unit, i.Text, i.WeightHundredths,
                i.ScoringStandard, i.LastYearActual, i.DueFrom, i.DueUntil, i.Written, i.ReadingNotes,
            })
            .ToListAsync(ct);
        var byTarget = rows.GroupBy(r => r.TargetId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(r => r.Position).Select(r => new ReviewIndicator(
                r.Level1, r.Level2, r.Name, r.Operator, r.Number, r.Unit, r.Text, r.WeightHundredths, r.ScoringStandard, r.LastYearActual, r.DueFrom, r.DueUntil,
                r.Written, r.ReadingNotes is null ? null : Domain.Indicators.Reading.ReadingNote.Split(r.ReadingNotes))).ToList());
        return heads.Select(h => new ReviewSubject(
            new TargetReviewInput(h.Id, h.SubjectId, h.DepartmentId, h.Framework, h.AnnualGoal, byTarget.GetValueOrDefault(h.Id) ?? [], h.Budget).WithSignature(h.IndicatorSignature), h.SubjectName, h.RegionId)).ToList();
    }
}
