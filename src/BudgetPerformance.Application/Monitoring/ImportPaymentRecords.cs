using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

/// <summary>The columns real payment ledgers (支付明细) of the treasury and the 一体化 system use.</summary>
public static class PaymentLedgerLayout
{
    public const string PaidOn = "PaidOn";
    public const string ProjectCode = "ProjectCode";
    public const string ProjectName = "ProjectName";
    public const string Amount = "Amount";
    public const string Payee = "Payee";
    public const string FundSource = "FundSource";
    public const string VoucherNo = "VoucherNo";

    public static readonly TableLayout Payments = new("支付明细", [
        new(PaidOn, ["支付日期", "付款日期", "支付时间", "交易日期", "记账日期", "清算日期", "支付日期时间"], Required: true),
        new(ProjectCode, ["项目编码", "项目代码", "预算项目编码", "项目编号", "项目ID"], Required: true),
        new(ProjectName, ["项目名称", "预算项目名称"]),
        new(Amount, ["支付金额", "金额", "付款金额", "实际支付金额", "支出金额", "发生额", "支付金额（元）"], Required: true),
        new(Payee, ["收款人", "收款人名称", "收款单位", "收款人全称", "收款方", "收款人户名"]),
        new(FundSource, ["资金来源", "资金性质", "指标来源", "资金来源名称"]),
        new(VoucherNo, ["支付凭证号", "凭证号", "凭证编号", "支付令号", "支付单号", "交易流水号", "流水号", "支付凭证编号"], Required: true),
    ]);
}

/// <summary>
/// Who delivers execution data: a finance administrator uploading a file, or another system pushing through the API
/// with its token. The batch belongs to <see cref="RegionId"/>; it may carry the projects of <see cref="RegionIds"/>
/// (that region and the regions below it).
/// </summary>
public sealed record ExecutionSender(long RegionId, IReadOnlyList<long> RegionIds, long GateKey, long? UserId, string Name, ExecutionSource Source)
{
    public static ExecutionSender Of(FinanceAdministrator admin) =>
        new(admin.HomeRegionId, admin.Scope.RegionIds, admin.Actor.UserId, admin.Actor.UserId, admin.Actor.DisplayName, ExecutionSource.File);
}

/// <summary>
/// Imports payment records (支付明细: date, project, amount, payee, fund source, voucher) from the treasury's ledger —
/// a .csv of any length read record by record (memory stays flat: one chunk of rows, a key per voucher, the projects
/// touched), or an .xlsx — and sums them by project and month into execution (at query time, ExecutionInForce). Every row is checked (project
/// of the region, date in the fiscal year, an amount, a voucher not seen before in this region and year); one bad row
/// and nothing is saved, every problem named by row and column. The same ledger sent twice (same content, or the same
/// batch id from a system) adds nothing and says so. The batch is one audit record.
/// </summary>
public sealed class ImportPaymentRecordsHandler(
    IAppDbContext db, FinanceAdministration administration, ITableSheets tables, UploadGate uploads, IAuditEvents events, IAuditNotes audit, TimeProvider clock)
{
    public const int ChunkRows = 20_000;

    public async Task<Result<ImportExecutionResult>> HandleAsync(Stream input, string fileName, int fiscalYear, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("导入支付明细");
        }

        return await ImportFileAsync(ExecutionSender.Of(admin), input, fileName, fiscalYear, null, ct);
    }

    /// <summary>A file from <paramref name="sender"/> (an administrator's upload, or a system's CSV push).</summary>
    public Task<Result<ImportExecutionResult>> ImportFileAsync(ExecutionSender sender, Stream input, string fileName, int fiscalYear, string? externalId, CancellationToken ct) =>
        GuardedImport.RunAsync(uploads, events, sender.GateKey, input, "导入支付明细被拒绝", "ExecutionBatch", async token =>
        {
            var opened = tables.OpenStream(input, fileName, [PaymentLedgerLayout.Payments], uploads.Limits, token);
            if (!opened.IsSuccess)
            {
                return opened.Error!;
            }

            var records = opened.Value.Records(token).Select(r => new ImportLine(
                $"{(r.Sheet.SheetName.Length > 0 ? $"工作表“{r.Sheet.SheetName}”" : "文件")}第 {r.Record.Row} 行", r.Record,
                r.Sheet.HeaderTexts.GetValueOrDefault(PaymentLedgerLayout.Amount, string.Empty).Contains('万', StringComparison.Ordinal)));
            return await ImportAsync(sender, records, fileName, fiscalYear, externalId, () => opened.Value.Notes, token);
        }, ct, streamed: true);

    public async Task<Result<ImportExecutionResult>> ImportAsync(
        ExecutionSender sender, IEnumerable<ImportLine> lines, string sourceName, int fiscalYear, string? externalId, Func<IReadOnlyList<string>> notes, CancellationToken ct)
    {
        if (externalId is not null && await BatchByExternalIdAsync(sender.RegionId, fiscalYear, externalId, ct) is { } sent)
        {
            return Already(sent, $"批次号“{externalId}”", notes());
        }

        var projects = await ProjectCodesAsync(sender.RegionIds, fiscalYear, ct);
        var fileVouchers = new Dictionary<ulong, int>();
        var errors = new List<string>();
        var errorCount = 0;
        // Vouchers already counted: a ledger sent again is "already imported" when its content equals an active batch.
        var known = new List<string>();
        var knownCount = 0;
        var touched = new HashSet<long>();
        var chunk = new List<PaymentRecord>(ChunkRows);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        var count = 0;
        var reversals = 0;
        var throughMonth = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = ExecutionBatch.Create(sender.RegionId, fiscalYear, sender.Source, sourceName, PendingChecksum(), 0, 0, now, sender.UserId, sender.Name,
            ExecutionBatchKind.Payments, 0, externalId);

        void Fail(string message)
        {
            if (++errorCount <= ImportExecutionDataHandler.MaxErrors)
            {
                errors.Add(message);
            }
        }

        try
        {
            return await db.InTransactionAsync<Result<ImportExecutionResult>>(async c =>
            {
                db.ExecutionBatches.Add(batch);
                Describe(sender, $"导入支付明细：{sourceName}");
                await db.SaveChangesAsync(c);
                // Read the vouchers already counted only once no other ledger can be written until this one ends.
                await db.LockTableAsync<PaymentRecord>(c);
                var vouchers = await ActiveVoucherKeysAsync(sender.RegionIds, fiscalYear, c);
                foreach (var line in lines)
                {
                    var row = line.Record;
                    var code = row[PaymentLedgerLayout.ProjectCode];
                    var date = row[PaymentLedgerLayout.PaidOn];
                    var amount = row[PaymentLedgerLayout.Amount];
                    var voucher = row[PaymentLedgerLayout.VoucherNo];
                    if (!projects.TryGetValue(code.Text, out var projectId))
                    {
                        Fail($"{line.At}{code.At}：{(code.IsBlank ? "项目编码为空" : $"项目编码“{code.Text}”不是本地区 {fiscalYear} 年度的项目")}。");
                        continue;
                    }

                    var paidOn = ExecutionValues.ReadDate(date.Text, fiscalYear);
                    if (!paidOn.IsSuccess)
                    {
                        Fail($"{line.At}{date.At}：{paidOn.Error!.Message}");
                        continue;
                    }

                    if (ExecutionValues.ReadAmount(amount.Text, line.InWanYuan, allowNegative: true) is not { } fen)
                    {
                        Fail($"{line.At}{amount.At}：金额“{amount.Text}”不是有效的数字（应为绝对值不超过 1 万亿元的金额，{(line.InWanYuan ? "单位万元" : "单位元")}；冲销写作负数）。");
                        continue;
                    }

                    if (voucher.IsBlank || voucher.Text.Length > PaymentRecord.MaxVoucherLength)
                    {
                        Fail($"{line.At}{voucher.At}：{(voucher.IsBlank ? "支付凭证号为空" : $"支付凭证号超过 {PaymentRecord.MaxVoucherLength} 个字符")}。");
                        continue;
                    }

                    var key = VoucherKey(voucher.Text);
                    if (fileVouchers.TryGetValue(key, out var firstAt))
                    {
                        Fail($"{line.At}{voucher.At}：支付凭证号“{voucher.Text}”与第 {firstAt} 行重复。");
                        continue;
                    }

                    fileVouchers[key] = row.Row;
                    AppendRow(hash, projectId, paidOn.Value, fen, voucher.Text);
                    if (vouchers.Contains(key))
                    {
                        if (++knownCount <= ImportExecutionDataHandler.MaxErrors)
                        {
                            known.Add($"{line.At}{voucher.At}：支付凭证号“{voucher.Text}”已在此前导入的支付明细中，同一笔支付不能重复计入。");
                        }

                        continue;
                    }

                    if (errorCount > 0 || knownCount > 0)
                    {
                        // A bad row means nothing is saved: go on only to name every problem.
                        continue;
                    }

                    var payee = Clip(row[PaymentLedgerLayout.Payee].Text, PaymentRecord.MaxPayeeLength);
                    var source = Clip(row[PaymentLedgerLayout.FundSource].Text, PaymentRecord.MaxFundSourceLength);
                    var month = paidOn.Value.Month;
                    touched.Add(projectId);
                    total = checked(total + fen);
                    count++;
                    reversals += fen < 0 ? 1 : 0;
                    throughMonth = Math.Max(throughMonth, month);
                    chunk.Add(PaymentRecord.Create(batch.Id, projectId, fiscalYear, paidOn.Value, fen, voucher.Text, payee, source));
                    if (chunk.Count == ChunkRows)
                    {
                        await db.BulkInsertAsync(chunk, c);
                        chunk.Clear();
                    }
                }

                if (knownCount > 0 && errorCount == 0)
                {
                    var sameContent = Convert.ToHexStringLower(hash.GetHashAndReset());
                    if (await ActiveBatchAsync(sender.RegionId, fiscalYear, sameContent, c) is { } sentBefore)
                    {
                        throw new RefusedImport(Already(sentBefore, "相同内容", notes()));
                    }
                }

                errors.AddRange(known.Take(Math.Max(0, ImportExecutionDataHandler.MaxErrors - errors.Count)));
                errorCount += knownCount;
                if (errorCount == 0 && count == 0)
                {
                    Fail("文件中没有支付明细（需要“支付日期”“项目编码”“支付金额”“支付凭证号”等列）。");
                }

                if (errorCount > 0)
                {
                    throw new RefusedImport(Refusal(errors, errorCount));
                }

                await db.BulkInsertAsync(chunk, c);
                var checksum = Convert.ToHexStringLower(hash.GetHashAndReset());
                if (await ActiveBatchAsync(sender.RegionId, fiscalYear, checksum, c) is { } duplicate)
                {
                    throw new RefusedImport(Already(duplicate, "相同内容", notes()));
                }

                batch.Complete(checksum, count, total, throughMonth);
                Describe(sender, $"导入支付明细完成：{count:N0} 笔，合计 {new Money(total).ToWanYuanString()} 万元，截至 {throughMonth} 月{(reversals > 0 ? $"，含 {reversals} 笔冲销" : string.Empty)}");
                await db.SaveChangesAsync(c);
                var said = notes().ToList();
                if (reversals > 0)
                {
                    said.Add($"其中 {reversals} 笔为负数金额，已按冲销（退回）计入。");
                }

                said.Add($"涉及 {touched.Count:N0} 个项目，截至 {throughMonth} 月；各项目各月的执行数按支付明细汇总。");
                return new ImportExecutionResult(batch.Id, false, count, total, said);
            }, ct);
        }
        catch (RefusedImport refused)
        {
            db.ExecutionBatches.Entry(batch).State = EntityState.Detached;
            return refused.Result;
        }
        catch (OverflowException)
        {
            db.ExecutionBatches.Entry(batch).State = EntityState.Detached;
            return Error.Validation("支付明细的合计金额超出可记录的范围，未导入任何数据；请分批导入。", "File");
        }
        catch (TableStreamException unreadable)
        {
            db.ExecutionBatches.Entry(batch).State = EntityState.Detached;
            return Error.Validation($"{unreadable.Message}未导入任何数据。", "File");
        }
        catch (Exception exception) when (db.IsConflict(exception))
        {
            db.ExecutionBatches.Entry(batch).State = EntityState.Detached;
            return Error.Conflict("另一项导入正在写入相同的支付明细，请稍后查看导入批次。");
        }
    }

    private void Describe(ExecutionSender sender, string action)
    {
        if (sender.UserId is null)
        {
            audit.Describe(action, null, sender.Name);
        }
        else
        {
            audit.Describe(action);
        }
    }

    /// <summary>An import that must leave nothing behind: thrown inside the transaction so that it rolls back.</summary>
    private sealed class RefusedImport(Result<ImportExecutionResult> result) : Exception("导入被拒绝")
    {
        public Result<ImportExecutionResult> Result { get; } = result;
    }

    private static Error Refusal(List<string> errors, int count)
    {
        var shown = errors.ToList();
        if (count > shown.Count)
        {
            shown.Add($"……另有 {count - shown.Count} 个问题未列出。");
        }

        return Error.Many($"支付明细有 {count} 个问题，未导入任何数据：", shown, "File");
    }

    private static Result<ImportExecutionResult> Already(ExecutionBatch duplicate, string what, IReadOnlyList<string> notes) =>
        new ImportExecutionResult(duplicate.Id, true, duplicate.RowCount, duplicate.TotalFen,
            [.. notes, $"{what}已于 {BeijingTime.Format(duplicate.ImportedAt)} 由 {duplicate.ImportedBy} 导入（第 {duplicate.Id} 批），本次未重复导入。"]);

    private readonly char[] _rowText = new char[256];
    private readonly byte[] _rowBytes = new byte[1024];

    /// <summary>Adds "project|yyyyMMdd|fen|voucher\n" to the checksum without allocating per row.</summary>
    private void AppendRow(IncrementalHash hash, long projectId, DateOnly paidOn, long fen, string voucher)
    {
        var span = _rowText.AsSpan();
        var written = 0;
        projectId.TryFormat(span, out var n, default, CultureInfo.InvariantCulture);
        written += n;
        span[written++] = '|';
        paidOn.TryFormat(span[written..], out n, "yyyyMMdd", CultureInfo.InvariantCulture);
        written += n;
        span[written++] = '|';
        fen.TryFormat(span[written..], out n, default, CultureInfo.InvariantCulture);
        written += n;
        span[written++] = '|';
        voucher.AsSpan().CopyTo(span[written..]);
        written += voucher.Length;
        span[written++] = '\n';
        var bytes = Encoding.UTF8.GetBytes(span[..written], _rowBytes);
        hash.AppendData(_rowBytes, 0, bytes);
    }

    private static string PendingChecksum() => "pending-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string? Clip(string text, int max) => text.Length == 0 ? null : text.Length > max ? text[..max] : text;

    private async Task<Dictionary<string, long>> ProjectCodesAsync(IReadOnlyList<long> regionIds, int fiscalYear, CancellationToken ct)
    {
        var codes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in await db.Projects.AsNoTracking().Where(p => p.FiscalYear == fiscalYear && regionIds.Contains(p.RegionId))
                     .Select(p => new { p.Code, p.Id }).ToListAsync(ct))
        {
            codes[p.Code] = p.Id;
        }

        return codes;
    }

    /// <summary>
    /// The vouchers already counted for the year on the projects this sender may carry (whoever sent them: a city's and
    /// a county's treasury cannot both count one payment), from active batches, as 64-bit keys to keep memory small.
    /// </summary>
    private async Task<HashSet<ulong>> ActiveVoucherKeysAsync(IReadOnlyList<long> regionIds, int fiscalYear, CancellationToken ct)
    {
        var keys = new HashSet<ulong>();
        var vouchers = from r in db.PaymentRecords.AsNoTracking()
                       join b in db.ExecutionBatches.AsNoTracking() on r.BatchId equals b.Id
                       join p in db.Projects.AsNoTracking() on r.ProjectId equals p.Id
                       where r.FiscalYear == fiscalYear && b.RolledBackAt == null && regionIds.Contains(p.RegionId)
                       select r.VoucherNo;
        await foreach (var voucher in vouchers.AsAsyncEnumerable().WithCancellation(ct))
        {
            keys.Add(VoucherKey(voucher));
        }

        return keys;
    }

    /// <summary>FNV-1a over the voucher's characters: two different vouchers share a key about once in 10¹³ pairs.</summary>
    public static ulong VoucherKey(string voucher)
    {
        var key = 14695981039346656037UL;
        foreach (var c in voucher)
        {
            key = (key ^ c) * 1099511628211UL;
        }

        return key;
    }

    private Task<ExecutionBatch?> ActiveBatchAsync(long region, int fiscalYear, string checksum, CancellationToken ct) =>
        db.ExecutionBatches.AsNoTracking()
            .Where(b => b.RegionId == region && b.FiscalYear == fiscalYear && b.ContentChecksum == checksum && b.RolledBackAt == null)
            .FirstOrDefaultAsync(ct);

    private Task<ExecutionBatch?> BatchByExternalIdAsync(long region, int fiscalYear, string externalId, CancellationToken ct) =>
        db.ExecutionBatches.AsNoTracking()
            .Where(b => b.RegionId == region && b.FiscalYear == fiscalYear && b.Kind == ExecutionBatchKind.Payments && b.ExternalId == externalId && b.RolledBackAt == null)
            .FirstOrDefaultAsync(ct);
}
