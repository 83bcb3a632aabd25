using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Proposals;

/// <summary>What a budget unit declares for a new project (新增项目申报): money in 万元 by source.</summary>
public sealed record DeclareProposalRequest(
    string Name, int FiscalYear, BudgetKind BudgetKind, SpecialCategory SpecialCategory, DebtBondType DebtBondType, ProjectType ProjectType,
    int StartYear, int EndYear, string Manager, decimal AppropriationWanYuan, decimal CarryOverWanYuan = 0, decimal OtherWanYuan = 0,
    string? ManagerPhone = null, string? Description = null);

public sealed record ProposalCreated(long ProjectId, long TargetId, string Code);

/// <summary>
/// 新增项目申报: a budget unit declares a new project for a coming year, in its own unit only, together with a draft of its
/// target. It goes through the same department → finance review as the target and enters the library only when the
/// finance review passes it (评级 差 rejects it).
/// </summary>
public sealed class DeclareProposalHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public const int MaxDescriptionLength = 1000;

    /// <summary>Why a year takes no proposals: it is not open for budget preparation in the region.</summary>
    public static string ClosedYear(int year) => $"{year} 年度未开放预算编制：新增项目只能申报财政部门已开放的预算年度。";

    public async Task<Result<ProposalCreated>> HandleAsync(DeclareProposalRequest request, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.Has(Role.BudgetUnit))
        {
            return Error.Forbidden("谁申请资金、谁设置目标：只有预算单位可以申报新增项目，且只能为本单位申报。");
        }

        if (!Enum.IsDefined(request.SpecialCategory) || !Enum.IsDefined(request.DebtBondType) || !Enum.IsDefined(request.ProjectType))
        {
            return Error.Validation("专项类别、债券类型或项目类型无效。", nameof(request.ProjectType));
        }

        if ((request.Description?.Length ?? 0) > MaxDescriptionLength || (request.ManagerPhone?.Length ?? 0) > 30)
        {
            return Error.Validation($"项目说明不超过 {MaxDescriptionLength} 字，联系电话不超过 30 个字符。", nameof(request.Description));
        }

        if (request.AppropriationWanYuan < 0 || request.CarryOverWanYuan < 0 || request.OtherWanYuan < 0
            || request.AppropriationWanYuan + request.CarryOverWanYuan + request.OtherWanYuan <= 0 || request.AppropriationWanYuan > 10_000_000)
        {
            return Error.Validation("申请资金各来源不能为负数，合计应大于 0。", nameof(request.AppropriationWanYuan));
        }

        var unit = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganizationId, ct);
        if (!await db.FiscalYears.AnyAsync(f => f.RegionId == unit.RegionId && f.Year == request.FiscalYear && !f.IsClosed, ct))
        {
            return Error.Validation(ClosedYear(request.FiscalYear), nameof(request.FiscalYear));
        }

        var prefix = unit.Code + "-XZ";
        var used = (await db.Projects.AsNoTracking().Where(p => p.FiscalYear == request.FiscalYear && p.Code.StartsWith(prefix)).Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var code = Targets.Workbooks.ImportTargetWorkbookHandler.NextCode(unit, request.FiscalYear, used);
        var definition = new ProjectDefinition(
            code, request.Name ?? string.Empty, request.FiscalYear, request.BudgetKind, request.SpecialCategory, request.DebtBondType, request.ProjectType, true,
            request.StartYear, request.EndYear, request.Manager ?? string.Empty,
            new FundAmounts(Money.FromWanYuan(request.AppropriationWanYuan), Money.FromWanYuan(request.CarryOverWanYuan), Money.FromWanYuan(request.OtherWanYuan)),
            request.ManagerPhone, request.Description);
        var now = clock.GetUtcNow().UtcDateTime;
        var project = Project.Propose(definition, unit, now);
        if (!project.IsSuccess)
        {
            return project.Error!;
        }

        return await db.InTransactionAsync(async c =>
        {
            db.Projects.Add(project.Value);
            await db.SaveChangesAsync(c);
            var p = project.Value;
            var target = PerformanceTarget.Declare(
                new TargetSubject(TargetSubjectKind.Project, p.Id, p.Name, p.OwnerUnitId, p.DepartmentId, p.RegionId, p.FiscalYear),
                Domain.Indicators.IndicatorFramework.Classic, new ReviewActor(actor.UserId, actor.DisplayName), now);
            db.PerformanceTargets.Add(target);
            await db.SaveChangesAsync(c);
            return Result.Success(new ProposalCreated(p.Id, target.Id, p.Code));
        }, ct);
    }
}

public sealed record ProposalListItem(
    long ProjectId, string Code, string Name, int FiscalYear, string OwnerUnitName, string RequestedWanYuan, ProjectLibraryStatus LibraryStatus, string LibraryStatusName,
    long? TargetId, string TargetStatusName, DateTime? ProposedAt);

/// <summary>新增项目申报 in the user's scope: still proposed, or rejected.</summary>
public sealed class ListProposalsHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public async Task<IReadOnlyList<ProposalListItem>> HandleAsync(int? fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var rows = await (from p in db.Projects.AsNoTracking().VisibleTo(scope).Where(p => p.LibraryStatus != ProjectLibraryStatus.InLibrary || p.ProposedAt != null)
                          where fiscalYear == null || p.FiscalYear == fiscalYear
                          join u in db.Organizations on p.OwnerUnitId equals u.Id
                          join t in TargetQueries.InForce(db.PerformanceTargets.AsNoTracking()).Where(t => t.SubjectKind == TargetSubjectKind.Project) on p.Id equals t.SubjectId into ts
                          from t in ts.DefaultIfEmpty()
                          orderby p.ProposedAt descending, p.Id
                          select new { p.Id, p.Code, p.Name, p.FiscalYear, Unit = u.Name, p.AdjustedTotalFen, p.LibraryStatus, TargetId = t == null ? (long?)null : t.Id, Status = t == null ? (TargetStatus?)null : t.Status, p.ProposedAt })
            .Take(500).ToListAsync(ct);
        return rows.Select(r => new ProposalListItem(
            r.Id, r.Code, r.Name, r.FiscalYear, r.Unit, new Money(r.AdjustedTotalFen).ToWanYuanString(), r.LibraryStatus, Name(r.LibraryStatus), r.TargetId,
            r.Status is { } s ? TargetTerms.Of(s) : "未填报绩效目标", r.ProposedAt)).ToList();
    }

    public static string Name(ProjectLibraryStatus s) => s switch
    {
        ProjectLibraryStatus.Proposed => "待审核（未入库）",
        ProjectLibraryStatus.Rejected => "未通过",
        _ => "已入库",
    };
}
