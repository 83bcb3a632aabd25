using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Users;

public sealed record UserListItem(long Id, string UserName, string DisplayName, string RolesText, string OrganizationName, string OrganizationKind, bool IsActive, DateTime? LockedUntil, DateTime? LastLoginAt,
    long OrganizationId, IReadOnlyList<Role> RoleList);

/// <summary>Accounts of the region, for the finance bureau's administrator.</summary>
public sealed class ListUsersHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes)
{
    public async Task<Result<PagedResult<UserListItem>>> HandleAsync(string? keyword, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.IsFinanceAdmin)
        {
            return Error.Forbidden("只有财政局管理员可以管理用户。");
        }

        var valid = PagingRules.Check(page, pageSize, keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var scope = await scopes.ResolveAsync(ct);
        var rows = from u in db.Users.AsNoTracking()
                   join o in db.Organizations.AsNoTracking() on u.OrganizationId equals o.Id
                   where scope.RegionIds.Contains(o.RegionId)
                   select new { u, o };
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            rows = rows.Where(x => x.u.UserName.Contains(keyword) || x.u.DisplayName.Contains(keyword) || x.o.Name.Contains(keyword));
        }

        var total = await rows.CountAsync(ct);
        var list = await rows.OrderBy(x => x.o.Kind).ThenBy(x => x.u.UserName).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var items = list.Select(x => new UserListItem(
            x.u.Id, x.u.UserName, x.u.DisplayName, Roles.DisplayNames(x.u.Roles), x.o.Name, BudgetTerms.Of(x.o.Kind),
            x.u.IsActive, x.u.LockedUntil, x.u.LastLoginAt, x.o.Id, Roles.Split(x.u.Roles).ToList())).ToList();
        return new PagedResult<UserListItem>(items, total, page, pageSize);
    }
}
