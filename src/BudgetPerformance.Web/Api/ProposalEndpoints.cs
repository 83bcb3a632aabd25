using BudgetPerformance.Application.Proposals;
using BudgetPerformance.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class ProposalEndpoints
{
    public static void MapProposalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/proposals").WithTags("新增项目申报").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListProposals").WithSummary("新增项目申报（未入库或未通过的项目）及其绩效目标状态");
        group.MapPost("/", DeclareAsync).WithName("DeclareProposal").WithSummary("预算单位为本单位申报新增项目，同时生成绩效目标草稿；经审核通过后进入项目库");
    }

    private static async Task<Ok<IReadOnlyList<ProposalListItem>>> ListAsync(int? year, ListProposalsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(year, ct));

    private static async Task<Results<Ok<ProposalCreated>, ProblemHttpResult>> DeclareAsync(DeclareProposalRequest request, DeclareProposalHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
