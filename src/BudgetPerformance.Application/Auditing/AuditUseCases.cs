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

public sealed record ListAuditRecordsQuery(string? EntityType = null, string? Keyword = null, int Page = 1, int PageSize = 50);

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

        var records = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.EntityType))
        {
            records = records.Where(r => r.EntityType == q.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            records = records.Where(r => r.UserName.Contains(q.Keyword) || r.EntityId == q.Keyword || r.Action.Contains(q.Keyword));
        }

        var total = await records.CountAsync(ct);
        var items = await records.OrderByDescending(r => r.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(r => new AuditRecordDto(r.Sequence, r.OccurredAt, r.UserName, r.Action, r.EntityType, r.EntityId, r.Before, r.After, r.Hash, r.Source))
            .ToListAsync(ct);
        return new PagedResult<AuditRecordDto>(items, total, q.Page, q.PageSize);
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
