using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("审计日志").RequireAuthorization(Policies.AuditReaders);
        group.MapGet("/records", ListAsync).WithName("ListAuditRecords").WithSummary("审计记录（最新在前）");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAuditChain").WithSummary("核验审计哈希链是否完整");
    }

    private static async Task<Results<Ok<PagedResult<AuditRecordDto>>, ProblemHttpResult>> ListAsync(
        string? entityType, string? keyword, int? page, int? pageSize, ListAuditRecordsHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ListAuditRecordsQuery(entityType, keyword, page ?? 1, pageSize ?? 50), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(VerifyAuditChainHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));
}
