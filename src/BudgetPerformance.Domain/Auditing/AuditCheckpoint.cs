using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Auditing;

/// <summary>
/// The chain's head at a moment, signed with the chain key and kept outside the audit table (a file beside the
/// database, and a copy in the database). Deleting the newest records leaves a chain that no longer reaches a
/// checkpoint's head: verification reports it.
/// </summary>
public sealed class AuditCheckpoint : Entity
{
    private AuditCheckpoint()
    {
        Hash = string.Empty;
        Signature = string.Empty;
    }

    public long Sequence { get; private set; }
    public string Hash { get; private set; }
    public DateTime At { get; private set; }
    public int KeyId { get; private set; }
    public string Signature { get; private set; }

    public static AuditCheckpoint Sign(long sequence, string hash, DateTime at, AuditKey key)
    {
        var checkpoint = new AuditCheckpoint { Sequence = sequence, Hash = hash, At = AuditChain.Truncate(at), KeyId = key.Id };
        checkpoint.Signature = checkpoint.ComputeSignature(key);
        return checkpoint;
    }

    public static AuditCheckpoint Restore(long sequence, string hash, DateTime at, int keyId, string signature) =>
        new() { Sequence = sequence, Hash = hash, At = DateTime.SpecifyKind(at, DateTimeKind.Utc), KeyId = keyId, Signature = signature };

    public bool IsSignedBy(AuditKey key) => key.Id == KeyId && !key.IsUnkeyed && CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(ComputeSignature(key)), Encoding.ASCII.GetBytes(Signature));

    /// <summary>"北京时间 2026-12-01 15:30:05，第 1234 条".</summary>
    public string Describe() => $"检查点（北京时间 {BeijingTime.FormatSeconds(At)}）记录的第 {Sequence} 条";

    private string ComputeSignature(AuditKey key) => Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(string.Join(
        '|', "checkpoint", Sequence.ToString(CultureInfo.InvariantCulture), Hash, At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        KeyId.ToString(CultureInfo.InvariantCulture)))));
}
