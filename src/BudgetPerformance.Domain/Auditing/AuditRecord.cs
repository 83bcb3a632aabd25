using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Auditing;

/// <summary>
/// One entry of the append-only audit trail (终身责任追究): who did what to which record, when, from where, with the
/// values before and after. It is written with the change it describes and sealed into the chain right after the
/// change commits: a gap-free position, the hash of the entry before it, and its own keyed hash.
/// </summary>
public sealed class AuditRecord : Entity
{
    public const int MaxSourceLength = 300;

    private AuditRecord()
    {
        UserName = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    /// <summary>Position in the chain, 1-based and gap-free; null until the record is sealed.</summary>
    public long? Sequence { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public long? UserId { get; private set; }
    public string UserName { get; private set; }
    public string Action { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>Where the request came from: source address and user agent.</summary>
    public string? Source { get; private set; }
    public string? PreviousHash { get; private set; }
    public string? Hash { get; private set; }

    /// <summary>The chain key the hash was made with; 0 for records hashed without a key (before keyed chains).</summary>
    public int KeyId { get; private set; }

    public bool IsSealed => Sequence is not null;

    /// <summary>A record written with its change, sealed later by <see cref="Seal"/>.</summary>
    public const int MaxActionLength = 50;
    public const int MaxUserNameLength = 50;

    public static AuditRecord Pending(
        DateTime occurredAtUtc, long? userId, string userName, string action, string entityType, string entityId, string? before, string? after, string? source = null) => new()
    {
        OccurredAt = AuditChain.Truncate(occurredAtUtc),
        UserId = userId,
        UserName = userName is { Length: > MaxUserNameLength } ? userName[..MaxUserNameLength] : userName,
        // A description longer than the column (a long file name in it) is cut, never refused: the details are in After.
        Action = action is { Length: > MaxActionLength } ? action[..(MaxActionLength - 1)] + "…" : action,
        EntityType = entityType,
        EntityId = entityId,
        Before = before,
        After = after,
        Source = source is { Length: > MaxSourceLength } ? source[..MaxSourceLength] : source,
    };

    /// <summary>Places the record after the chain's tail and seals it with the current chain key.</summary>
    public void Seal(long previousSequence, string previousHash, AuditKey key)
    {
        if (IsSealed)
        {
            throw new InvalidOperationException($"审计记录 #{Id} 已封存为第 {Sequence} 条。");
        }

        Sequence = previousSequence + 1;
        PreviousHash = previousHash;
        KeyId = key.Id;
        Hash = AuditChain.ComputeHash(this, key);
    }

    /// <summary>A sealed record (tests, tools): pending and sealed at once.</summary>
    public static AuditRecord Append(
        long previousSequence, string previousHash, AuditKey key, DateTime occurredAtUtc, long? userId, string userName, string action,
        string entityType, string entityId, string? before, string? after)
    {
        var record = Pending(occurredAtUtc, userId, userName, action, entityType, entityId, before, after);
        record.Seal(previousSequence, previousHash, key);
        return record;
    }
}
