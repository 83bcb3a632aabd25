using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Auditing;

/// <summary>
/// One entry of the append-only audit trail (终身责任追究): who did what to which record, when, with the values before
/// and after. Each entry carries the hash of the one before it, so editing or deleting an entry breaks the chain.
/// </summary>
public sealed class AuditRecord : Entity
{
    private AuditRecord()
    {
        UserName = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>Position in the chain, 1-based and gap-free.</summary>
    public long Sequence { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public long? UserId { get; private set; }
    public string UserName { get; private set; }
    public string Action { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    /// <summary>Creates the entry that follows <paramref name="previous"/> (null for the first) and seals it with its hash.</summary>
    public static AuditRecord Append(
        AuditRecord? previous, DateTime occurredAtUtc, long? userId, string userName, string action,
        string entityType, string entityId, string? before, string? after) =>
        Append(previous?.Sequence ?? 0, previous?.Hash ?? AuditChain.GenesisHash, occurredAtUtc, userId, userName, action, entityType, entityId, before, after);

    /// <summary>Continues a chain whose tail is known only by its sequence and hash (the usual case when saving).</summary>
    public static AuditRecord Append(
        long previousSequence, string previousHash, DateTime occurredAtUtc, long? userId, string userName, string action,
        string entityType, string entityId, string? before, string? after)
    {
        var record = new AuditRecord
        {
            Sequence = previousSequence + 1,
            OccurredAt = AuditChain.Truncate(occurredAtUtc),
            UserId = userId,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before,
            After = after,
            PreviousHash = previousHash,
        };
        record.Hash = AuditChain.ComputeHash(record);
        return record;
    }
}
