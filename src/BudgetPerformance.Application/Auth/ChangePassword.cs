using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Auth;

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>A user changes their own password; the new one must satisfy the security policy.</summary>
public sealed class ChangePasswordHandler(IAppDbContext db, ICurrentUser currentUser, IPasswordHasher hasher, SecurityPolicy policy, IAuditNotes audit)
{
    public async Task<Result<SignedInUser>> HandleAsync(ChangePasswordRequest request, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var user = actor is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null)
        {
            return Error.Forbidden("请先登录。");
        }

        if (!hasher.Verify(user.PasswordHash, request.CurrentPassword ?? string.Empty))
        {
            return Error.Validation("当前密码不正确。", nameof(request.CurrentPassword));
        }

        var check = policy.CheckPassword(request.NewPassword, user.UserName);
        if (!check.IsSuccess)
        {
            return check.Error! with { Field = nameof(request.NewPassword) };
        }

        if (hasher.Verify(user.PasswordHash, request.NewPassword))
        {
            return Error.Validation("新密码不能与当前密码相同。", nameof(request.NewPassword));
        }

        user.ChangePasswordHash(hasher.Hash(request.NewPassword));
        audit.Describe("修改密码");
        await db.SaveChangesAsync(ct);
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == user.OrganizationId, ct);
        return new SignedInUser(user.Id, user.UserName, user.DisplayName, user.Roles, org.Id, org.Name, user.SecurityStamp);
    }
}

/// <summary>Signing out ends every session of the user (all browsers and API clients), not only this cookie.</summary>
public sealed class SignOutHandler(IAppDbContext db, ICurrentUser currentUser, IAuditNotes audit)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var user = actor is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null)
        {
            return;
        }

        user.EndAllSessions();
        audit.Describe("退出登录");
        await db.SaveChangesAsync(ct);
    }
}
