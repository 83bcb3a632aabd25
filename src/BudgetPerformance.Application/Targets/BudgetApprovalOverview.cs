using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

public sealed record BudgetApprovalSummary(int Projects, int Approved, int ReadyToApprove, int Blocked, long BlockedFen, int WithoutTarget)
{
    public string BlockedWanYuan => new Money(BlockedFen).ToWanYuanString();
}

public sealed record BudgetLine(long ProjectId, string Code, string Name, string OwnerUnitName, long AdjustedTotalFen, bool IsBudgetApproved, long? TargetId, TargetStatus? TargetStatus, string TargetStatusName)
{
    public string AdjustedTotalWanYuan => new Money(AdjustedTotalFen).ToWanYuanString();

    /// <summary>无目标、不预算: only a target that passed review lets the line be approved.</summary>
    public bool CanApprove => !IsBudgetApproved && TargetStatus == Domain.Targets.TargetStatus.ReviewPassed;
}

public sealed record BudgetApprovalQuery(int FiscalYear, bool OnlyBlocked = false, string? Keyword = null, int Page = 1, int PageSize = 20);

/// <summary>
/// 无目标、不预算 in the budget view: which projects lack a target that passed review, how many and how much money
/// is held back; and the lines ready to be approved with their targets.
/// </summary>
public sealed class BudgetApprovalOverviewHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public async Task<BudgetApprovalSummary> SummaryAsync(int fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var rows = await (
                from l in Lines(scope, fiscalYear)
                group l.Total by new { l.Approved, l.Status } into g
                select new { g.Key.Approved, g.Key.Status, Count = g.Count(), Total = g.Sum() })
            .ToListAsync(ct);
        var blocked = rows.Where(r => !r.Approved && r.Status is not TargetStatus.ReviewPassed).ToList();
        return new BudgetApprovalSummary(
            rows.Sum(r => r.Count),
            rows.Where(r => r.Approved).Sum(r => r.Count),
            rows.Where(r => !r.Approved && r.Status == TargetStatus.ReviewPassed).Sum(r => r.Count),
            blocked.Sum(r => r.Count),
            blocked.Sum(r => r.Total),
            rows.Where(r => r.Status is null).Sum(r => r.Count));
    }

    public async Task<Result<PagedResult<BudgetLine>>> ListAsync(BudgetApprovalQuery q, CancellationToken ct = default)
    {
        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var lines = Lines(await scopes.ResolveAsync(ct), q.FiscalYear);
        if (q.OnlyBlocked)
        {
            lines = lines.Where(x => !x.Approved && x.Status != TargetStatus.ReviewPassed);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            lines = lines.Where(x => x.Name.Contains(q.Keyword.Trim()));
        }

        var total = await lines.CountAsync(ct);
        var page = await lines.OrderByDescending(x => x.Total).ThenBy(x => x.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        var items = page.Select(x => new BudgetLine(x.Id, x.Code, x.Name, x.Unit, x.Total, x.Approved, x.TargetId, x.Status,
            x.Status is { } s ? TargetTerms.Of(s) : "未填报绩效目标")).ToList();
        return new PagedResult<BudgetLine>(items, total, q.Page, q.PageSize);
    }

    private sealed class Line
    {
        public long Id { get; init; }
        public string Code { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public string Unit { get; init; } = string.Empty;
        public long Total { get; init; }
        public bool Approved { get; init; }
        public long? TargetId { get; init; }
        public TargetStatus? Status { get; init; }
    }

    /// <summary>Each project of the year with the target in force for it (if any).</summary>
    private IQueryable<Line> Lines(Domain.Organizations.AccessScope scope, int fiscalYear) =>
        from p in db.Projects.AsNoTracking().VisibleTo(scope).InLibrary().Where(p => p.FiscalYear == fiscalYear)
        join u in db.Organizations on p.OwnerUnitId equals u.Id
        join t in TargetQueries.InForce(db.PerformanceTargets.AsNoTracking()).Where(t => t.SubjectKind == TargetSubjectKind.Project) on p.Id equals t.SubjectId into targets
        from t in targets.DefaultIfEmpty()
        select new Line
        {
            Id = p.Id, Code = p.Code, Name = p.Name, Unit = u.Name, Total = p.AdjustedTotalFen, Approved = p.IsBudgetApproved,
            TargetId = t == null ? null : (long?)t.Id,
            Status = t == null ? null : (TargetStatus?)t.Status,
        };
}
