using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Auditing;

/// <summary>One audit record; <see cref="Sequence"/> and <see cref="Hash"/> are null for the moment before it is sealed.</summary>
public sealed record AuditRecordDto(
    long? Sequence, DateTime OccurredAt, string UserName, string Action, string EntityType, string EntityId,
    string? Before, string? After, string? Hash, string? Source);

/// <summary>Filters of the audit log; dates are 北京时间 calendar days, both ends included.</summary>
public sealed record ListAuditRecordsQuery(
    string? EntityType = null, string? Keyword = null, int Page = 1, int PageSize = 50,
    DateOnly? From = null, DateOnly? To = null, string? UserName = null, string? Action = null, string? EntityId = null);

/// <summary>The audit trail is read by the finance bureau's administrators and by auditors.</summary>
public static class AuditAccess
{
    public static bool MayRead(Actor? actor) => actor is not null && actor.Has(Role.FinanceAdmin | Role.Auditor);
}

public sealed class ListAuditRecordsHandler(IAppDbContext db, ICurrentUser currentUser)
{
    public async Task<Result<PagedResult<AuditRecordDto>>> HandleAsync(ListAuditRecordsQuery q, CancellationToken ct = default)
    {
        if (!AuditAccess.MayRead(await currentUser.GetActorAsync()))
        {
            return Error.Forbidden("只有财政局管理员和审计人员可以查看审计日志。");
        }

        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var records = Filter(db.AuditRecords.AsNoTracking(), q);
        var total = await records.CountAsync(ct);
        var items = await records.OrderByDescending(r => r.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(r => new AuditRecordDto(r.Sequence, r.OccurredAt, r.UserName, r.Action, r.EntityType, r.EntityId, r.Before, r.After, r.Hash, r.Source))
            .ToListAsync(ct);
        return new PagedResult<AuditRecordDto>(items, total, q.Page, q.PageSize);
    }

    /// <summary>The filters, shared by the list and the export.</summary>
    public static IQueryable<Domain.Auditing.AuditRecord> Filter(IQueryable<Domain.Auditing.AuditRecord> records, ListAuditRecordsQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.EntityType))
        {
            records = records.Where(r => r.EntityType == q.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            records = records.Where(r => r.UserName.Contains(q.Keyword) || r.EntityId == q.Keyword || r.Action.Contains(q.Keyword));
        }

        if (q.From is { } from)
        {
            var start = BeijingTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            records = records.Where(r => r.OccurredAt >= start);
        }

        if (q.To is { } to)
        {
            var end = BeijingTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            records = records.Where(r => r.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(q.UserName))
        {
            records = records.Where(r => r.UserName == q.UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(q.Action))
        {
            records = records.Where(r => r.Action.Contains(q.Action.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(q.EntityId))
        {
            records = records.Where(r => r.EntityId == q.EntityId.Trim());
        }

        return records;
    }
}

/// <summary>
/// The filtered audit log as an .xlsx workbook (北京时间, Chinese object names, at most <see cref="MaxRows"/> rows,
/// newest first); the export itself is recorded in the trail.
/// </summary>
public sealed class ExportAuditRecordsHandler(IAppDbContext db, ICurrentUser currentUser, ITableWorkbooks workbooks, IAuditEvents events)
{
    public const int MaxRows = 100_000;

    private static readonly ListColumn[] Columns =
    [
        new("序号", 10), new("时间（北京时间）", 20), new("操作人", 14), new("动作", 24), new("对象", 16), new("对象编号", 14),
        new("修改前", 50), new("修改后", 50), new("来源", 30), new("哈希", 20),
    ];

    public async Task<Result> HandleAsync(ListAuditRecordsQuery q, Stream output, CancellationToken ct = default)
    {
        if (!AuditAccess.MayRead(await currentUser.GetActorAsync()))
        {
            return Error.Forbidden("只有财政局管理员和审计人员可以导出审计日志。");
        }

        var records = ListAuditRecordsHandler.Filter(db.AuditRecords.AsNoTracking(), q).OrderByDescending(r => r.Id).Take(MaxRows);
        var count = await records.CountAsync(ct);
        await workbooks.WriteAsync(output, "审计日志", Columns, Rows(records, ct), ct);
        await events.RecordAsync("导出审计日志", "AuditRecord", string.Empty,
            $"{count} 条；筛选：{(q.From is null && q.To is null ? "全部日期" : $"{q.From:yyyy-MM-dd}–{q.To:yyyy-MM-dd}")}{(q.UserName is null ? string.Empty : $"，操作人 {q.UserName}")}{(q.Action is null ? string.Empty : $"，动作含“{q.Action}”")}", ct);
        return Result.Success();
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(IQueryable<Domain.Auditing.AuditRecord> records, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var r in records.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return [r.Sequence, BeijingTime.FormatSeconds(r.OccurredAt), r.UserName, r.Action, AuditTerms.EntityName(r.EntityType), r.EntityId, AuditTerms.Readable(r.Before), AuditTerms.Readable(r.After), r.Source, r.Hash];
        }
    }
}

/// <summary>
/// Seals what is pending, then re-derives every keyed hash of the trail in batches and checks it against the signed
/// checkpoints kept outside the database (and their copies inside): reports the first break and what is wrong with it.
/// </summary>
public sealed class VerifyAuditChainHandler(IAppDbContext db, IAuditChainAnchors anchors)
{
    private const int BatchSize = 5_000;

    public async Task<AuditVerification> HandleAsync(CancellationToken ct = default)
    {
        await anchors.SealAsync(ct);
        var (external, problems) = anchors.ExternalCheckpoints();
        var stored = await db.AuditCheckpoints.AsNoTracking().ToListAsync(ct);
        var checkpoints = external.Concat(stored).GroupBy(c => (c.Sequence, c.Hash, c.Signature)).Select(g => g.First()).ToList();
        var verifier = new AuditChainVerifier(anchors.Keys, checkpoints);
        var pending = await db.AuditRecords.LongCountAsync(r => r.Sequence == null, ct);
        var result = await WalkAsync(verifier, ct);
        if (result.IsIntact && problems.Count > 0)
        {
            result = AuditVerification.Broken(result.RecordsChecked, null, problems[0], result.CheckpointsChecked);
        }

        return result with { PendingRecords = pending };
    }

    private async Task<AuditVerification> WalkAsync(AuditChainVerifier verifier, CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var batch = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Sequence != null && r.Sequence > after)
                .OrderBy(r => r.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            foreach (var record in batch)
            {
                if (!verifier.Accept(record))
                {
                    return verifier.Finish();
                }
            }

            if (batch.Count < BatchSize)
            {
                return verifier.Finish();
            }

            after = batch[^1].Sequence!.Value;
        }
    }
}
