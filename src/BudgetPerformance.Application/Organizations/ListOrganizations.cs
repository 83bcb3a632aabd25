using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Organizations;

public sealed record ListOrganizationsQuery
{
    public OrganizationKind? Kind { get; init; }
    public string? Keyword { get; init; }
    public long? DepartmentId { get; init; }
    public Sector? Sector { get; init; }
    public int? FiscalYear { get; init; }
    /// <summary>Closed (撤销) organisations are left out unless asked for.</summary>
    public bool IncludeClosed { get; init; }
    public OrganizationSort Sort { get; init; } = OrganizationSort.Code;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public enum OrganizationSort
{
    Code,
    Name,
}

public sealed record OrganizationListItem(
    long Id, string Code, string Name, OrganizationKind Kind, string KindName, string? ParentName, string? SectorName,
    string RegionName, int ProjectCount, long ProjectTotalFen, bool IsClosed = false)
{
    public string ProjectTotalWanYuan => new Money(ProjectTotalFen).ToWanYuanString();
}

/// <summary>Departments, budget units and the other organisations the user may see, with their projects' money.</summary>
public sealed class ListOrganizationsHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public async Task<Result<PagedResult<OrganizationListItem>>> HandleAsync(ListOrganizationsQuery q, CancellationToken ct = default)
    {
        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var scope = await scopes.ResolveAsync(ct);
        var orgs = db.Organizations.AsNoTracking().VisibleTo(scope);
        if (!q.IncludeClosed)
        {
            orgs = orgs.Where(o => !o.IsClosed);
        }

        if (q.Kind is { } kind)
        {
            orgs = orgs.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            var k = q.Keyword.Trim();
            orgs = orgs.Where(o => o.Name.Contains(k) || o.Code.StartsWith(k));
        }

        if (q.DepartmentId is { } dept)
        {
            orgs = orgs.Where(o => o.Id == dept || o.ParentId == dept);
        }

        if (q.Sector is { } sector)
        {
            orgs = orgs.Where(o => o.Sector == sector);
        }

        var total = await orgs.CountAsync(ct);
        orgs = (q.Sort, q.Descending) switch
        {
            (OrganizationSort.Name, false) => orgs.OrderBy(o => o.Name).ThenBy(o => o.Id),
            (OrganizationSort.Name, true) => orgs.OrderByDescending(o => o.Name).ThenBy(o => o.Id),
            (_, true) => orgs.OrderByDescending(o => o.Code),
            _ => orgs.OrderBy(o => o.Code),
        };

        var page = await (
                from o in orgs.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
                join r in db.Regions on o.RegionId equals r.Id
                join parent in db.Organizations on o.ParentId equals parent.Id into parents
                from parent in parents.DefaultIfEmpty()
                select new { o, RegionName = r.Name, ParentName = parent == null ? null : parent.Name })
            .ToListAsync(ct);

        var ids = page.Select(x => x.o.Id).ToList();
        var projects = db.Projects.AsNoTracking().VisibleTo(scope);
        if (q.FiscalYear is { } year)
        {
            projects = projects.Where(p => p.FiscalYear == year);
        }

        // A department's figures cover its 本级 and its units; a unit's cover its own projects.
        var byUnit = await projects.Where(p => ids.Contains(p.OwnerUnitId))
            .GroupBy(p => p.OwnerUnitId).Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(p => p.AdjustedTotalFen) })
            .ToDictionaryAsync(x => x.Key, ct);
        var byDept = await projects.Where(p => ids.Contains(p.DepartmentId))
            .GroupBy(p => p.DepartmentId).Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(p => p.AdjustedTotalFen) })
            .ToDictionaryAsync(x => x.Key, ct);

        var items = page.Select(x =>
        {
            var figures = x.o.Kind == OrganizationKind.Department ? byDept.GetValueOrDefault(x.o.Id) : byUnit.GetValueOrDefault(x.o.Id);
            return new OrganizationListItem(
                x.o.Id, x.o.Code, x.o.Name, x.o.Kind, BudgetTerms.Of(x.o.Kind), x.ParentName,
                x.o.Sector is { } s ? BudgetTerms.Of(s) : null, x.RegionName, figures?.Count ?? 0, figures?.Total ?? 0, x.o.IsClosed);
        }).ToList();
        return new PagedResult<OrganizationListItem>(items, total, q.Page, q.PageSize);
    }
}
