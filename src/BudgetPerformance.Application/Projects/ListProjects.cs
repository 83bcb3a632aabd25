using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Projects;

/// <summary>Filters, sort and page of the project list.</summary>
public sealed record ListProjectsQuery
{
    public int? FiscalYear { get; init; }
    public string? Keyword { get; init; }
    public long? DepartmentId { get; init; }
    public long? OwnerUnitId { get; init; }
    public long? RegionId { get; init; }
    public BudgetKind? BudgetKind { get; init; }
    public SpecialCategory? SpecialCategory { get; init; }
    public ProjectType? ProjectType { get; init; }
    public Sector? Sector { get; init; }
    public bool? IsNew { get; init; }
    public ProjectSort Sort { get; init; } = ProjectSort.Code;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public enum ProjectSort
{
    Code,
    Name,
    AdjustedTotal,
    Department,
    BudgetKind,
}

public sealed record ProjectListItem(
    long Id,
    string Code,
    string Name,
    int FiscalYear,
    long DepartmentId,
    string DepartmentName,
    long OwnerUnitId,
    string OwnerUnitName,
    BudgetKind BudgetKind,
    SpecialCategory SpecialCategory,
    ProjectType ProjectType,
    bool IsNew,
    long AdjustedTotalFen)
{
    public string BudgetKindName => BudgetTerms.Of(BudgetKind);
    public string SpecialCategoryName => BudgetTerms.Of(SpecialCategory);
    public string ProjectTypeName => BudgetTerms.Of(ProjectType);
    public string AdjustedTotalWanYuan => new Money(AdjustedTotalFen).ToWanYuanString();
}

public sealed class ListProjectsHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public async Task<Result<PagedResult<ProjectListItem>>> HandleAsync(ListProjectsQuery q, CancellationToken ct = default)
    {
        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var scope = await scopes.ResolveAsync(ct);
        var projects = Filter(db.Projects.AsNoTracking().VisibleTo(scope).InLibrary(), q);
        var total = await projects.CountAsync(ct);

        var rows =
            from p in projects
            join d in db.Organizations on p.DepartmentId equals d.Id
            join u in db.Organizations on p.OwnerUnitId equals u.Id
            select new { p, DepartmentName = d.Name, UnitName = u.Name };

        rows = (q.Sort, q.Descending) switch
        {
            (ProjectSort.Name, false) => rows.OrderBy(r => r.p.Name).ThenBy(r => r.p.Id),
            (ProjectSort.Name, true) => rows.OrderByDescending(r => r.p.Name).ThenBy(r => r.p.Id),
            (ProjectSort.AdjustedTotal, false) => rows.OrderBy(r => r.p.AdjustedTotalFen).ThenBy(r => r.p.Id),
            (ProjectSort.AdjustedTotal, true) => rows.OrderByDescending(r => r.p.AdjustedTotalFen).ThenBy(r => r.p.Id),
            (ProjectSort.Department, false) => rows.OrderBy(r => r.DepartmentName).ThenBy(r => r.p.Code),
            (ProjectSort.Department, true) => rows.OrderByDescending(r => r.DepartmentName).ThenBy(r => r.p.Code),
            (ProjectSort.BudgetKind, false) => rows.OrderBy(r => r.p.BudgetKind).ThenBy(r => r.p.Code),
            (ProjectSort.BudgetKind, true) => rows.OrderByDescending(r => r.p.BudgetKind).ThenBy(r => r.p.Code),
            (_, true) => rows.OrderByDescending(r => r.p.Code),
            _ => rows.OrderBy(r => r.p.Code),
        };

        var items = await rows
            .Skip((q.Page - 1) * q.PageSize)
            .Take(q.PageSize)
            .Select(r => new ProjectListItem(
                r.p.Id, r.p.Code, r.p.Name, r.p.FiscalYear, r.p.DepartmentId, r.DepartmentName, r.p.OwnerUnitId, r.UnitName,
                r.p.BudgetKind, r.p.SpecialCategory, r.p.ProjectType, r.p.IsNew, r.p.AdjustedTotalFen))
            .ToListAsync(ct);

        return new PagedResult<ProjectListItem>(items, total, q.Page, q.PageSize);
    }

    private static IQueryable<Project> Filter(IQueryable<Project> projects, ListProjectsQuery q)
    {
        if (q.FiscalYear is { } year)
        {
            projects = projects.Where(p => p.FiscalYear == year);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            var k = q.Keyword.Trim();
            projects = projects.Where(p => p.Name.Contains(k) || p.Code.StartsWith(k));
        }

        if (q.DepartmentId is { } dept)
        {
            projects = projects.Where(p => p.DepartmentId == dept);
        }

        if (q.OwnerUnitId is { } unit)
        {
            projects = projects.Where(p => p.OwnerUnitId == unit);
        }

        if (q.RegionId is { } region)
        {
            projects = projects.Where(p => p.RegionId == region);
        }

        if (q.BudgetKind is { } kind)
        {
            projects = projects.Where(p => p.BudgetKind == kind);
        }

        if (q.SpecialCategory is { } category)
        {
            projects = projects.Where(p => p.SpecialCategory == category);
        }

        if (q.ProjectType is { } type)
        {
            projects = projects.Where(p => p.ProjectType == type);
        }

        if (q.Sector is { } sector)
        {
            projects = projects.Where(p => p.Sector == sector);
        }

        if (q.IsNew is { } isNew)
        {
            projects = projects.Where(p => p.IsNew == isNew);
        }

        return projects;
    }
}
