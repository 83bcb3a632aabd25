using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Users;

public sealed record CreateUserRequest(string UserName, string DisplayName, long OrganizationId, IReadOnlyList<Role> Roles, string Password);

public enum UserAction
{
    Deactivate,
    Activate,
    Unlock,
}

public sealed record ReassignUserRequest(long OrganizationId, IReadOnlyList<Role> Roles);

/// <summary>
/// The finance bureau's administrator creates accounts for organisations of the region, deactivates or reactivates
/// them, lifts lockouts and resets passwords. Roles must fit the organisation; passwords must meet the policy.
/// </summary>
public sealed class ManageUsersHandler(IAppDbContext db, FinanceAdministration administration, IPasswordHasher hasher, SecurityPolicy policy, IAuditNotes audit)
{
    public async Task<Result<long>> CreateAsync(CreateUserRequest r, CancellationToken ct = default)
    {
        var (allowed, scope, admin) = await AdminAsync(ct);
        if (!allowed)
        {
            return Denied;
        }

        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == r.OrganizationId, ct);
        if (org is null || !scope.SeesRegion(org.RegionId))
        {
            return Error.Validation("所属单位不存在，或不在本地区。", nameof(r.OrganizationId));
        }

        if (org.IsClosed)
        {
            return Error.Validation($"“{org.Name}”已撤销，不能再为其设置账户。", nameof(r.OrganizationId));
        }

        var password = policy.CheckPassword(r.Password, r.UserName ?? string.Empty);
        if (!password.IsSuccess)
        {
            return password.Error!;
        }

        var roles = (r.Roles ?? []).Aggregate(Role.None, (all, role) => all | role);
        var user = User.Create(r.UserName ?? string.Empty, r.DisplayName ?? string.Empty, org, roles, hasher.Hash(r.Password!));
        if (!user.IsSuccess)
        {
            return user.Error!;
        }

        if (await db.Users.AnyAsync(u => u.UserName == user.Value.UserName, ct))
        {
            return Error.Conflict($"用户名“{user.Value.UserName}”已被使用。");
        }

        db.Users.Add(user.Value);
        audit.Describe($"新建用户：{user.Value.UserName}");
        await db.SaveChangesAsync(ct);
        return user.Value.Id;
    }

    public async Task<Result> ChangeAsync(long userId, UserAction action, CancellationToken ct = default)
    {
        var (allowed, scope, admin) = await AdminAsync(ct);
        var user = allowed ? await UserInScopeAsync(userId, scope, ct) : null;
        if (user is null)
        {
            return allowed ? Error.NotFound($"用户（编号 {userId}）不存在。") : Denied;
        }

        if (action == UserAction.Deactivate && user.Id == admin!.Actor.UserId)
        {
            return Error.Conflict("不能停用自己的账户。");
        }

        if (!Enum.IsDefined(action))
        {
            return Error.Validation("操作只能是停用（Deactivate）、启用（Activate）或解除锁定（Unlock）。", nameof(action));
        }

        switch (action)
        {
            case UserAction.Deactivate:
                user.Deactivate();
                break;
            case UserAction.Activate:
                user.Activate();
                break;
            default:
                user.Unlock();
                break;
        }

        audit.Describe($"{action switch { UserAction.Deactivate => "停用用户", UserAction.Activate => "启用用户", _ => "解除锁定" }}：{user.UserName}");
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Other roles or another organisation for an account; every session of the user ends.</summary>
    public async Task<Result> ReassignAsync(long userId, ReassignUserRequest r, CancellationToken ct = default)
    {
        var (allowed, scope, admin) = await AdminAsync(ct);
        var user = allowed ? await UserInScopeAsync(userId, scope, ct) : null;
        if (user is null)
        {
            return allowed ? Error.NotFound($"用户（编号 {userId}）不存在。") : Denied;
        }

        if (user.Id == admin!.Actor.UserId)
        {
            return Error.Conflict("不能修改自己的角色和所属单位，请由另一位管理员修改。");
        }

        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == r.OrganizationId, ct);
        if (org is null || !scope.SeesRegion(org.RegionId))
        {
            return Error.Validation("所属单位不存在，或不在本地区。", nameof(r.OrganizationId));
        }

        if (org.IsClosed)
        {
            return Error.Validation($"“{org.Name}”已撤销，不能再为其设置账户。", nameof(r.OrganizationId));
        }

        var roles = (r.Roles ?? []).Aggregate(Role.None, (all, role) => all | role);
        var changed = user.Reassign(org, roles);
        if (!changed.IsSuccess)
        {
            return changed;
        }

        audit.Describe($"修改角色和单位：{user.UserName}（{Roles.DisplayNames(roles)}，{org.Name}）");
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> ResetPasswordAsync(long userId, string newPassword, CancellationToken ct = default)
    {
        var (allowed, scope, admin) = await AdminAsync(ct);
        var user = allowed ? await UserInScopeAsync(userId, scope, ct) : null;
        if (user is null)
        {
            return allowed ? Error.NotFound($"用户（编号 {userId}）不存在。") : Denied;
        }

        var check = policy.CheckPassword(newPassword, user.UserName);
        if (!check.IsSuccess)
        {
            return check;
        }

        user.ChangePasswordHash(hasher.Hash(newPassword));
        user.Unlock();
        audit.Describe($"重置密码：{user.UserName}");
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private static readonly Error Denied = FinanceAdministration.Denied("管理用户");

    private async Task<(bool Allowed, AccessScope Scope, FinanceAdministrator? Admin)> AdminAsync(CancellationToken ct)
    {
        var admin = await administration.ResolveAsync(ct);
        return (admin is not null, admin?.Scope ?? AccessScope.Nothing, admin);
    }

    private async Task<User?> UserInScopeAsync(long userId, AccessScope scope, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var region = await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => o.RegionId).FirstAsync(ct);
        return scope.SeesRegion(region) ? user : null;
    }
}
