using BudgetPerformance.Application.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dashboard").WithTags("概览").RequireAuthorization();
        group.MapGet("/", GetAsync).WithName("GetDashboard").WithSummary("本地区（或本单位）预算概览：单位、项目与资金");
        group.MapGet("/years", YearsAsync).WithName("ListFiscalYears").WithSummary("有预算数据的年度");
    }

    private static async Task<Ok<DashboardDto>> GetAsync(int? year, GetDashboardHandler handler, ListFiscalYearsHandler years, TimeProvider clock, CancellationToken ct)
    {
        var fiscalYear = year ?? ListFiscalYearsHandler.DefaultYear(await years.HandleAsync(ct), clock);
        return TypedResults.Ok(await handler.HandleAsync(fiscalYear, ct));
    }

    private static async Task<Ok<IReadOnlyList<int>>> YearsAsync(ListFiscalYearsHandler years, CancellationToken ct) =>
        TypedResults.Ok(await years.HandleAsync(ct));
}
