using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Auth;

public sealed record SignInRequest(string UserName, string Password);

/// <summary>What the web layer puts into the authentication cookie.</summary>
public sealed record SignedInUser(long UserId, string UserName, string DisplayName, Role Roles, long OrganizationId, string OrganizationName, string SecurityStamp);

/// <summary>
/// Checks a user name and password, counting failures and locking the account per the security policy. The count and
/// the lock are single UPDATE statements, so parallel wrong passwords lock the account after the policy's limit exactly
/// as sequential ones do, and a right password is accepted only by an UPDATE that finds the account unlocked. Unknown,
/// deactivated, wrong and locked all get the same answer after the same password hashing work: the response tells an
/// attacker nothing about which user names exist or are locked. Every attempt is audited with its source.
/// </summary>
public sealed class SignInHandler(IAppDbContext db, IPasswordHasher hasher, TimeProvider clock, SecurityPolicy policy, IAuditNotes audit)
{
    private const int MaxUserNameLength = 50;
    private const int MaxPasswordLength = 256;

    // A hash of a password nobody has, so an unknown user name costs the same hashing as a known one.
    private static string? _decoy;

    public async Task<Result<SignedInUser>> HandleAsync(SignInRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Error.Validation("请输入用户名和密码。", "UserName");
        }

        var name = request.UserName.Trim().ToLowerInvariant();
        var password = request.Password.Length > MaxPasswordLength ? request.Password[..MaxPasswordLength] : request.Password;
        var user = name.Length > MaxUserNameLength ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || !user.IsActive)
        {
            hasher.Verify(_decoy ??= hasher.Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))), password);
            await AuditAsync(user is null ? "登录失败（用户名不存在）" : "登录失败（账户已停用）", user?.Id, user?.UserName ?? name[..Math.Min(name.Length, MaxUserNameLength)], null, ct);
            return Failure;
        }

        var right = hasher.Verify(user.PasswordHash, password);
        var users = db.Users.Where(u => u.Id == user.Id).Where(User.MaySignInAt(now));
        if (!right)
        {
            var (counted, locked) = await CountFailureAsync(users, now, ct);
            await AuditAsync(locked ? "登录失败并锁定" : counted ? "登录失败" : "锁定期间登录失败", user.Id, user.UserName,
                locked ? $"{{\"LockedUntil\":\"{Iso(now + policy.LockoutDuration)}\"}}" : null, ct);
            return Failure;
        }

        var signedIn = await users.ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedLoginCount, 0)
            .SetProperty(u => u.LockedUntil, (DateTime?)null)
            .SetProperty(u => u.LastLoginAt, now), ct) > 0;
        if (!signedIn)
        {
            await AuditAsync("锁定期间登录被拒绝", user.Id, user.UserName, null, ct);
            return Failure;
        }

        await AuditAsync("登录", user.Id, user.UserName, $"{{\"LastLoginAt\":\"{Iso(now)}\"}}", ct);
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == user.OrganizationId, ct);
        return new SignedInUser(user.Id, user.UserName, user.DisplayName, user.Roles, org.Id, org.Name, user.SecurityStamp);
    }

    /// <summary>
    /// Counts a wrong password while the account is unlocked, in single statements: the attempt that finds the count one
    /// below the limit locks (and resets the count); the others add one. Neither matching means another attempt changed
    /// the row in between, so it is tried again; an account locked meanwhile is not counted.
    /// </summary>
    private async Task<(bool Counted, bool Locked)> CountFailureAsync(IQueryable<User> users, DateTime now, CancellationToken ct)
    {
        var limit = policy.MaxFailedLogins;
        var until = now + policy.LockoutDuration;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await users.Where(u => u.FailedLoginCount + 1 >= limit)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntil, until).SetProperty(u => u.FailedLoginCount, 0), ct) > 0)
            {
                return (true, true);
            }

            if (await users.Where(u => u.FailedLoginCount + 1 < limit)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1), ct) > 0)
            {
                return (true, false);
            }

            if (!await users.AnyAsync(ct))
            {
                break;
            }
        }

        return (false, false);
    }

    /// <summary>The one answer to every failed sign-in, whatever the reason.</summary>
    private Error Failure => Error.Validation(
        $"用户名或密码错误，或账户因连续 {policy.MaxFailedLogins} 次登录失败已暂时锁定（{policy.LockoutDuration.TotalMinutes:0} 分钟后自动解除，管理员也可解除）。", "UserName");

    private async Task AuditAsync(string action, long? userId, string userName, string? after, CancellationToken ct)
    {
        audit.Describe(action, userId, userName);
        audit.Record(action, nameof(User), userId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, null, after);
        await db.SaveChangesAsync(ct);
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
