using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>A target with its indicators, history, last automatic review and what the user may do with it.</summary>
public sealed class GetTargetHandler(TargetCommands commands, TargetMapper mapper)
{
    public async Task<Result<TargetDto>> HandleAsync(long id, CancellationToken ct = default)
    {
        var loaded = await commands.LoadAsync(id, ct, tracked: false);
        return loaded.IsSuccess ? await mapper.ToDtoAsync(loaded.Value.Target, loaded.Value.Permissions, ct) : loaded.Error!;
    }
}

/// <summary>Maps a target to what pages and the API show, permissions included.</summary>
public sealed class TargetMapper(IAppDbContext db, AccessScopeResolver scopes)
{
    /// <summary>After a change the permissions are worked out again for the new status.</summary>
    public async Task<TargetDto> ToDtoAsync(TargetContext context, CancellationToken ct) =>
        await ToDtoAsync(context.Target, TargetAccess.For(context.Actor.Roles, context.Actor.OrganizationId, await scopes.ResolveAsync(ct), context.Target), ct);

    public async Task<TargetDto> ToDtoAsync(PerformanceTarget t, TargetPermissions permissions, CancellationToken ct)
    {
        var orgs = await db.Organizations.AsNoTracking().Where(o => o.Id == t.OwnerUnitId || o.Id == t.DepartmentId)
            .ToDictionaryAsync(o => o.Id, ct);
        var names = orgs.ToDictionary(o => o.Key, o => o.Value.Name);
        Project? project = t.SubjectKind == TargetSubjectKind.Project
            ? await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == t.SubjectId, ct)
            : null;
        return new TargetDto(
            t.Id, t.SubjectKind, TargetTerms.Of(t.SubjectKind), t.SubjectId, t.SubjectName,
            t.OwnerUnitId, names.GetValueOrDefault(t.OwnerUnitId, "—"), t.DepartmentId, names.GetValueOrDefault(t.DepartmentId, "—"),
            t.FiscalYear, t.Version, t.PreviousVersionId, t.Framework, IndicatorFrameworks.Name(t.Framework), t.Status, TargetTerms.Of(t.Status),
            t.OverallGoal, t.AnnualGoal, t.Revision, t.TotalWeight, t.FinanceGrade is { } g ? TargetTerms.Of(g) : null,
            t.Indicators.OrderBy(i => i.Position).Select(TargetIndicatorDto.From).ToList(),
            t.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(ToDto).ToList(),
            AutoReviewDto.From(t.LastReview),
            permissions,
            project?.AdjustedTotal.ToWanYuanString(),
            project?.IsBudgetApproved,
            orgs.GetValueOrDefault(t.OwnerUnitId)?.Sector,
            project?.LibraryStatus);
    }

    private static TargetStepDto ToDto(TargetReviewStep s)
    {
        var dims = new Dictionary<string, string>();
        void Add(ReviewDimension d, ReviewGrade? g)
        {
            if (g is { } grade)
            {
                dims[TargetTerms.Of(d)] = TargetTerms.Of(grade);
            }
        }

        Add(ReviewDimension.Completeness, s.Completeness);
        Add(ReviewDimension.Relevance, s.Relevance);
        Add(ReviewDimension.Appropriateness, s.Appropriateness);
        Add(ReviewDimension.Feasibility, s.Feasibility);
        return new TargetStepDto(s.Action, TargetTerms.Of(s.FromStatus), TargetTerms.Of(s.ToStatus), s.ActorName, s.At, s.Grade is { } g ? TargetTerms.Of(g) : null, dims, s.Comment);
    }
}

/// <summary>The current target of a project, policy or department budget (the newest version), if there is one.</summary>
public sealed class FindTargetHandler(IAppDbContext db, AccessScopeResolver scopes, ICurrentUser currentUser)
{
    public sealed record SubjectTarget(long? TargetId, bool MayDeclare);

    public async Task<SubjectTarget> HandleAsync(TargetSubjectKind kind, long subjectId, CancellationToken ct = default)
    {
        var id = await TargetQueries.NewestFor(db.PerformanceTargets.AsNoTracking(), kind, subjectId).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
        var actor = await currentUser.GetActorAsync();
        if (id is not null || actor is null)
        {
            return new SubjectTarget(id, false);
        }

        var subject = await SubjectResolver.ResolveAsync(db, kind, subjectId, ct);
        var scope = await scopes.ResolveAsync(ct);
        var may = subject.IsSuccess && scope.SeesOrganization(subject.Value.OwnerUnitId, subject.Value.DepartmentId, subject.Value.RegionId)
                  && TargetAccess.MayDeclare(actor.Roles, actor.OrganizationId, subject.Value.OwnerUnitId);
        return new SubjectTarget(null, may);
    }
}

/// <summary>The department-overall budget of a department for a year, with its target if any.</summary>
public sealed class FindDepartmentTargetHandler(IAppDbContext db, AccessScopeResolver scopes, FindTargetHandler targets)
{
    public sealed record DepartmentTarget(long BudgetId, string DepartmentName, int FiscalYear, FindTargetHandler.SubjectTarget Target);

    public async Task<Result<DepartmentTarget>> HandleAsync(long departmentId, int fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var budget = await db.DepartmentBudgets.AsNoTracking().VisibleTo(scope)
            .FirstOrDefaultAsync(b => b.DepartmentId == departmentId && b.FiscalYear == fiscalYear, ct);
        if (budget is null)
        {
            return Error.NotFound($"{fiscalYear} 年度没有该部门的整体预算，或您无权查看。");
        }

        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == departmentId).Select(o => o.Name).FirstAsync(ct);
        return new DepartmentTarget(budget.Id, name, fiscalYear, await targets.HandleAsync(TargetSubjectKind.DepartmentOverall, budget.Id, ct));
    }
}

/// <summary>Reads the project, policy or department budget a target is declared for.</summary>
public static class SubjectResolver
{
    public static async Task<Result<TargetSubject>> ResolveAsync(IAppDbContext db, TargetSubjectKind kind, long subjectId, CancellationToken ct)
    {
        switch (kind)
        {
            case TargetSubjectKind.Project:
                var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == subjectId, ct);
                return p is null
                    ? Error.NotFound($"项目（编号 {subjectId}）不存在。")
                    : new TargetSubject(kind, p.Id, p.Name, p.OwnerUnitId, p.DepartmentId, p.RegionId, p.FiscalYear);
            case TargetSubjectKind.Policy:
                var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == subjectId, ct);
                return policy is null
                    ? Error.NotFound($"政策（编号 {subjectId}）不存在。")
                    : new TargetSubject(kind, policy.Id, policy.Name, policy.LeadDepartmentId, policy.LeadDepartmentId, policy.RegionId, policy.FiscalYear);
            case TargetSubjectKind.DepartmentOverall:
                var budget = await db.DepartmentBudgets.AsNoTracking().FirstOrDefaultAsync(x => x.Id == subjectId, ct);
                if (budget is null)
                {
                    return Error.NotFound($"部门整体预算（编号 {subjectId}）不存在。");
                }

                var dept = await db.Organizations.AsNoTracking().Where(o => o.Id == budget.DepartmentId).Select(o => o.Name).FirstAsync(ct);
                return new TargetSubject(kind, budget.Id, $"{dept}{budget.FiscalYear}年部门整体支出", budget.DepartmentId, budget.DepartmentId, budget.RegionId, budget.FiscalYear);
            default:
                return Error.Validation("绩效目标对象应为项目、政策或部门整体。", "SubjectKind");
        }
    }
}
