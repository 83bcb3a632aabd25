using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>批复 a project's budget line; refused unless its target passed review (无目标、不预算).</summary>
public sealed class ApproveProjectBudgetHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long projectId, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || !actor.Has(Role.FinanceReviewer) || scope.Kind != AccessScopeKind.Region)
        {
            return Error.Forbidden("只有财政部门可以批复预算。");
        }

        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || !scope.SeesRegion(project.RegionId))
        {
            return Error.NotFound($"项目（编号 {projectId}）不存在。");
        }

        var target = await db.PerformanceTargets
            .Where(t => t.SubjectKind == TargetSubjectKind.Project && t.SubjectId == projectId && t.Status != TargetStatus.Superseded)
            .OrderBy(t => t.Version).FirstOrDefaultAsync(ct);
        var approved = BudgetApproval.Approve(project, target, new ReviewActor(actor.UserId, actor.DisplayName), clock.GetUtcNow().UtcDateTime);
        if (!approved.IsSuccess)
        {
            return approved;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
