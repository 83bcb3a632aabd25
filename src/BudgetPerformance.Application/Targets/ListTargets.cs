using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

public sealed record ListTargetsQuery
{
    public int? FiscalYear { get; init; }
    public string? Keyword { get; init; }
    public TargetStatus? Status { get; init; }
    public long? DepartmentId { get; init; }
    public TargetSubjectKind? SubjectKind { get; init; }

    /// <summary>Only what waits for the current user: to fix, to review, to approve.</summary>
    public bool MyQueue { get; init; }

    /// <summary>Only what has passed the finance review and waits for 批复 (with the budget).</summary>
    public bool ReadyToApprove { get; init; }

    public bool IncludeSuperseded { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>Targets in the user's scope; the queue shows what waits for the user's role.</summary>
public sealed class ListTargetsHandler(IAppDbContext db, AccessScopeResolver scopes, ICurrentUser currentUser)
{
    public async Task<Result<PagedResult<TargetListItem>>> HandleAsync(ListTargetsQuery q, CancellationToken ct = default)
    {
        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        var targets = ApplyFilters(VisibleTo(db.PerformanceTargets.AsNoTracking(), scope), q, actor);
        var total = await targets.CountAsync(ct);
        var rows = await (from t in targets.OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
                          join u in db.Organizations on t.OwnerUnitId equals u.Id
                          join dep in db.Organizations on t.DepartmentId equals dep.Id
                          select new { t.Id, t.SubjectKind, t.SubjectId, t.SubjectName, Unit = u.Name, Dept = dep.Name, t.FiscalYear, t.Version, t.Status, Count = t.Indicators.Count, Errors = (int?)t.LastReview!.ErrorCount, Warnings = (int?)t.LastReview!.WarningCount, t.FinanceGrade, t.UpdatedAt })
            .ToListAsync(ct);
        var items = rows.Select(r => new TargetListItem(
            r.Id, r.SubjectKind, r.SubjectId, r.SubjectName, r.Unit, r.Dept, r.FiscalYear, r.Version, r.Status, TargetTerms.Of(r.Status), r.Count,
            r.Errors, r.Warnings, r.FinanceGrade is { } g ? TargetTerms.Of(g) : null, r.UpdatedAt)).ToList();
        return new PagedResult<TargetListItem>(items, total, q.Page, q.PageSize);
    }

    /// <summary>The list's filters, shared with the workbook export so both show the same targets.</summary>
    public static IQueryable<PerformanceTarget> ApplyFilters(IQueryable<PerformanceTarget> targets, ListTargetsQuery q, Actor? actor)
    {
        if (!q.IncludeSuperseded && q.Status != TargetStatus.Superseded)
        {
            targets = targets.Where(t => t.Status != TargetStatus.Superseded);
        }

        if (q.FiscalYear is { } y)
        {
            targets = targets.Where(t => t.FiscalYear == y);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            targets = targets.Where(t => t.SubjectName.Contains(q.Keyword.Trim()));
        }

        if (q.Status is { } s)
        {
            targets = targets.Where(t => t.Status == s);
        }

        if (q.DepartmentId is { } d)
        {
            targets = targets.Where(t => t.DepartmentId == d);
        }

        if (q.SubjectKind is { } k)
        {
            targets = targets.Where(t => t.SubjectKind == k);
        }

        if (q.ReadyToApprove)
        {
            targets = targets.Where(t => t.Status == TargetStatus.ReviewPassed);
        }

        return q.MyQueue && actor is not null ? Queue(targets, actor) : targets;
    }

    public static IQueryable<PerformanceTarget> VisibleTo(IQueryable<PerformanceTarget> targets, AccessScope scope) => scope.Kind switch
    {
        AccessScopeKind.Region => targets.Where(t => scope.RegionIds.Contains(t.RegionId)),
        AccessScopeKind.Department => targets.Where(t => t.DepartmentId == scope.DepartmentId),
        AccessScopeKind.Unit => targets.Where(t => t.OwnerUnitId == scope.UnitId),
        _ => targets.Where(t => false),
    };

    /// <summary>"待我处理": the statuses in which the workflow matrix queues work for each party the user acts as.</summary>
    private static IQueryable<PerformanceTarget> Queue(IQueryable<PerformanceTarget> targets, Actor actor)
    {
        var org = actor.OrganizationId;
        var unit = actor.Has(Role.BudgetUnit);
        var dept = actor.Has(Role.Department);
        var finance = actor.Has(Role.FinanceReviewer);
        var unitStatuses = TargetWorkflow.QueuedFor(TargetParty.OwnerUnit).ToList();
        var deptStatuses = TargetWorkflow.QueuedFor(TargetParty.Department).ToList();
        var financeStatuses = TargetWorkflow.QueuedFor(TargetParty.Finance).ToList();
        return targets.Where(t =>
            (unit && t.OwnerUnitId == org && unitStatuses.Contains(t.Status))
            || (dept && t.DepartmentId == org && deptStatuses.Contains(t.Status))
            || (finance && financeStatuses.Contains(t.Status)));
    }
}
