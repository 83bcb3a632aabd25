using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>
/// Reads many targets for reviewing only: goals and indicator columns as flat rows (no history, no stored review),
/// rebuilt into domain targets in memory. At province scale this reads a fraction of what loading the entities does.
/// </summary>
public static class TargetSnapshots
{
    public static async Task<List<PerformanceTarget>> LoadAsync(IAppDbContext db, IQueryable<PerformanceTarget> targets, DateTime at, CancellationToken ct)
    {
        var heads = await targets.AsNoTracking()
            .Select(t => new { t.Id, t.SubjectKind, t.SubjectId, t.SubjectName, t.OwnerUnitId, t.DepartmentId, t.RegionId, t.FiscalYear, t.Framework, t.OverallGoal, t.AnnualGoal })
            .ToListAsync(ct);
        var rows = await targets.AsNoTracking()
            .SelectMany(t => t.Indicators)
            .Select(i => new
            {
                TargetId = EF.Property<long>(i, "TargetId"), i.Position, i.Level1, i.Level2, i.Name, i.Operator, i.Number, i.Unit, i.Text, i.WeightHundredths, i.ValueSource,
                i.ScoringStandard, i.LibraryIndicatorId, i.LastYearActual,
            })
            .ToListAsync(ct);
        var byTarget = rows.GroupBy(r => r.TargetId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Position).ToList());
        var actor = new ReviewActor(null, "系统");
        var result = new List<PerformanceTarget>(heads.Count);
        foreach (var h in heads)
        {
            var target = PerformanceTarget.Declare(new TargetSubject(h.SubjectKind, h.SubjectId, h.SubjectName, h.OwnerUnitId, h.DepartmentId, h.RegionId, h.FiscalYear), h.Framework, actor, at);
            target.AssignId(h.Id);
            var inputs = byTarget.GetValueOrDefault(h.Id, []).Select(r => new TargetIndicatorInput(
                r.Level1, r.Level2, r.Name, ValueOf(r.Operator, r.Number, r.Unit, r.Text), r.WeightHundredths / 100m, r.ValueSource, r.ScoringStandard,
                r.LibraryIndicatorId, r.LastYearActual)).ToList();
            if (target.Edit(0, h.Framework, h.OverallGoal, h.AnnualGoal, inputs, at).IsSuccess)
            {
                result.Add(target);
            }
        }

        return result;
    }

    private static IndicatorValue ValueOf(IndicatorOperator op, decimal? number, string? unit, string? text) => op switch
    {
        IndicatorOperator.Qualitative => IndicatorValue.Qualitative(text!).Value,
        IndicatorOperator.OtherQuantitative => IndicatorValue.OtherQuantitative(text!).Value,
        _ => IndicatorValue.Comparison(op, number!.Value, unit!).Value,
    };
}
