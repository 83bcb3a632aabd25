using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

public sealed record DisposalDto(
    long Id, long ProjectId, string ProjectCode, string ProjectName, string Unit, int FiscalYear, int Month, DisposalStatus Status,
    DateOnly IssuedOn, DateOnly Deadline, DisposalChoice? Choice, string? Measures, string? NewSchedule, DateTime? ChosenAt, string? ChosenBy,
    string? Reason, bool SuspendedAutomatically, DateTime? DecidedAt, string? DecidedBy, int Revision)
{
    public string StatusName => ProjectDisposal.StatusName(Status);
    public string? ChoiceName => Choice is { } c ? ProjectDisposal.ChoiceName(c) : null;
    public bool HoldsPayments => Status is DisposalStatus.Suspended or DisposalStatus.FundingStopped;
}

public sealed record ChooseDisposal(DisposalChoice Choice, string? Measures = null, string? NewSchedule = null, int Revision = 0);

public sealed record DisposalDecision(string Reason, int Revision = 0);

/// <summary>A project whose payments are held, as the treasury reads it.</summary>
public sealed record HeldPayment(string ProjectCode, string ProjectName, string RegionCode, DisposalStatus Status, string StatusName, string? Reason, DateTime? Since);

public sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>The working-day calendar of a region and year: its own entries, or the nearest region above it that has them.</summary>
public sealed class WorkingCalendars(IAppDbContext db)
{
    /// <summary>The calendar for the days from <paramref name="from"/> on (half a year: any deadline's window).</summary>
    public Task<(WorkingCalendar Calendar, long? FromRegionId)> ForAsync(long regionId, DateOnly from, CancellationToken ct) =>
        ForRangeAsync(regionId, from, from.AddDays(183), ct);

    /// <summary>The calendar of a year (to show and edit it).</summary>
    public Task<(WorkingCalendar Calendar, long? FromRegionId)> ForYearAsync(long regionId, int year, CancellationToken ct) =>
        ForRangeAsync(regionId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    private async Task<(WorkingCalendar Calendar, long? FromRegionId)> ForRangeAsync(long regionId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code, r.ParentId }).ToListAsync(ct);
        var byId = regions.ToDictionary(r => r.Id);
        for (long? at = regionId; at is { } id && byId.ContainsKey(id); at = byId[id].ParentId)
        {
            var days = await db.CalendarDays.AsNoTracking().Where(d => d.RegionId == id && d.Date >= from && d.Date <= to).ToListAsync(ct);
            if (days.Count > 0)
            {
                var calendar = CalendarDay.Calendar(days);
                return (calendar.IsSuccess ? calendar.Value : WorkingCalendar.WeekendsOnly, id);
            }
        }

        return (WorkingCalendar.WeekendsOnly, null);
    }
}

/// <summary>
/// 预警处置: a red project's disposal is opened when a warning run finds it red (one per project and warning month, none
/// while one is open);
/// its unit chooses 继续执行 / 调剂 / 取消 before the deadline counted in working days; a daily job suspends the overdue ones
/// (暂缓拨款); finance suspends, stops funding or lifts by hand with a reason. Every step audited.
/// </summary>
public sealed class DisposalsHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, ICurrentSystem system, IAuditNotes audit, TimeProvider clock)
{
    public const string SystemName = "系统";

    /// <summary>Opens a disposal for each red project of the run that has none open; returns how many were opened.</summary>
    public static async Task<int> OpenForRunAsync(
        IAppDbContext db, WarningCalendarsAndSections rules, WarningRun run, IEnumerable<(long ProjectId, long RegionId)> redProjects, DateOnly today, CancellationToken ct)
    {
        var red = redProjects.ToList();
        if (red.Count == 0)
        {
            return 0;
        }

        // One disposal per project and warning month, and none while one is still open (pending, or payments held).
        var open = (await db.ProjectDisposals.AsNoTracking()
                .Where(d => d.FiscalYear == run.FiscalYear
                    && (d.Month == run.Month || d.Status == DisposalStatus.Pending || d.Status == DisposalStatus.Suspended || d.Status == DisposalStatus.FundingStopped))
                .Select(d => d.ProjectId).ToListAsync(ct)).ToHashSet();
        var opened = new List<ProjectDisposal>();
        foreach (var (projectId, regionId) in red.Where(r => !open.Contains(r.ProjectId)))
        {
            var (calendar, days) = await rules.ForAsync(regionId, run.FiscalYear, today, ct);
            opened.Add(ProjectDisposal.Open(projectId, today, days, calendar, regionId, run.FiscalYear, run.Month, run.Id));
        }

        await db.BulkInsertAsync(opened, ct);
        return opened.Count;
    }

    public const int MaxListed = 5_000;

    /// <summary>
    /// The disposals of a year the user may see, by deadline; of one status or one project when given; at most
    /// <paramref name="limit"/> (the page's 5,000; an export asks for more).
    /// </summary>
    public async Task<Result<IReadOnlyList<DisposalDto>>> ListAsync(int fiscalYear, DisposalStatus? status, long? projectId = null, int limit = MaxListed, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var query = from d in db.ProjectDisposals.AsNoTracking()
                    join p in db.Projects.AsNoTracking().VisibleTo(scope) on d.ProjectId equals p.Id
                    join u in db.Organizations.AsNoTracking() on p.OwnerUnitId equals u.Id
                    where d.FiscalYear == fiscalYear && (status == null || d.Status == status) && (projectId == null || d.ProjectId == projectId)
                    orderby d.Deadline, p.Code
                    select new { d, p.Code, p.Name, Unit = u.Name };
        return (await query.Take(limit).ToListAsync(ct)).Select(x => ToDto(x.d, x.Code, x.Name, x.Unit)).ToList();
    }

    /// <summary>How many disposals of the year the user may see stand in each status, and how many pending ones are overdue (北京时间 today).</summary>
    public async Task<Result<(IReadOnlyDictionary<DisposalStatus, int> ByStatus, int Overdue)>> CountsAsync(int fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var visible = from d in db.ProjectDisposals.AsNoTracking()
                      join p in db.Projects.AsNoTracking().VisibleTo(scope) on d.ProjectId equals p.Id
                      where d.FiscalYear == fiscalYear
                      select d;
        var byStatus = await visible.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        var overdue = await visible.CountAsync(d => d.Status == DisposalStatus.Pending && d.Deadline < today, ct);
        return (byStatus, overdue);
    }

    /// <summary>The unit of the project chooses (a budget unit's user; the department and finance see it).</summary>
    public async Task<Result<DisposalDto>> ChooseAsync(long id, ChooseDisposal command, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        var found = await FindAsync(id, scope, ct);
        if (found is null)
        {
            return Error.NotFound($"处置事项（编号 {id}）不存在。");
        }

        var (disposal, project) = found.Value;
        if (actor is null || !actor.Has(Role.BudgetUnit) || scope.Kind != AccessScopeKind.Unit || project.OwnerUnitId != scope.UnitId)
        {
            return Error.Forbidden("只有项目所属预算单位可以选择处置方式。");
        }

        if (command.Revision != disposal.Revision)
        {
            return Error.Conflict("该处置事项刚被他人修改，请刷新后再试。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var chosen = disposal.Choose(command.Choice, command.Measures, command.NewSchedule, actor.DisplayName, DateOnly.FromDateTime(BeijingTime.FromUtc(now)), now);
        if (!chosen.IsSuccess)
        {
            return chosen.Error!;
        }

        audit.Describe($"预警处置：{project.Code} {ProjectDisposal.ChoiceName(command.Choice)}");
        var saved = await db.SaveOrConflictAsync("该处置事项刚被他人修改，请刷新后再试。", ct);
        return saved.IsSuccess ? await DtoAsync(disposal, project, ct) : saved.Error!;
    }

    public Task<Result<DisposalDto>> SuspendAsync(long id, DisposalDecision decision, CancellationToken ct = default) =>
        DecideAsync(id, decision, "暂缓拨款", (d, by, at) => d.Suspend(decision.Reason, by, at), ct);

    public Task<Result<DisposalDto>> StopFundingAsync(long id, DisposalDecision decision, CancellationToken ct = default) =>
        DecideAsync(id, decision, "停止拨款", (d, by, at) => d.StopFunding(decision.Reason, by, at), ct);

    public Task<Result<DisposalDto>> LiftAsync(long id, DisposalDecision decision, CancellationToken ct = default) =>
        DecideAsync(id, decision, "恢复拨款", (d, by, at) => d.Lift(decision.Reason, by, at), ct);

    /// <summary>The daily job: every pending disposal past its deadline (by <paramref name="today"/>, 北京时间) is suspended.</summary>
    public async Task<int> SuspendOverdueAsync(DateOnly today, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.ProjectDisposals.Where(d => d.Status == DisposalStatus.Pending && d.Deadline < today).OrderBy(d => d.Id).Take(10_000).ToListAsync(ct);
        var suspended = overdue.Count(d => d.SuspendIfOverdue(today, now));
        if (suspended > 0)
        {
            audit.Describe($"逾期未处置，自动暂缓拨款（{suspended} 个项目）", null, SystemName);
            await db.SaveChangesAsync(ct);
        }

        return suspended;
    }

    /// <summary>The projects whose payments are held, in the calling system's region and below (the treasury reads this).</summary>
    public async Task<Result<IReadOnlyList<HeldPayment>>> HeldPaymentsAsync(CancellationToken ct = default)
    {
        if (system.Get() is not { } caller)
        {
            return Error.Forbidden("只有持有效令牌的系统账号可以读取暂缓拨款清单。");
        }

        var regionIds = await AccessScopeResolver.RegionsWithinAsync(db, caller.RegionId, ct);
        var rows = await (from d in db.ProjectDisposals.AsNoTracking()
                          join p in db.Projects.AsNoTracking() on d.ProjectId equals p.Id
                          join r in db.Regions.AsNoTracking() on p.RegionId equals r.Id
                          where regionIds.Contains(p.RegionId) && (d.Status == DisposalStatus.Suspended || d.Status == DisposalStatus.FundingStopped)
                          orderby p.Code
                          select new { p.Code, p.Name, RegionCode = r.Code, d.Status, d.Reason, d.DecidedAt }).ToListAsync(ct);
        return rows.Select(r => new HeldPayment(r.Code, r.Name, r.RegionCode, r.Status, ProjectDisposal.StatusName(r.Status), r.Reason, r.DecidedAt)).ToList();
    }

    private async Task<Result<DisposalDto>> DecideAsync(long id, DisposalDecision decision, string what, Func<ProjectDisposal, string, DateTime, Result> decide, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || !actor.Has(Role.FinanceAdmin | Role.FinanceReviewer) || scope.Kind != AccessScopeKind.Region)
        {
            return Error.Forbidden($"只有财政局工作人员可以{what}。");
        }

        var found = await FindAsync(id, scope, ct);
        if (found is null)
        {
            return Error.NotFound($"处置事项（编号 {id}）不存在。");
        }

        var (disposal, project) = found.Value;
        if (decision.Revision != disposal.Revision)
        {
            return Error.Conflict("该处置事项刚被他人修改，请刷新后再试。");
        }

        var decided = decide(disposal, actor.DisplayName, clock.GetUtcNow().UtcDateTime);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        audit.Describe($"{what}：{project.Code}");
        var saved = await db.SaveOrConflictAsync("该处置事项刚被他人修改，请刷新后再试。", ct);
        return saved.IsSuccess ? await DtoAsync(disposal, project, ct) : saved.Error!;
    }

    private async Task<(ProjectDisposal Disposal, Domain.Budgets.Project Project)?> FindAsync(long id, AccessScope scope, CancellationToken ct)
    {
        var disposal = await db.ProjectDisposals.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (disposal is null)
        {
            return null;
        }

        var project = await db.Projects.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == disposal.ProjectId, ct);
        return project is null ? null : (disposal, project);
    }

    private async Task<DisposalDto> DtoAsync(ProjectDisposal d, Domain.Budgets.Project p, CancellationToken ct) =>
        ToDto(d, p.Code, p.Name, await db.Organizations.AsNoTracking().Where(o => o.Id == p.OwnerUnitId).Select(o => o.Name).FirstAsync(ct));

    private static DisposalDto ToDto(ProjectDisposal d, string code, string name, string unit) =>
        new(d.Id, d.ProjectId, code, name, unit, d.FiscalYear, d.Month, d.Status, d.IssuedOn, d.Deadline, d.Choice, d.Measures, d.NewSchedule, d.ChosenAt, d.ChosenBy,
            d.Reason, d.SuspendedAutomatically, d.DecidedAt, d.DecidedBy, d.Revision);
}

/// <summary>For opening disposals: a region's working-day calendar and its pack's deadline in working days.</summary>
public sealed class WarningCalendarsAndSections(WorkingCalendars calendars, RulePackResolver packs)
{
    private readonly Dictionary<(long, int, DateOnly), (WorkingCalendar, int)> _cache = [];

    public async Task<(WorkingCalendar Calendar, int WorkingDays)> ForAsync(long regionId, int fiscalYear, DateOnly issuedOn, CancellationToken ct)
    {
        if (!_cache.TryGetValue((regionId, fiscalYear, issuedOn), out var found))
        {
            var (calendar, _) = await calendars.ForAsync(regionId, issuedOn, ct);
            var section = await packs.SectionAsync(MonitoringSectionDefinition.Instance, regionId, fiscalYear, ct);
            _cache[(regionId, fiscalYear, issuedOn)] = found = (calendar, section.Settings.DisposalWorkingDays);
        }

        return found;
    }
}

/// <summary>The calendar finance keeps: holidays and make-up workdays of a year for its region (below it, regions inherit it).</summary>
public sealed class CalendarHandler(IAppDbContext db, FinanceAdministration administration, WorkingCalendars calendars, IAuditNotes audit)
{
    public async Task<Result<IReadOnlyList<CalendarDayDto>>> GetAsync(int year, CancellationToken ct = default)
    {
        var scope = await administration.ResolveAsync(ct);
        if (scope is null)
        {
            return FinanceAdministration.Denied("查看工作日历");
        }

        if (year is < 2000 or > 2100)
        {
            return Error.Validation("年度应在 2000–2100 之间。", nameof(year));
        }

        var (_, from) = await calendars.ForYearAsync(scope.HomeRegionId, year, ct);
        if (from is null)
        {
            return Array.Empty<CalendarDayDto>();
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return (await db.CalendarDays.AsNoTracking().Where(d => d.RegionId == from && d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync(ct))
            .Select(d => new CalendarDayDto(d.Date, d.Kind, d.Name)).ToList();
    }

    /// <summary>Replaces the year's entries of the administrator's region (all or nothing).</summary>
    public async Task<Result<IReadOnlyList<CalendarDayDto>>> ReplaceAsync(int year, IReadOnlyList<CalendarDayDto> days, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("维护工作日历");
        }

        if (year is < 2000 or > 2100)
        {
            return Error.Validation("年度应在 2000–2100 之间。", nameof(year));
        }

        if (days is null || days.Count > 400 || days.Any(d => d is null))
        {
            return Error.Validation("请提供该年的节假日和调休上班日（不超过 400 天，不能有空项）。", "days");
        }

        var outside = days.FirstOrDefault(d => d.Date.Year != year);
        if (outside is not null)
        {
            return Error.Validation($"{outside.Date:yyyy-MM-dd} 不在 {year} 年。", "days");
        }

        var entries = days.Select(d => CalendarDay.Create(admin.HomeRegionId, d.Date, d.Kind, d.Name)).ToList();
        var check = CalendarDay.Calendar(entries);
        if (!check.IsSuccess)
        {
            return check.Error!;
        }

        var twice = days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            return Error.Validation($"{twice.Key:yyyy-MM-dd} 登记了两次。", "days");
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var region = admin.HomeRegionId;
        db.CalendarDays.RemoveRange(await db.CalendarDays.Where(d => d.RegionId == region && d.Date >= first && d.Date <= last).ToListAsync(ct));
        db.CalendarDays.AddRange(entries);
        audit.Describe($"维护工作日历：{year} 年（{entries.Count(e => e.Kind == CalendarDayKind.Holiday)} 个节假日，{entries.Count(e => e.Kind == CalendarDayKind.MakeUpWorkday)} 个调休上班日）");
        await db.SaveChangesAsync(ct);
        return entries.OrderBy(e => e.Date).Select(e => new CalendarDayDto(e.Date, e.Kind, e.Name)).ToList();
    }
}
