using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

/// <summary>A cumulative figure pushed by a system: 项目编码, 月份 (1–12 or "2026-06"), 累计执行数 in 元.</summary>
public sealed record PushedExecution(string? ProjectCode = null, string? Month = null, decimal? Executed = null);

/// <summary>Cumulative execution pushed as JSON: the sender's batch id (批次号), the fiscal year, the rows.</summary>
public sealed record ExecutionPush(string? BatchId = null, int FiscalYear = 0, IReadOnlyList<PushedExecution>? Rows = null);

/// <summary>A payment pushed by a system (amount in 元; negative for a reversal).</summary>
public sealed record PushedPayment(string? PaidOn = null, string? ProjectCode = null, decimal? Amount = null, string? VoucherNo = null, string? Payee = null, string? FundSource = null);

/// <summary>Payment records pushed as JSON.</summary>
public sealed record PaymentPush(string? BatchId = null, int FiscalYear = 0, IReadOnlyList<PushedPayment>? Payments = null);

/// <summary>
/// Execution data pushed by another system with its token (never a user's password): cumulative figures or payment
/// records as JSON, or a payment ledger as CSV. The same checks as for a file, all or nothing, each problem named by
/// record number and field; the same batch id or the same content twice adds nothing and says so. The batch belongs
/// to the system's region and may carry the projects of that region and those below it.
/// </summary>
public sealed class PushExecutionDataHandler(
    IAppDbContext db, ICurrentSystem system, ImportExecutionDataHandler cumulative, ImportPaymentRecordsHandler payments, UploadGate uploads, IAuditEvents events, TimeProvider clock)
{
    public const int MaxPushedRows = 200_000;

    public async Task<Result<ImportExecutionResult>> CumulativeAsync(ExecutionPush push, CancellationToken ct = default)
    {
        var sender = await SenderAsync(ct);
        if (!sender.IsSuccess)
        {
            return sender.Error!;
        }

        if (Check(push.BatchId, push.FiscalYear, push.Rows?.Any(r => r is null) == true ? -1 : push.Rows?.Count) is { } problem)
        {
            return problem;
        }

        var lines = push.Rows!.Select((r, i) => new ImportLine($"第 {i + 1} 条记录", new TableRecord(i + 1, new Dictionary<string, TableCell>
        {
            [ExecutionDataLayout.ProjectCode] = TableCell.Field(r.ProjectCode, "projectCode"),
            [ExecutionDataLayout.Month] = TableCell.Field(r.Month, "month"),
            [ExecutionDataLayout.Executed] = TableCell.Field(r.Executed?.ToString(CultureInfo.InvariantCulture), "executed"),
        }), InWanYuan: false)).ToList();
        return await GuardedImport.RunAsync(uploads, events, sender.Value.GateKey, Stream.Null, "推送预算执行数据被拒绝", "ExecutionBatch",
            token => cumulative.ImportAsync(sender.Value, lines, $"接口推送：{push.BatchId!.Trim()}", push.FiscalYear, push.BatchId!.Trim(), [], token), ct);
    }

    public async Task<Result<ImportExecutionResult>> PaymentsAsync(PaymentPush push, CancellationToken ct = default)
    {
        var sender = await SenderAsync(ct);
        if (!sender.IsSuccess)
        {
            return sender.Error!;
        }

        if (Check(push.BatchId, push.FiscalYear, push.Payments?.Any(r => r is null) == true ? -1 : push.Payments?.Count) is { } problem)
        {
            return problem;
        }

        var lines = push.Payments!.Select((p, i) => new ImportLine($"第 {i + 1} 条记录", new TableRecord(i + 1, new Dictionary<string, TableCell>
        {
            [PaymentLedgerLayout.PaidOn] = TableCell.Field(p.PaidOn, "paidOn"),
            [PaymentLedgerLayout.ProjectCode] = TableCell.Field(p.ProjectCode, "projectCode"),
            [PaymentLedgerLayout.Amount] = TableCell.Field(p.Amount?.ToString(CultureInfo.InvariantCulture), "amount"),
            [PaymentLedgerLayout.VoucherNo] = TableCell.Field(p.VoucherNo, "voucherNo"),
            [PaymentLedgerLayout.Payee] = TableCell.Field(p.Payee, "payee"),
            [PaymentLedgerLayout.FundSource] = TableCell.Field(p.FundSource, "fundSource"),
        }), InWanYuan: false));
        return await GuardedImport.RunAsync(uploads, events, sender.Value.GateKey, Stream.Null, "推送支付明细被拒绝", "ExecutionBatch",
            token => payments.ImportAsync(sender.Value, lines, $"接口推送：{push.BatchId!.Trim()}", push.FiscalYear, push.BatchId!.Trim(), () => [], token), ct);
    }

    /// <summary>A payment ledger pushed as CSV (the body), read record by record like an uploaded file.</summary>
    public async Task<Result<ImportExecutionResult>> PaymentsCsvAsync(Stream body, string? batchId, int fiscalYear, CancellationToken ct = default)
    {
        var sender = await SenderAsync(ct);
        if (!sender.IsSuccess)
        {
            return sender.Error!;
        }

        if (Check(batchId, fiscalYear, 1) is { } problem)
        {
            return problem;
        }

        return await payments.ImportFileAsync(sender.Value, body, $"接口推送：{batchId}.csv", fiscalYear, batchId!.Trim(), ct);
    }

    private Error? Check(string? batchId, int fiscalYear, int? rows)
    {
        if (string.IsNullOrWhiteSpace(batchId) || batchId.Trim().Length > ExecutionBatch.MaxExternalIdLength)
        {
            return Error.Validation($"请提供批次号 batchId（不超过 {ExecutionBatch.MaxExternalIdLength} 个字符），同一批次号只导入一次。", "batchId");
        }

        var year = clock.GetUtcNow().Year;
        if (fiscalYear < year - 5 || fiscalYear > year + 1)
        {
            return Error.Validation($"年度 fiscalYear 应在 {year - 5}–{year + 1} 之间。", "fiscalYear");
        }

        return rows switch
        {
            null or 0 => Error.Validation("没有数据：rows（或 payments）为空。", "rows"),
            -1 => Error.Validation("rows（或 payments）中有空记录（null）。", "rows"),
            > MaxPushedRows => Error.Validation($"一次推送不超过 {MaxPushedRows:N0} 条；更多的支付明细请以 CSV 推送。", "rows"),
            _ => null,
        };
    }

    private async Task<Result<ExecutionSender>> SenderAsync(CancellationToken ct)
    {
        if (system.Get() is not { } caller)
        {
            return Error.Forbidden("只有持有效令牌的系统账号可以推送数据。");
        }

        var regionIds = await AccessScopeResolver.RegionsWithinAsync(db, caller.RegionId, ct);
        return new ExecutionSender(caller.RegionId, regionIds, -caller.AccountId, null, $"系统：{caller.Name}", ExecutionSource.Api);
    }
}
