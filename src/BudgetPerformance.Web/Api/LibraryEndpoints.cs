using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Indicators;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class LibraryEndpoints
{
    public static void MapLibraryEndpoints(this IEndpointRouteBuilder app)
    {
        var library = app.MapGroup("/api/indicators").WithTags("指标库").RequireAuthorization();
        library.MapGet("/", SearchAsync).WithName("SearchIndicators").WithSummary("检索指标库（共性与行业指标）");
        library.MapPost("/", AddAsync).WithName("AddIndicator").WithSummary("财政部门新增指标；主管部门提议本行业指标（待确认）");
        library.MapPut("/{id:long}", ReviseAsync).WithName("ReviseIndicator").WithSummary("财政部门修改已确认的指标（已选用的绩效目标保留原副本）");
        library.MapPost("/{id:long}/retirement", RetireAsync).WithName("RetireIndicator").WithSummary("财政部门停用或恢复指标（须说明理由；已选用的绩效目标不受影响）");
        library.MapPost("/{id:long}/decision", DecideAsync).WithName("DecideIndicatorProposal").WithSummary("财政部门确认或不予采纳提议的行业指标");

        var budget = app.MapGroup("/api/budget-approval").WithTags("预算批复").RequireAuthorization();
        budget.MapGet("/summary", SummaryAsync).WithName("GetBudgetApprovalSummary").WithSummary("无目标、不预算：可批复与被拦截的项目数和金额");
        budget.MapPost("/projects/{projectId:long}/approve", ApproveProjectAsync).WithName("ApproveProjectBudget").WithSummary("批复项目预算（须有审核通过的绩效目标）");
        budget.MapGet("/lines", LinesAsync).WithName("ListBudgetLines").WithSummary("预算项目及其绩效目标状态");
    }

    private static async Task<Results<Ok<PagedResult<LibraryIndicatorDto>>, ProblemHttpResult>> SearchAsync(
        string? keyword, Sector? sector, Level1? level1, bool? includeCommon, LibraryIndicatorStatus? status, int? page, int? pageSize,
        SearchLibraryHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new SearchLibraryQuery(keyword, sector, level1, includeCommon ?? true, status ?? LibraryIndicatorStatus.Confirmed, page ?? 1, pageSize ?? 20), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LibraryIndicatorDto>, ProblemHttpResult>> AddAsync(AddLibraryIndicatorRequest request, AddLibraryIndicatorHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LibraryIndicatorDto>, ProblemHttpResult>> ReviseAsync(long id, ReviseLibraryIndicatorRequest request, MaintainLibraryIndicatorHandler handler, CancellationToken ct)
    {
        var result = await handler.ReviseAsync(request with { Id = id }, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LibraryIndicatorDto>, ProblemHttpResult>> RetireAsync(long id, RetireLibraryIndicatorRequest request, MaintainLibraryIndicatorHandler handler, CancellationToken ct)
    {
        var result = await handler.RetireAsync(request with { Id = id }, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LibraryIndicatorDto>, ProblemHttpResult>> DecideAsync(long id, DecideProposalRequest request, DecideProposalHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request with { Id = id }, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Ok<BudgetApprovalSummary>> SummaryAsync(int year, BudgetApprovalOverviewHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.SummaryAsync(year, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> ApproveProjectAsync(long projectId, ApproveProjectBudgetHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(projectId, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<PagedResult<BudgetLine>>, ProblemHttpResult>> LinesAsync(
        int year, bool? onlyBlocked, string? keyword, int? page, int? pageSize, BudgetApprovalOverviewHandler handler, CancellationToken ct)
    {
        var result = await handler.ListAsync(new BudgetApprovalQuery(year, onlyBlocked ?? false, keyword, page ?? 1, pageSize ?? 20), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
