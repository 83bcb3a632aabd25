using System.Globalization;
using System.Text.RegularExpressions;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>Where a batch of execution data came from.</summary>
public enum ExecutionSource
{
    /// <summary>A file uploaded by finance (.xlsx or .csv from the 一体化 system).</summary>
    File = 1,
    /// <summary>Pushed by another system through the API.</summary>
    Api = 2,
}

/// <summary>What a batch carries.</summary>
public enum ExecutionBatchKind
{
    /// <summary>累计执行数 per project and month.</summary>
    Cumulative = 1,
    /// <summary>支付明细: payment records the platform sums by project and month.</summary>
    Payments = 2,
}

/// <summary>
/// One delivery of budget-execution data (cumulative execution per project and month): who sent it, when, from where,
/// how many rows, their total and a checksum of their content, so the same content sent twice adds nothing and a
/// wrong delivery can be rolled back as a whole. The batch is audited as one record, not one per row.
/// </summary>
public sealed partial class ExecutionBatch : Entity
{
    public const int MaxSourceNameLength = 200;
    public const int MaxExternalIdLength = 100;

    private ExecutionBatch()
    {
        SourceName = string.Empty;
        ContentChecksum = string.Empty;
        ImportedBy = string.Empty;
    }

    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }
    public ExecutionSource Source { get; private set; }
    public ExecutionBatchKind Kind { get; private set; } = ExecutionBatchKind.Cumulative;
    public string SourceName { get; private set; }

    /// <summary>The sending system's own id of the batch (批次号), when it gives one: the same id twice lands once.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>The last month the batch has data for (a payment ledger counts January to this month).</summary>
    public int ThroughMonth { get; private set; }

    /// <summary>SHA-256 of the rows as read (project, month, amount; sorted), hex: equal content, equal checksum.</summary>
    public string ContentChecksum { get; private set; }
    public int RowCount { get; private set; }
    public long TotalFen { get; private set; }
    public DateTime ImportedAt { get; private set; }
    public long? ImportedByUserId { get; private set; }
    public string ImportedBy { get; private set; }
    public DateTime? RolledBackAt { get; private set; }
    public string? RolledBackBy { get; private set; }
    public string? RollbackReason { get; private set; }

    /// <summary>Concurrency token: two roll-backs at once cannot both succeed.</summary>
    public int Revision { get; private set; }

    public bool IsActive => RolledBackAt is null;

    public static ExecutionBatch Create(
        long regionId, int fiscalYear, ExecutionSource source, string sourceName, string checksum, int rows, long totalFen, DateTime at, long? userId, string by,
        ExecutionBatchKind kind = ExecutionBatchKind.Cumulative, int throughMonth = 0, string? externalId = null) => new()
    {
        RegionId = regionId,
        FiscalYear = fiscalYear,
        Source = source,
        Kind = kind,
        ThroughMonth = throughMonth,
        ExternalId = externalId is null ? null : externalId.Length > MaxExternalIdLength ? externalId[..MaxExternalIdLength] : externalId,
        SourceName = sourceName.Length > MaxSourceNameLength ? sourceName[..MaxSourceNameLength] : sourceName,
        ContentChecksum = checksum,
        RowCount = rows,
        TotalFen = totalFen,
        ImportedAt = at,
        ImportedByUserId = userId,
        ImportedBy = by,
    };

    /// <summary>Fills in what a batch read record by record is known to hold only at its end.</summary>
    public void Complete(string checksum, int rows, long totalFen, int throughMonth)
    {
        (ContentChecksum, RowCount, TotalFen, ThroughMonth) = (checksum, rows, totalFen, throughMonth);
    }

    /// <summary>撤销本批: its rows stop counting; the record of the batch stays.</summary>
    public Result RollBack(string reason, string by, DateTime at)
    {
        if (!IsActive)
        {
            return Error.Conflict($"该批数据已于 {BeijingTime.Format(RolledBackAt!.Value)} 撤销。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return Error.Validation("请写明撤销原因（不超过 500 个字）。", nameof(RollbackReason));
        }

        (RolledBackAt, RolledBackBy, RollbackReason) = (at, by, reason.Trim());
        Revision++;
        return Result.Success();
    }

    /// <summary>
    /// The month a period cell names, as execution exports write it: "6", "6月", "06", "2026-06", "2026年6月", "1-6月",
    /// "1—6月" (a range ends at its last month). A year, where written, must be <paramref name="fiscalYear"/>.
    /// </summary>
    public static Result<int> ReadMonth(string text, int fiscalYear)
    {
        // Full-width digits read as their ASCII forms; only ASCII digits are parsed.
        var t = new string(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray())
            .Replace('－', '-').Replace('—', '-').Replace('–', '-').Replace('~', '-').Replace('～', '-').Replace('至', '-').Replace('／', '/');
        var match = MonthPattern().Match(t);
        if (!match.Success)
        {
            return Error.Validation($"期间“{text}”无法识别，可写作 6、6月、2026-06、2026年6月或 1-6月。", "Month");
        }

        if (match.Groups["year"].Success && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) != fiscalYear)
        {
            return Error.Validation($"期间“{text}”不是 {fiscalYear} 年度。", "Month");
        }

        if (match.Groups["from"].Success && int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture) != 1)
        {
            return Error.Validation($"期间“{text}”不是自 1 月起的累计期间：累计执行数应从年初算起（如 1-6月）。", "Month");
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? month : Error.Validation($"期间“{text}”的月份应为 1–12。", "Month");
    }

    [GeneratedRegex(@"^(?:(?<year>[0-9]{4})(?:年|-|/|\.))?(?:(?<from>[0-9]{1,2})(?:月)?-)?(?<month>[0-9]{1,2})(?:月(?:份|末)?)?$")]
    private static partial Regex MonthPattern();
}

/// <summary>Cumulative execution of one project to the end of one month, as one batch delivered it.</summary>
public sealed class ProjectExecution : Entity
{
    private ProjectExecution()
    {
    }

    public long BatchId { get; private set; }
    public long ProjectId { get; private set; }
    public int FiscalYear { get; private set; }
    public int Month { get; private set; }

    /// <summary>累计执行数 (分) from January to the end of <see cref="Month"/>.</summary>
    public long ExecutedFen { get; private set; }

    public static ProjectExecution Create(ExecutionBatch batch, long projectId, int month, long executedFen) => new()
    {
        BatchId = batch.Id,
        ProjectId = projectId,
        FiscalYear = batch.FiscalYear,
        Month = month,
        ExecutedFen = executedFen,
    };
}

/// <summary>
/// One payment (支付明细) from the treasury's ledger: the platform sums them by project and month into cumulative
/// execution. Negative amounts are reversals (红字冲销). The voucher number (支付凭证号) identifies the payment: the same
/// voucher cannot count twice in a region and year.
/// </summary>
public sealed class PaymentRecord : Entity
{
    public const int MaxVoucherLength = 60;
    public const int MaxPayeeLength = 200;
    public const int MaxFundSourceLength = 100;

    private PaymentRecord()
    {
        VoucherNo = string.Empty;
    }

    public long BatchId { get; private set; }
    public long ProjectId { get; private set; }
    public int FiscalYear { get; private set; }
    public int Month { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public long AmountFen { get; private set; }
    public string VoucherNo { get; private set; }
    public string? Payee { get; private set; }
    public string? FundSource { get; private set; }

    public static PaymentRecord Create(long batchId, long projectId, int fiscalYear, DateOnly paidOn, long amountFen, string voucherNo, string? payee, string? fundSource) => new()
    {
        BatchId = batchId,
        ProjectId = projectId,
        FiscalYear = fiscalYear,
        Month = paidOn.Month,
        PaidOn = paidOn,
        AmountFen = amountFen,
        VoucherNo = voucherNo,
        Payee = string.IsNullOrEmpty(payee) ? null : payee,
        FundSource = string.IsNullOrEmpty(fundSource) ? null : fundSource,
    };
}
