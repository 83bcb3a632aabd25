using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RulePacks;

public sealed record ReviseRulePackRequest(string Code, TargetReviewSettings TargetReview);

/// <summary>
/// A finance administrator changes a pack's numbers: a new version is stored beside the old one, which stays as it
/// was so every earlier result can still be explained by the version that produced it.
/// </summary>
public sealed class ReviseRulePackHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<RulePackDto>> HandleAsync(ReviseRulePackRequest request, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.IsFinanceAdmin)
        {
            return Error.Forbidden("只有财政局管理员可以修订规则方案。");
        }

        var latest = await db.RulePacks.AsNoTracking().Where(p => p.Code == request.Code).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return Error.NotFound($"规则方案“{request.Code}”不存在。");
        }

        var revised = latest.Revise(latest.Settings with { TargetReview = request.TargetReview }, clock.GetUtcNow().UtcDateTime);
        if (!revised.IsSuccess)
        {
            return revised.Error!;
        }

        db.RulePacks.Add(revised.Value);
        await db.SaveChangesAsync(ct);
        var p = revised.Value;
        return new RulePackDto(p.Id, p.Code, p.Name, p.Version, p.Label, p.Basis, p.CreatedAt, p.Settings, []);
    }
}

/// <summary>RegionId 0 means the administrator's own region.</summary>
public sealed record AssignRulePackRequest(long RegionId, int? FiscalYear, string Code);

/// <summary>Chooses the pack a region (of the administrator's own region or below) uses, for one year or every year.</summary>
public sealed class AssignRulePackHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes)
{
    public async Task<Result> HandleAsync(AssignRulePackRequest request, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is not null && request.RegionId == 0)
        {
            request = request with { RegionId = await db.Organizations.Where(o => o.Id == actor.OrganizationId).Select(o => o.RegionId).FirstAsync(ct) };
        }

        if (actor is null || !actor.IsFinanceAdmin || !scope.SeesRegion(request.RegionId))
        {
            return Error.Forbidden("只有本地区的财政局管理员可以为本地区及下级地区选择规则方案。");
        }

        if (!await db.RulePacks.AnyAsync(p => p.Code == request.Code, ct))
        {
            return Error.NotFound($"规则方案“{request.Code}”不存在。");
        }

        var existing = await db.RulePackAssignments.FirstOrDefaultAsync(a => a.RegionId == request.RegionId && a.FiscalYear == request.FiscalYear, ct);
        if (existing is not null)
        {
            db.RulePackAssignments.Remove(existing);
        }

        db.RulePackAssignments.Add(RulePackAssignment.Create(request.RegionId, request.FiscalYear, request.Code));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
