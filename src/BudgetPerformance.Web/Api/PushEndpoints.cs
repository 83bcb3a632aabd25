using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

/// <summary>
/// What other systems push (国库、预算管理一体化), with a system account's token; and the administration of those
/// accounts by finance.
/// </summary>
public static class PushEndpoints
{
    public static void MapPushEndpoints(this IEndpointRouteBuilder app, UploadLimits limits)
    {
        var accounts = app.MapGroup("/api/system-accounts").WithTags("系统账号").RequireAuthorization(Policies.FinanceAdmin);
        accounts.MapGet(string.Empty, ListAsync).WithName("ListSystemAccounts").WithSummary("推送数据的系统账号（本级及下级区划）");
        accounts.MapPost(string.Empty, CreateAsync).WithName("CreateSystemAccount").WithSummary("创建系统账号：令牌只在此时显示一次，平台只保存其摘要");
        accounts.MapPost("/{id:long}/revoke", RevokeAsync).WithName("RevokeSystemAccount").WithSummary("吊销系统账号：其令牌立即失效");

        var push = app.MapGroup("/api/push").WithTags("数据推送").RequireAuthorization(Policies.SystemPush);
        push.MapPost("/executions", ExecutionsAsync).WithName("PushExecutions")
            .WithSummary("推送按项目、按月的累计执行数（JSON；batchId 为发送方批次号，同一批次号或相同内容只导入一次；全部正确才导入）");
        push.MapPost("/payments", PaymentsAsync).WithName("PushPayments")
            .WithSummary("推送支付明细（JSON，每次不超过 20 万条；金额单位元，冲销为负数；同一凭证号不重复计入）");
        push.MapGet("/held-payments", HeldPaymentsAsync).WithName("ListHeldPayments")
            .WithSummary("暂缓或停止拨款的项目（本系统账号所属区划及下级），国库据此暂停支付");
        push.MapPost("/payments/csv", PaymentsCsvAsync).WithName("PushPaymentsCsv")
            .WithSummary("以 CSV 推送支付明细（请求体为 text/csv，UTF-8 或 GBK；逐行读取，可达数百万笔）")
            .Accepts<string>("text/csv").DisableAntiforgery().WithStreamedUploadLimit(limits);
    }

    private static Results<Ok<T>, ProblemHttpResult> Map<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static async Task<Results<Ok<IReadOnlyList<SystemAccountDto>>, ProblemHttpResult>> ListAsync(SystemAccountsHandler handler, CancellationToken ct) =>
        Map(await handler.ListAsync(ct));

    private static async Task<Results<Ok<CreatedSystemAccount>, ProblemHttpResult>> CreateAsync(CreateSystemAccount body, SystemAccountsHandler handler, CancellationToken ct) =>
        Map(await handler.CreateAsync(body, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(long id, SystemAccountsHandler handler, CancellationToken ct)
    {
        var result = await handler.RevokeAsync(id, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<HeldPayment>>, ProblemHttpResult>> HeldPaymentsAsync(DisposalsHandler handler, CancellationToken ct) =>
        Map(await handler.HeldPaymentsAsync(ct));

    private static async Task<Results<Ok<ImportExecutionResult>, ProblemHttpResult>> ExecutionsAsync(ExecutionPush body, PushExecutionDataHandler handler, CancellationToken ct) =>
        Map(await handler.CumulativeAsync(body, ct));

    private static async Task<Results<Ok<ImportExecutionResult>, ProblemHttpResult>> PaymentsAsync(PaymentPush body, PushExecutionDataHandler handler, CancellationToken ct) =>
        Map(await handler.PaymentsAsync(body, ct));

    private static async Task<Results<Ok<ImportExecutionResult>, ProblemHttpResult>> PaymentsCsvAsync(
        HttpRequest request, int year, string batchId, UploadLimits limits, PushExecutionDataHandler handler, CancellationToken ct)
    {
        // The body is kept on disk while it is read (the encoding is found in a first pass): memory stays flat.
        var path = Path.Combine(Path.GetTempPath(), $"bp-push-{Guid.NewGuid():N}.csv");
        await using var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Error.Validation($"推送的文件过大：不超过 {limits.MaxStreamedUploadBytes / 1024 / 1024:N0} MB。未做任何修改。", "File").ToProblem();
        }

        buffer.Position = 0;
        return Map(await handler.PaymentsCsvAsync(buffer, batchId, year, ct));
    }
}
