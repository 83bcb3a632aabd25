using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BudgetPerformance.Domain.Auditing;

/// <summary>The hash chain that makes the audit trail tamper-evident, and its verification.</summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Times are kept to the microsecond, the finest both SQLite text and PostgreSQL timestamps hold exactly.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static string ComputeHash(AuditRecord r)
    {
        var canonical = string.Join(
            '\u001f',
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            r.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            r.UserId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            r.UserName,
            r.Action,
            r.EntityType,
            r.EntityId,
            r.Before ?? "\u0000",
            r.After ?? "\u0000",
            r.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Walks records in sequence order and reports the first break: a record whose content no longer matches its hash,
    /// one that does not point at its predecessor, or a gap in the sequence (a deleted record).
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> recordsInOrder)
    {
        var verifier = new AuditChainVerifier();
        foreach (var r in recordsInOrder)
        {
            if (!verifier.Accept(r))
            {
                break;
            }
        }

        return verifier.Result;
    }
}

/// <summary>Checks a chain one record at a time, so a long trail can be read in batches.</summary>
public sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditChain.GenesisHash;
    private long _expectedSequence = 1;
    private long _count;
    private AuditVerification? _broken;

    public AuditVerification Result => _broken ?? AuditVerification.Intact(_count, _expectedPrevious);

    /// <summary>Checks the next record; false once the chain is broken (later records are not looked at).</summary>
    public bool Accept(AuditRecord r)
    {
        if (_broken is not null)
        {
            return false;
        }

        string? problem = null;
        if (r.Sequence != _expectedSequence)
        {
            problem = $"审计记录序号不连续：应为 {_expectedSequence}，实为 {r.Sequence}，可能有记录被删除。";
        }
        else if (r.PreviousHash != _expectedPrevious)
        {
            problem = $"第 {r.Sequence} 条审计记录的前序哈希与上一条不符，链条被改动。";
        }
        else if (AuditChain.ComputeHash(r) != r.Hash)
        {
            problem = $"第 {r.Sequence} 条审计记录（{r.OccurredAt:yyyy-MM-dd HH:mm:ss}，{r.UserName}，{r.Action} {r.EntityType}#{r.EntityId}）的内容与其哈希不符，记录被篡改。";
        }

        if (problem is not null)
        {
            _broken = AuditVerification.Broken(_count, r.Sequence, problem);
            return false;
        }

        _expectedPrevious = r.Hash;
        _expectedSequence++;
        _count++;
        return true;
    }
}

/// <summary>The outcome of verifying the chain.</summary>
public sealed record AuditVerification(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string Message, string? LastHash)
{
    public static AuditVerification Intact(long count, string lastHash) =>
        new(true, count, null, $"审计链完整：已核验 {count} 条记录。", lastHash);

    public static AuditVerification Broken(long checkedBefore, long sequence, string message) =>
        new(false, checkedBefore, sequence, message, null);
}
