using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Auth;

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>A user changes their own password; the new one must satisfy the security policy.</summary>
public sealed class ChangePasswordHandler(IAppDbContext db, ICurrentUser currentUser, IPasswordHasher hasher, SecurityPolicy policy, IAuditNotes audit)
{
    public async Task<Result> HandleAsync(ChangePasswordRequest request, CancellationToken ct = default)
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
        return Result.Success();
    }
}
