using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>
/// What every target use case starts with: the signed-in actor, the target with its rows, and what the actor may do
/// with it. Refuses with a Chinese message when the target is missing or out of the actor's scope.
/// </summary>
public sealed class TargetCommands(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Result<TargetContext>> LoadAsync(long id, CancellationToken ct, bool tracked = true)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        // Indicators and history are owned by the target and always load with it; so does its latest review.
        var query = (tracked ? db.PerformanceTargets : db.PerformanceTargets.AsNoTracking()).Include(t => t.LastReview);
        var target = await query.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return Error.NotFound($"绩效目标（编号 {id}）不存在。");
        }

        var scope = await scopes.ResolveAsync(ct);
        var permissions = TargetAccess.For(actor.Roles, actor.OrganizationId, scope, target);
        if (!permissions.View)
        {
            return Error.Forbidden("您无权查看该绩效目标：它不属于您所在单位或您管理的范围。");
        }

        return new TargetContext(target, actor, new ReviewActor(actor.UserId, actor.DisplayName), permissions);
    }

    /// <summary>Saves, turning a concurrent change by someone else into a clear conflict instead of a lost update.</summary>
    public async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("绩效目标已被他人修改，您的操作未保存。请刷新后重试。");
        }
    }

    public static Error Denied(string what) => Error.Forbidden($"您无权{what}：当前角色或状态不允许此操作。");
}

public sealed record TargetContext(PerformanceTarget Target, Actor Actor, ReviewActor ReviewActor, TargetPermissions Permissions);
