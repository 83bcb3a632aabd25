using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Auditing;

public sealed record AuditRecordDto(
    long Sequence, DateTime OccurredAt, string UserName, string Action, string EntityType, string EntityId,
    string? Before, string? After, string Hash);

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
        var items = await records.OrderByDescending(r => r.Sequence)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(r => new AuditRecordDto(r.Sequence, r.OccurredAt, r.UserName, r.Action, r.EntityType, r.EntityId, r.Before, r.After, r.Hash))
            .ToListAsync(ct);
        return new PagedResult<AuditRecordDto>(items, total, q.Page, q.PageSize);
    }
}

/// <summary>Re-derives every hash of the trail in batches and reports the first break.</summary>
public sealed class VerifyAuditChainHandler(IAppDbContext db)
{
    private const int BatchSize = 5_000;

    public async Task<AuditVerification> HandleAsync(CancellationToken ct = default)
    {
        var verifier = new AuditChainVerifier();
        long after = 0;
        while (true)
        {
            var batch = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Sequence > after)
                .OrderBy(r => r.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            foreach (var record in batch)
            {
                if (!verifier.Accept(record))
                {
                    return verifier.Result;
                }
            }

            if (batch.Count < BatchSize)
            {
                return verifier.Result;
            }

            after = batch[^1].Sequence;
        }
    }
}
