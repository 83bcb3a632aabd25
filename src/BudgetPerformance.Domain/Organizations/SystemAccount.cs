using System.Security.Cryptography;
using System.Text;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// Another system (the treasury, the 预算管理一体化 system) that pushes data through the API: a name, the region it
/// serves (its batches belong there and may carry that region's projects and those below it), and a token — never a
/// user's password. Only the token's SHA-256 is stored: the token is shown once, when created. Revoked, it is refused
/// at once.
/// </summary>
public sealed class SystemAccount : Entity
{
    /// <summary>Short enough that "系统：" and the name fit where a batch or audit record names its sender (50).</summary>
    public const int MaxNameLength = 40;
    public const string TokenPrefix = "bpsys_";

    private SystemAccount()
    {
        Name = string.Empty;
        TokenHash = string.Empty;
        TokenHint = string.Empty;
        CreatedBy = string.Empty;
    }

    public string Name { get; private set; }
    public long RegionId { get; private set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The token's first characters, so an administrator can tell tokens apart in the list.</summary>
    public string TokenHint { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new account and its token (to be shown once).</summary>
    public static Result<(SystemAccount Account, string Token)> Create(string name, long regionId, DateTime at, string by)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return Error.Validation($"请填写系统名称（不超过 {MaxNameLength} 个字）。", nameof(Name));
        }

        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var account = new SystemAccount
        {
            Name = trimmed,
            RegionId = regionId,
            TokenHash = HashOf(token),
            TokenHint = token[..(TokenPrefix.Length + 6)],
            CreatedAt = at,
            CreatedBy = by,
        };
        return (account, token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public Result Revoke(string by, DateTime at)
    {
        if (!IsActive)
        {
            return Error.Conflict($"该系统账号已于 {BeijingTime.Format(RevokedAt!.Value)} 吊销。");
        }

        (RevokedAt, RevokedBy) = (at, by);
        return Result.Success();
    }
}
