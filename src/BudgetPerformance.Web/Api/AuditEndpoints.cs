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
        group.MapGet("/export", ExportAsync).WithName("ExportAuditRecords").WithSummary("按筛选条件导出审计记录（.xlsx，北京时间，最多 10 万条）");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAuditChain").WithSummary("核验审计哈希链是否完整");
    }

    private static async Task<Results<Ok<PagedResult<AuditRecordDto>>, ProblemHttpResult>> ListAsync(
        string? entityType, string? keyword, int? page, int? pageSize, DateOnly? from, DateOnly? to, string? userName, string? action, string? entityId,
        ListAuditRecordsHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ListAuditRecordsQuery(entityType, keyword, page ?? 1, pageSize ?? 50, from, to, userName, action, entityId), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<IResult> ExportAsync(
        DateOnly? from, DateOnly? to, string? userName, string? action, string? entityType, string? entityId, ExportAuditRecordsHandler handler, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var result = await handler.HandleAsync(new ListAuditRecordsQuery(entityType, null, 1, 50, from, to, userName, action, entityId), buffer, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        buffer.Position = 0;
        return TypedResults.File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"审计日志-{DateTime.UtcNow.AddHours(8):yyyyMMdd-HHmm}.xlsx");
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(VerifyAuditChainHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));
}
