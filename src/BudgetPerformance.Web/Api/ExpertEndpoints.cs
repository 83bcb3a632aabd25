using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class ExpertEndpoints
{
    public static void MapExpertEndpoints(this IEndpointRouteBuilder app)
    {
        var experts = app.MapGroup("/api/experts").WithTags("专家库").RequireAuthorization();
        experts.MapGet("/", ListAsync).WithName("ListExperts").WithSummary("本地区专家库（财政局工作人员）");
        var admin = app.MapGroup("/api/experts").WithTags("专家库").RequireAuthorization(Policies.FinanceAdmin);
        admin.MapPost("/", CreateAsync).WithName("CreateExpert").WithSummary("专家入库（不填编号时由专家库按顺序编号）");
        admin.MapPut("/{id:long}", EditAsync).WithName("EditExpert").WithSummary("修改专家信息（须带上打开时的修订号）");
        admin.MapPost("/{id:long}/close", CloseAsync).WithName("CloseExpert").WithSummary("专家移出专家库（停用其账户）");
        admin.MapPost("/{id:long}/reopen", ReopenAsync).WithName("ReopenExpert").WithSummary("专家恢复入库");

        var relations = app.MapGroup("/api/relations").WithTags("利害关系申报").RequireAuthorization();
        relations.MapGet("/", RelationsAsync).WithName("ListDeclaredRelations").WithSummary("第三方机构或专家申报的利害关系（本人或财政局工作人员）");
        relations.MapPost("/", DeclareAsync).WithName("DeclareRelation").WithSummary("申报利害关系（本人或财政局管理员代为登记），申报后评价和审核该单位时回避");
        relations.MapPost("/{id:long}/withdraw", WithdrawAsync).WithName("WithdrawRelation").WithSummary("撤回利害关系申报（须写明原因，记录保留）");
    }

    private static Results<Ok<T>, ProblemHttpResult> Map<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static Results<NoContent, ProblemHttpResult> Map(Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    private static async Task<Results<Ok<PagedResult<ExpertListItem>>, ProblemHttpResult>> ListAsync(
        string? keyword, Sector? specialty, bool? includeClosed, int? page, int? pageSize, ListExpertsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(new ListExpertsQuery(keyword, specialty, includeClosed ?? false, page ?? 1, pageSize ?? 20), ct));

    private static async Task<Results<Ok<long>, ProblemHttpResult>> CreateAsync(CreateExpertRequest request, ManageExpertsHandler handler, CancellationToken ct) =>
        Map(await handler.CreateAsync(request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> EditAsync(long id, EditExpertRequest request, ManageExpertsHandler handler, CancellationToken ct) =>
        Map(await handler.EditAsync(id, request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> CloseAsync(long id, CloseOrganizationRequest request, ManageExpertsHandler handler, CancellationToken ct) =>
        Map(await handler.CloseAsync(id, request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> ReopenAsync(long id, ReopenOrganizationRequest request, ManageExpertsHandler handler, CancellationToken ct) =>
        Map(await handler.ReopenAsync(id, request, ct));

    private static async Task<Results<Ok<IReadOnlyList<RelationDto>>, ProblemHttpResult>> RelationsAsync(
        RelationParty party, long partyId, DeclaredRelationsHandler handler, CancellationToken ct) =>
        Map(await handler.ListAsync(party, partyId, ct));

    private static async Task<Results<Ok<long>, ProblemHttpResult>> DeclareAsync(DeclareRelationRequest request, DeclaredRelationsHandler handler, CancellationToken ct) =>
        Map(await handler.DeclareAsync(request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> WithdrawAsync(long id, WithdrawRelationRequest request, DeclaredRelationsHandler handler, CancellationToken ct) =>
        Map(await handler.WithdrawAsync(id, request, ct));
}
