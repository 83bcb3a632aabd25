using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

public sealed record DeclareTargetRequest(TargetSubjectKind SubjectKind, long SubjectId);

/// <summary>申报: the unit that asks for the money starts a target draft (one per subject; adjustments make versions).</summary>
public sealed class DeclareTargetHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, RulePackResolver packs, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(DeclareTargetRequest request, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        var subject = await SubjectResolver.ResolveAsync(db, request.SubjectKind, request.SubjectId, ct);
        if (!subject.IsSuccess)
        {
            return subject.Error!;
        }

        var s = subject.Value;
        var scope = await scopes.ResolveAsync(ct);
        if (!scope.SeesOrganization(s.OwnerUnitId, s.DepartmentId, s.RegionId) || !TargetAccess.MayDeclare(actor.Roles, actor.OrganizationId, s.OwnerUnitId))
        {
            return Error.Forbidden($"谁申请资金、谁设置目标：只有“{s.Name}”的申报单位可以填报其绩效目标。");
        }

        if (await db.PerformanceTargets.AnyAsync(t => t.SubjectKind == s.Kind && t.SubjectId == s.Id, ct))
        {
            return Error.Conflict($"“{s.Name}”已有绩效目标，请在原目标上修改或发起调整。");
        }

        var section = await packs.TargetReviewAsync(s.RegionId, s.FiscalYear, ct);
        var target = PerformanceTarget.Declare(s, section.Settings.DefaultFramework, new ReviewActor(actor.UserId, actor.DisplayName), clock.GetUtcNow().UtcDateTime);
        db.PerformanceTargets.Add(target);
        await db.SaveChangesAsync(ct);
        return target.Id;
    }
}
