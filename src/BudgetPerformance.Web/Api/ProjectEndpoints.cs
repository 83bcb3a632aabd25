using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class ProjectEndpoints
{
    public static void MapProjectEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("预算项目").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListProjects").WithSummary("项目列表：筛选、排序、分页，按权限范围过滤");
        group.MapGet("/{id:long}", GetAsync).WithName("GetProject").WithSummary("项目详情（含分来源资金）");
    }

    private static async Task<Results<Ok<PagedResult<ProjectListItem>>, ProblemHttpResult>> ListAsync(
        [AsParameters] ProjectFilter filter, ListProjectsHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(filter.ToQuery(), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> GetAsync(long id, GetProjectHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}

/// <summary>Query-string filters of the project list.</summary>
public sealed record ProjectFilter(
    int? Year, string? Keyword, long? DepartmentId, long? UnitId, long? RegionId, BudgetKind? BudgetKind,
    SpecialCategory? Category, ProjectType? ProjectType, Sector? Sector, bool? IsNew,
    ProjectSort? Sort, bool? Desc, int? Page, int? PageSize)
{
    public ListProjectsQuery ToQuery() => new()
    {
        FiscalYear = Year,
        Keyword = Keyword,
        DepartmentId = DepartmentId,
        OwnerUnitId = UnitId,
        RegionId = RegionId,
        BudgetKind = BudgetKind,
        SpecialCategory = Category,
        ProjectType = ProjectType,
        Sector = Sector,
        IsNew = IsNew,
        Sort = Sort ?? ProjectSort.Code,
        Descending = Desc ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? 20,
    };
}
