using System.Security.Cryptography;

namespace BudgetPerformance.Domain.Auditing;

/// <summary>A secret the chain is keyed with, kept outside the database, identified by a number stored with each record.</summary>
public sealed record AuditKey(int Id, byte[] Secret)
{
    /// <summary>Records hashed with plain SHA-256, before chains were keyed.</summary>
    public static readonly AuditKey Unkeyed = new(0, []);

    public static AuditKey Generate(int id) => new(id, RandomNumberGenerator.GetBytes(32));

    public bool IsUnkeyed => Id == 0;
}

/// <summary>
/// Every chain key the platform has used, and the current one. Rotation adds a key and makes it current; old keys stay
/// so the records they sealed can still be verified.
/// </summary>
public sealed class AuditKeyRing
{
    private readonly Dictionary<int, AuditKey> _keys;

    public AuditKeyRing(IEnumerable<AuditKey> keys, int currentId)
    {
        _keys = keys.ToDictionary(k => k.Id);
        if (!_keys.TryGetValue(currentId, out var current) || current.IsUnkeyed)
        {
            throw new InvalidOperationException($"审计链密钥环中没有当前密钥 #{currentId}。");
        }

        Current = current;
    }

    public AuditKey Current { get; }

    public IReadOnlyCollection<AuditKey> Keys => _keys.Values;

    public AuditKey? Find(int id) => id == 0 ? AuditKey.Unkeyed : _keys.GetValueOrDefault(id);
}
