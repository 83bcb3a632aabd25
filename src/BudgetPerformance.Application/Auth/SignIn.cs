using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Auth;

public sealed record SignInRequest(string UserName, string Password);

/// <summary>What the web layer puts into the authentication cookie.</summary>
public sealed record SignedInUser(long UserId, string UserName, string DisplayName, Role Roles, long OrganizationId, string OrganizationName);

/// <summary>Checks a user name and password, counting failures and locking the account per the security policy.</summary>
public sealed class SignInHandler(IAppDbContext db, IPasswordHasher hasher, TimeProvider clock, SecurityPolicy policy, IAuditNotes audit)
{
    private const string WrongCredentials = "用户名或密码错误。";

    public async Task<Result<SignedInUser>> HandleAsync(SignInRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Error.Validation("请输入用户名和密码。", "UserName");
        }

        var name = request.UserName.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null || !user.IsActive)
        {
            return Error.Validation(WrongCredentials, "UserName");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (user.IsLockedOut(now))
        {
            var until = user.LockedUntil!.Value;
            return Error.Forbidden($"连续登录失败次数过多，账户已锁定，请在 {Math.Ceiling((until - now).TotalMinutes)} 分钟后重试。");
        }

        if (!hasher.Verify(user.PasswordHash, request.Password))
        {
            user.RecordFailedLogin(now, policy);
            audit.Describe(user.IsLockedOut(now) ? "登录失败并锁定" : "登录失败", user.Id, user.UserName);
            await db.SaveChangesAsync(ct);
            return user.IsLockedOut(now)
                ? Error.Forbidden($"连续 {policy.MaxFailedLogins} 次登录失败，账户已锁定 {policy.LockoutDuration.TotalMinutes:0} 分钟。")
                : Error.Validation(WrongCredentials, "UserName");
        }

        user.RecordSuccessfulLogin(now);
        audit.Describe("登录", user.Id, user.UserName);
        await db.SaveChangesAsync(ct);
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == user.OrganizationId, ct);
        return new SignedInUser(user.Id, user.UserName, user.DisplayName, user.Roles, org.Id, org.Name);
    }
}
