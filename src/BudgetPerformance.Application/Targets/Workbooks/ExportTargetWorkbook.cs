using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>Writes the project targets the user may see (as filtered in the list) as 项目支出绩效目标申报表, one sheet each.</summary>
public sealed class ExportTargetWorkbookHandler(IAppDbContext db, AccessScopeResolver scopes, ICurrentUser currentUser, ITargetWorkbooks workbooks, IAuditEvents events)
{
    public const int MaxProjects = 2_000;

    public async Task<int> HandleAsync(ListTargetsQuery filter, Stream output, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !PagingRules.Check(1, 1, filter.Keyword).IsSuccess)
        {
            return 0;
        }

        var ids = await ListTargetsHandler.ApplyFilters(ListTargetsHandler.VisibleTo(db.PerformanceTargets.AsNoTracking(), scope), filter with { SubjectKind = TargetSubjectKind.Project }, actor)
            .OrderBy(t => t.SubjectName).Take(MaxProjects).Select(t => t.Id).ToListAsync(ct);
        var targets = await db.PerformanceTargets.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.SubjectName).ToListAsync(ct);
        var projectIds = targets.Select(t => t.SubjectId).ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var orgIds = targets.SelectMany(t => new[] { t.OwnerUnitId, t.DepartmentId }).Distinct().ToList();
        var orgs = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var sheets = targets.Select(t => ToSheet(t, projects[t.SubjectId], orgs)).ToList();
        if (sheets.Count > 0)
        {
            workbooks.Write(output, sheets);
        }

        await events.RecordAsync("导出绩效目标申报表", "PerformanceTarget", string.Empty,
            $"{sheets.Count} 个项目；筛选：年度 {filter.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "全部"}{(string.IsNullOrWhiteSpace(filter.Keyword) ? string.Empty : $"，关键字“{filter.Keyword}”")}", ct);
        return sheets.Count;
    }

    public static TargetSheet ToSheet(PerformanceTarget t, Project p, IReadOnlyDictionary<long, string> orgs) => new(
        p.Name,
        p.FiscalYear,
        p.Name,
        p.Code,
        orgs.GetValueOrDefault(t.DepartmentId, string.Empty),
        orgs.GetValueOrDefault(t.OwnerUnitId, string.Empty),
        $"{BudgetTerms.NewOrContinuing(p.IsNew)} · {BudgetTerms.Of(p.ProjectType)}",
        $"{p.StartYear}–{p.EndYear}年",
        p.AdjustedBudget.Total.ToWanYuanString().Replace(",", string.Empty, StringComparison.Ordinal),
        p.AdjustedBudget.CurrentYearAppropriation.ToWanYuanString().Replace(",", string.Empty, StringComparison.Ordinal),
        p.AdjustedBudget.CarryOver.ToWanYuanString().Replace(",", string.Empty, StringComparison.Ordinal),
        p.AdjustedBudget.Other.ToWanYuanString().Replace(",", string.Empty, StringComparison.Ordinal),
        t.OverallGoal,
        t.AnnualGoal,
        t.Indicators.OrderBy(i => i.Position).Select(i => new TargetSheetIndicator(
            0, IndicatorFrameworks.Name(i.Level1), IndicatorFrameworks.Name(i.Level2), i.Name, i.Value.ToString(),
            i.Weight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), IndicatorFrameworks.Name(i.ValueSource), i.ScoringStandard,
            new Dictionary<string, string>())).ToList(),
        new Dictionary<string, string>(),
        ExportedRevision: t.Revision);
}
