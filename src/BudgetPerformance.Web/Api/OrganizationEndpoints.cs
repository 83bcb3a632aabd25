using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class OrganizationEndpoints
{
    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("组织机构").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListOrganizations").WithSummary("组织机构列表（主管部门、预算单位等），按权限范围过滤");
        group.MapGet("/departments", DepartmentsAsync).WithName("ListDepartments").WithSummary("主管部门列表");
        group.MapGet("/budget-units", UnitsAsync).WithName("ListBudgetUnits").WithSummary("二级预算单位列表");
    }

    private static async Task<Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult>> ListAsync(
        [AsParameters] OrganizationFilter filter, ListOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(filter.ToQuery(filter.Kind), ct));

    private static async Task<Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult>> DepartmentsAsync(
        [AsParameters] OrganizationFilter filter, ListOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(filter.ToQuery(OrganizationKind.Department), ct));

    private static async Task<Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult>> UnitsAsync(
        [AsParameters] OrganizationFilter filter, ListOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(filter.ToQuery(OrganizationKind.BudgetUnit), ct));

    private static Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult> Map(BudgetPerformance.Domain.Common.Result<PagedResult<OrganizationListItem>> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
}

/// <summary>Query-string filters of the organisation lists.</summary>
public sealed record OrganizationFilter(
    OrganizationKind? Kind, string? Keyword, long? DepartmentId, Sector? Sector, int? Year,
    OrganizationSort? Sort, bool? Desc, int? Page, int? PageSize)
{
    public ListOrganizationsQuery ToQuery(OrganizationKind? kind) => new()
    {
        Kind = kind,
        Keyword = Keyword,
        DepartmentId = DepartmentId,
        Sector = Sector,
        FiscalYear = Year,
        Sort = Sort ?? OrganizationSort.Code,
        Descending = Desc ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? 20,
    };
}
