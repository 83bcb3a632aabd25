using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Auditing;

/// <summary>The hash chain that makes the audit trail tamper-evident, and its verification.</summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Times are kept to the microsecond, the finest both SQLite text and PostgreSQL timestamps hold exactly.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>
    /// HMAC-SHA256 with the chain key over the record's content and its predecessor's hash (plain SHA-256 for the
    /// unkeyed records of older chains). Without the key, nobody can recompute the chain after editing a record.
    /// </summary>
    public static string ComputeHash(AuditRecord r, AuditKey key)
    {
        var parts = new List<string>
        {
            (r.Sequence ?? 0).ToString(CultureInfo.InvariantCulture),
            r.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            r.UserId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            r.UserName,
            r.Action,
            r.EntityType,
            r.EntityId,
            r.Before ?? "\u0000",
            r.After ?? "\u0000",
            r.PreviousHash ?? string.Empty,
        };
        if (key.IsUnkeyed)
        {
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));
        }

        parts.Add(r.Source ?? "\u0000");
        parts.Add(key.Id.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));
    }

    /// <summary>Verifies sealed records given in sequence order against the key ring and the checkpoints.</summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> recordsInOrder, AuditKeyRing keys, IReadOnlyList<AuditCheckpoint>? checkpoints = null)
    {
        var verifier = new AuditChainVerifier(keys, checkpoints ?? []);
        foreach (var r in recordsInOrder)
        {
            if (!verifier.Accept(r))
            {
                break;
            }
        }

        return verifier.Finish();
    }
}

/// <summary>
/// Checks a chain one record at a time, so a long trail can be read in batches: gap-free positions, links to the
/// predecessor, keyed hashes, no unkeyed record after a keyed one, and at the end every checkpoint reached with the
/// hash it recorded.
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly AuditKeyRing _keys;
    private readonly Dictionary<long, List<AuditCheckpoint>> _checkpoints;
    private readonly List<string> _checkpointProblems = [];
    private string _expectedPrevious = AuditChain.GenesisHash;
    private long _expectedSequence = 1;
    private long _count;
    private bool _keyed;
    private AuditVerification? _broken;

    public AuditChainVerifier(AuditKeyRing keys, IReadOnlyList<AuditCheckpoint> checkpoints)
    {
        _keys = keys;
        foreach (var c in checkpoints)
        {
            var key = _keys.Find(c.KeyId);
            if (key is null || !c.IsSignedBy(key))
            {
                _checkpointProblems.Add($"{c.Describe()}的签名无效，检查点被伪造或改动。");
            }
        }

        _checkpoints = checkpoints.GroupBy(c => c.Sequence).ToDictionary(g => g.Key, g => g.ToList());
        Checkpoints = checkpoints.Count;
    }

    public int Checkpoints { get; }

    /// <summary>Checks the next record; false once the chain is broken (later records are not looked at).</summary>
    public bool Accept(AuditRecord r)
    {
        if (_broken is not null)
        {
            return false;
        }

        var problem = Problem(r);
        if (problem is not null)
        {
            _broken = AuditVerification.Broken(_count, r.Sequence ?? 0, problem, Checkpoints);
            return false;
        }

        if (_checkpoints.TryGetValue(r.Sequence!.Value, out var marks) && marks.FirstOrDefault(m => m.Hash != r.Hash) is { } differs)
        {
            _broken = AuditVerification.Broken(_count, r.Sequence.Value,
                $"第 {r.Sequence} 条审计记录的哈希与{differs.Describe()}不符：该记录或其之前的链条被改写。", Checkpoints);
            return false;
        }

        _expectedPrevious = r.Hash!;
        _expectedSequence++;
        _count++;
        return true;
    }

    /// <summary>The result once every record was offered: a chain shorter than a checkpoint was truncated.</summary>
    public AuditVerification Finish()
    {
        if (_broken is not null)
        {
            return _broken;
        }

        if (_checkpointProblems.Count > 0)
        {
            return AuditVerification.Broken(_count, null, _checkpointProblems[0], Checkpoints);
        }

        var beyond = _checkpoints.Values.SelectMany(c => c).Where(c => c.Sequence > _count).MaxBy(c => c.Sequence);
        if (beyond is not null)
        {
            return AuditVerification.Broken(_count, _count + 1,
                $"审计链被截断：{beyond.Describe()}（哈希 {beyond.Hash[..12]}…），现在只有 {_count} 条，最新的 {beyond.Sequence - _count} 条以上记录被删除。", Checkpoints);
        }

        return AuditVerification.Intact(_count, _expectedPrevious, Checkpoints);
    }

    private string? Problem(AuditRecord r)
    {
        if (r.Sequence != _expectedSequence)
        {
            return $"审计记录序号不连续：应为 {_expectedSequence}，实为 {r.Sequence}，可能有记录被删除。";
        }

        if (r.PreviousHash != _expectedPrevious)
        {
            return $"第 {r.Sequence} 条审计记录的前序哈希与上一条不符，链条被改动。";
        }

        var key = _keys.Find(r.KeyId);
        if (key is null)
        {
            return $"第 {r.Sequence} 条审计记录使用的链密钥 #{r.KeyId} 不在密钥环中，无法核验。";
        }

        if (key.IsUnkeyed && _keyed)
        {
            return $"第 {r.Sequence} 条审计记录未加密钥，而此前的记录已加密钥：记录被改写为旧格式。";
        }

        _keyed |= !key.IsUnkeyed;
        if (r.Hash is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(AuditChain.ComputeHash(r, key)), Encoding.ASCII.GetBytes(r.Hash)))
        {
            return $"第 {r.Sequence} 条审计记录（北京时间 {BeijingTime.FormatSeconds(r.OccurredAt)}，{r.UserName}，{r.Action} {r.EntityType}#{r.EntityId}）的内容与其哈希不符，记录被篡改。";
        }

        return null;
    }
}

/// <summary>The outcome of verifying the chain.</summary>
public sealed record AuditVerification(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string Message, string? LastHash, int CheckpointsChecked = 0, long PendingRecords = 0)
{
    public static AuditVerification Intact(long count, string lastHash, int checkpoints) =>
        new(true, count, null, $"审计链完整：已核验 {count} 条记录{(checkpoints > 0 ? $"、{checkpoints} 个检查点" : string.Empty)}。", lastHash, checkpoints);

    public static AuditVerification Broken(long checkedBefore, long? sequence, string message, int checkpoints) =>
        new(false, checkedBefore, sequence, message, null, checkpoints);
}
