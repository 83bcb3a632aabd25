using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>
/// 批复 a project's budget line: the target in force for the project is approved through <see cref="ApproveTargetHandler"/>,
/// the same use case the target's own page uses; refused unless it passed review (无目标、不预算).
/// </summary>
public sealed class ApproveProjectBudgetHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, ApproveTargetHandler approve)
{
    public async Task<Result> HandleAsync(long projectId, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || !actor.Has(Role.FinanceReviewer) || scope.Kind != AccessScopeKind.Region)
        {
            return Error.Forbidden("只有财政部门可以批复预算。");
        }

        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || !scope.SeesRegion(project.RegionId))
        {
            return Error.NotFound($"项目（编号 {projectId}）不存在。");
        }

        var targetId = await TargetQueries.InForceFor(db.PerformanceTargets, TargetSubjectKind.Project, projectId).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
        if (targetId is null)
        {
            return BudgetApproval.Approve(project, null, new ReviewActor(actor.UserId, actor.DisplayName), DateTime.UtcNow);
        }

        var approved = await approve.ApproveBudgetLineAsync(targetId.Value, ct);
        return approved.IsSuccess ? Result.Success() : approved.Error!;
    }
}
