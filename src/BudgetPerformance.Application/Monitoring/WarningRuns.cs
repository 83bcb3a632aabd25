using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

public sealed record WarningRunDto(long Id, long RegionId, int FiscalYear, int Month, DateTime ProducedAt, string ProducedBy, int EngineVersion,
    int Projects, int Red, int Yellow, int Missing, int Green, int Blue);

/// <summary>
/// Computes the warnings of the administrator's region (and the regions below it) for a fiscal year and month: each
/// library project's snapshot — full-year adjusted budget, execution in force, indicator progress as reported — judged
/// by the monitoring section of the pack its own region uses, and stored as a stamped outcome plus a row for the lists,
/// under one <see cref="WarningRun"/> (one audit record for the run, not one per project); each red project without an open
/// disposal gets one, due in the pack's working days.
/// </summary>
public sealed class RunWarningsHandler(IAppDbContext db, FinanceAdministration administration, RulePackResolver packs, WarningCalendarsAndSections disposalRules, IAuditNotes audit, TimeProvider clock)
{
    public async Task<Result<WarningRunDto>> HandleAsync(int fiscalYear, int month, CancellationToken ct = default)
    {
        var admin = await administration.ResolveStaffAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.StaffOnly("计算运行监控预警");
        }

        if (month is < 1 or > 12)
        {
            return Error.Validation("月份应为 1–12。", nameof(month));
        }

        return await RunAsync(admin.HomeRegionId, admin.Scope.RegionIds, fiscalYear, month, admin.Actor.DisplayName, ct);
    }

    /// <summary>A project judged: its warning, the stamped outcome, the snapshot judged, and the facts the lists keep.</summary>
    public sealed record Judged(ProjectWarning Warning, RuleOutcome Outcome, ExecutionSnapshot Snapshot, long RegionId, long DepartmentId, long UnitId, Domain.Budgets.BudgetKind Kind);

    /// <summary>The run itself, for a region and the regions below it (an administrator's request, or a scheduled job).</summary>
    public async Task<Result<WarningRunDto>> RunAsync(long regionId, IReadOnlyList<long> regionIds, int fiscalYear, int month, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var judged = await JudgeAsync(regionIds, fiscalYear, month, now, ct);
        if (judged.Count == 0)
        {
            return Error.Validation($"{fiscalYear} 年度本地区没有入库项目，无需计算预警。", nameof(fiscalYear));
        }

        var run = WarningRun.Start(regionId, fiscalYear, month, now, by);
        run.Count(judged.Select(j => j.Warning.Light));
        try
        {
            await StoreAsync(run, judged, regionIds, fiscalYear, month, now, ct);
        }
        catch (Exception exception) when (db.IsConflict(exception))
        {
            db.WarningRuns.Entry(run).State = EntityState.Detached;
            return Error.Conflict("另一次预警计算正在写入同一月份的结果，请稍后刷新查看。");
        }

        return ToDto(run);
    }

    private async Task StoreAsync(WarningRun run, IReadOnlyList<Judged> judged, IReadOnlyList<long> regionIds, int fiscalYear, int month, DateTime now, CancellationToken ct) =>
        await db.InTransactionAsync(async c =>
        {
            db.WarningRuns.Add(run);
            audit.Describe($"计算运行监控预警：{fiscalYear} 年 1–{month} 月");
            await db.SaveChangesAsync(c);
            await db.BulkInsertAsync(judged.Select(j => j.Outcome).ToList(), c);
            // Earlier rows of these regions' projects for the month are superseded by this run.
            await db.MonitoringWarnings.Where(w => w.FiscalYear == fiscalYear && w.Month == month && w.SupersededBy == 0 && regionIds.Contains(w.RegionId))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.SupersededBy, run.Id), c);
            await db.BulkInsertAsync(judged.Select(j => MonitoringWarning.Of(run, j.Outcome.Id, j.Warning, j.Snapshot, j.RegionId, j.DepartmentId, j.UnitId, j.Kind)).ToList(), c);
            // A red project goes back to its unit: a disposal with its deadline in working days (none twice).
            await DisposalsHandler.OpenForRunAsync(db, disposalRules, run, judged.Where(j => j.Warning.NeedsDisposal).Select(j => (j.Warning.ProjectId, j.RegionId)),
                DateOnly.FromDateTime(BeijingTime.FromUtc(now)), c);
            return true;
        }, ct);

    /// <summary>
    /// Judges every library project of the regions for the month (nothing stored): the snapshot of each — budget,
    /// execution in force — under the monitoring section of the pack its own region uses.
    /// </summary>
    public async Task<IReadOnlyList<Judged>> JudgeAsync(IReadOnlyList<long> regionIds, int fiscalYear, int month, DateTime at, CancellationToken ct)
    {
        var projects = db.Projects.AsNoTracking().InLibrary().Where(p => p.FiscalYear == fiscalYear && regionIds.Contains(p.RegionId));
        var facts = await projects.Select(p => new { p.Id, p.Name, p.RegionId, p.DepartmentId, p.OwnerUnitId, p.BudgetKind, p.AdjustedTotalFen }).ToListAsync(ct);
        if (facts.Count == 0)
        {
            return [];
        }

        var figures = await ExecutionInForce.ForMonthAsync(db, projects, fiscalYear, month, ct);
        var sections = new Dictionary<long, ResolvedSection<MonitoringSection>>();
        foreach (var region in facts.Select(f => f.RegionId).Distinct())
        {
            sections[region] = await packs.SectionAsync(MonitoringSectionDefinition.Instance, region, fiscalYear, ct);
        }

        // Indicator progress comes from the units' monitoring forms of this period (submitted, not returned); a project
        // without one is judged on its execution alone.
        var reported = await ReportedProgressAsync(projects, fiscalYear, month, ct);
        var judged = new List<Judged>(facts.Count);
        foreach (var p in facts)
        {
            var snapshot = new ExecutionSnapshot(p.Id, p.Name, month, p.AdjustedTotalFen, figures.TryGetValue(p.Id, out var figure) ? figure.ExecutedFen : null,
                reported.TryGetValue(p.Id, out var progress) ? progress : []);
            var (warning, outcome) = MonitoringOutcomes.Record(snapshot, sections[p.RegionId], p.RegionId, fiscalYear, at);
            judged.Add(new Judged(warning, outcome, snapshot, p.RegionId, p.DepartmentId, p.OwnerUnitId, p.BudgetKind));
        }

        return judged;
    }

    private async Task<Dictionary<long, IReadOnlyList<IndicatorProgress>>> ReportedProgressAsync(
        IQueryable<Domain.Budgets.Project> projects, int fiscalYear, int month, CancellationToken ct)
    {
        var forms = await db.MonitoringForms.AsNoTracking()
            .Where(f => f.FiscalYear == fiscalYear && f.Month == month && f.SubjectKind == MonitoringSubjectKind.Project
                && (f.Status == MonitoringFormStatus.Submitted || f.Status == MonitoringFormStatus.DepartmentApproved || f.Status == MonitoringFormStatus.Confirmed)
                && projects.Any(p => p.Id == f.SubjectId))
            .Include(f => f.Indicators).ToListAsync(ct);
        return forms.GroupBy(f => f.SubjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorProgress>)g.MaxBy(f => f.Id)!.Snapshot().Indicators);
    }

    public static WarningRunDto ToDto(WarningRun r) =>
        new(r.Id, r.RegionId, r.FiscalYear, r.Month, r.ProducedAt, r.ProducedBy, r.EngineVersion, r.Projects, r.Red, r.Yellow, r.Missing, r.Green, r.Blue);
}

/// <summary>A project on a warning list: its light, the rules behind it, budget, execution and the rate.</summary>
public sealed record WarningListItem(
    long ProjectId, string ProjectCode, string ProjectName, string Department, string Unit, WarningLight Light, string Rules,
    long BudgetFen, long? ExecutedFen, int Month, long OutcomeId)
{
    public string LightName => WarningLights.Name(Light);
    public string BudgetWanYuan => new Money(BudgetFen).ToWanYuanString();
    public string? ExecutedWanYuan => ExecutedFen is { } e ? new Money(e).ToWanYuanString() : null;
    public decimal? ExecutionRate => BudgetFen > 0 && ExecutedFen is { } e ? Math.Round((decimal)e / BudgetFen, 4) : null;
}

/// <summary>Counts by light and money for one department, region or budget kind.</summary>
public sealed record WarningRollUp(string Key, string Name, int Projects, int Red, int Yellow, int Missing, int Green, int Blue, long BudgetFen, long ExecutedFen)
{
    public string BudgetWanYuan => new Money(BudgetFen).ToWanYuanString();
    public string ExecutedWanYuan => new Money(ExecutedFen).ToWanYuanString();
    public decimal? ExecutionRate => BudgetFen > 0 ? Math.Round((decimal)ExecutedFen / BudgetFen, 4) : null;
}

public sealed record WarningSummary(int FiscalYear, int Month, decimal TimeProgress, IReadOnlyList<WarningRunDto> Runs, WarningRollUp Total,
    IReadOnlyList<WarningRollUp> ByDepartment, IReadOnlyList<WarningRollUp> ByRegion, IReadOnlyList<WarningRollUp> ByBudgetKind);

/// <summary>A project's warning of one month, as stored: the light, each finding with its arithmetic, and the stamp.</summary>
public sealed record ProjectWarningHistoryItem(int Month, WarningLight Light, IReadOnlyList<RuleFinding> Findings, string PackCode, int PackVersion, string PackLabel,
    int SchemaVersion, int EngineVersion, DateTime ProducedAt, long OutcomeId)
{
    public string LightName => WarningLights.Name(Light);
}

/// <summary>
/// The lists finance works from and the roll-ups, read from each project's current row for the month (the newest run
/// that judged it), filtered to what the signed-in user may see: a unit its own projects, a department its units', finance its
/// regions'.
/// </summary>
public sealed class WarningListsHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes)
{
    public const int MaxPageSize = 500;

    public async Task<Result<PagedResult<WarningListItem>>> ListAsync(int fiscalYear, int month, WarningLight? light, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation($"页码应从 1 开始，每页 1–{MaxPageSize} 条。", nameof(pageSize));
        }

        var (warnings, error) = await InForceAsync(fiscalYear, month, ct);
        if (error is not null)
        {
            return error;
        }

        if (light is { } only)
        {
            warnings = warnings!.Where(w => w.Light == only);
        }

        var total = await warnings!.CountAsync(ct);
        // One light: the index's order (department, project) serves the page; all lights: the worst first.
        var ordered = light is null
            ? warnings!.OrderByDescending(w => w.Light).ThenBy(w => w.DepartmentId).ThenBy(w => w.ProjectId)
            : warnings!.OrderBy(w => w.DepartmentId).ThenBy(w => w.ProjectId);
        var pageRows = ordered.Skip((page - 1) * pageSize).Take(pageSize);
        var rows = await (from w in pageRows
                          join p in db.Projects.AsNoTracking() on w.ProjectId equals p.Id
                          join d in db.Organizations.AsNoTracking() on w.DepartmentId equals d.Id
                          join u in db.Organizations.AsNoTracking() on w.UnitId equals u.Id
                          select new WarningListItem(w.ProjectId, p.Code, p.Name, d.Name, u.Name, w.Light, w.Rules, w.BudgetFen, w.ExecutedFen, w.Month, w.OutcomeId))
            .ToListAsync(ct);
        rows = light is null
            ? [.. rows.OrderByDescending(r => r.Light)]
            : rows;
        return new PagedResult<WarningListItem>(rows, total, page, pageSize);
    }

    public async Task<Result<WarningSummary>> SummaryAsync(int fiscalYear, int month, CancellationToken ct = default)
    {
        var (warnings, error) = await InForceAsync(fiscalYear, month, ct);
        if (error is not null)
        {
            return error;
        }

        var groups = await warnings!
            .GroupBy(w => new { w.DepartmentId, w.RegionId, w.BudgetKind, w.Light })
            .Select(g => new { g.Key.DepartmentId, g.Key.RegionId, g.Key.BudgetKind, g.Key.Light, Count = g.Count(), Budget = g.Sum(x => x.BudgetFen), Executed = g.Sum(x => x.ExecutedFen ?? 0) })
            .ToListAsync(ct);
        var departmentIds = groups.Select(g => g.DepartmentId).Distinct().ToList();
        var departments = await db.Organizations.AsNoTracking().Where(o => departmentIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct);
        var regionIds = groups.Select(g => g.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (r.Code, r.Name), ct);

        WarningRollUp Roll(string key, string name, IEnumerable<(WarningLight Light, int Count, long Budget, long Executed)> rows)
        {
            var list = rows.ToList();
            int Of(WarningLight l) => list.Where(r => r.Light == l).Sum(r => r.Count);
            return new WarningRollUp(key, name, list.Sum(r => r.Count), Of(WarningLight.Red), Of(WarningLight.Yellow), Of(WarningLight.Missing), Of(WarningLight.Green), Of(WarningLight.Blue),
                list.Sum(r => r.Budget), list.Sum(r => r.Executed));
        }

        var all = groups.Select(g => (g.Light, g.Count, g.Budget, g.Executed));
        var byDepartment = groups.GroupBy(g => g.DepartmentId)
            .Select(g => Roll(departments[g.Key].Code, departments[g.Key].Name, g.Select(x => (x.Light, x.Count, x.Budget, x.Executed))))
            .OrderByDescending(r => r.Red).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byRegion = groups.GroupBy(g => g.RegionId)
            .Select(g => Roll(regions[g.Key].Code, regions[g.Key].Name, g.Select(x => (x.Light, x.Count, x.Budget, x.Executed))))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byKind = groups.GroupBy(g => g.BudgetKind)
            .Select(g => Roll(g.Key.ToString(), Domain.Budgets.BudgetTerms.Of(g.Key), g.Select(x => (x.Light, x.Count, x.Budget, x.Executed))))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var runs = await RunsInForce(fiscalYear, month, await scopes.ResolveAsync(ct)).ToListAsync(ct);
        return new WarningSummary(fiscalYear, month, Math.Round(month / 12m, 4), runs.Select(RunWarningsHandler.ToDto).ToList(), Roll("all", "合计", all), byDepartment, byRegion, byKind);
    }

    /// <summary>The year month by month (趋势): for each month that has warnings, the counts by light and the money, one query.</summary>
    public async Task<Result<IReadOnlyList<WarningRollUp>>> TrendAsync(int fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var scoped = Scoped(db.MonitoringWarnings.AsNoTracking().Where(w => w.FiscalYear == fiscalYear && w.SupersededBy == 0), scope);
        var groups = await scoped.GroupBy(w => new { w.Month, w.Light })
            .Select(g => new { g.Key.Month, g.Key.Light, Count = g.Count(), Budget = g.Sum(x => x.BudgetFen), Executed = g.Sum(x => x.ExecutedFen ?? 0) }).ToListAsync(ct);
        return groups.GroupBy(g => g.Month).OrderBy(g => g.Key).Select(g =>
        {
            int Of(WarningLight l) => g.Where(r => r.Light == l).Sum(r => r.Count);
            return new WarningRollUp(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{g.Key}月", g.Sum(r => r.Count), Of(WarningLight.Red), Of(WarningLight.Yellow),
                Of(WarningLight.Missing), Of(WarningLight.Green), Of(WarningLight.Blue), g.Sum(r => r.Budget), g.Sum(r => r.Executed));
        }).ToList();
    }

    private static IQueryable<MonitoringWarning> Scoped(IQueryable<MonitoringWarning> warnings, AccessScope scope) => scope.Kind switch
    {
        AccessScopeKind.Region => warnings.Where(w => scope.RegionIds.Contains(w.RegionId)),
        AccessScopeKind.Department => warnings.Where(w => w.DepartmentId == scope.DepartmentId),
        AccessScopeKind.Unit => warnings.Where(w => w.UnitId == scope.UnitId),
        _ => warnings.Where(w => false),
    };

    /// <summary>A project's warnings month by month (the newest run of each month), with findings and stamps.</summary>
    public async Task<Result<IReadOnlyList<ProjectWarningHistoryItem>>> HistoryAsync(long projectId, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        if (!await db.Projects.AsNoTracking().VisibleTo(scope).AnyAsync(p => p.Id == projectId, ct))
        {
            return Error.NotFound($"项目（编号 {projectId}）不存在。");
        }

        var outcomes = await db.RuleOutcomes.AsNoTracking()
            .Where(o => o.SubjectType == MonitoringOutcomes.SubjectType && o.SubjectId == projectId)
            .OrderBy(o => o.SubjectRevision).ThenByDescending(o => o.Id).ToListAsync(ct);
        return outcomes.GroupBy(o => o.SubjectRevision).Select(g => g.First())
            .Select(o => new ProjectWarningHistoryItem(o.SubjectRevision, (WarningLight)o.Verdict, o.Findings, o.PackCode, o.PackVersion, o.PackLabel, o.SchemaVersion, o.EngineVersion, o.ProducedAt, o.Id))
            .ToList();
    }

    /// <summary>The runs whose rows are still current for the month, of the regions a finance user sees (others: none).</summary>
    private IQueryable<WarningRun> RunsInForce(int fiscalYear, int month, AccessScope scope) =>
        scope.Kind != AccessScopeKind.Region
            ? db.WarningRuns.Where(r => false)
            : db.WarningRuns.AsNoTracking().Where(r => r.FiscalYear == fiscalYear && r.Month == month && scope.RegionIds.Contains(r.RegionId)
                && db.MonitoringWarnings.Any(w => w.RunId == r.Id && w.SupersededBy == 0));

    private async Task<(IQueryable<MonitoringWarning>? Warnings, Error? Error)> InForceAsync(int fiscalYear, int month, CancellationToken ct)
    {
        if (month is < 1 or > 12)
        {
            return (null, Error.Validation("月份应为 1–12。", nameof(month)));
        }

        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return (null, Error.Forbidden("请先登录。"));
        }

        return (Scoped(db.MonitoringWarnings.AsNoTracking().Where(w => w.FiscalYear == fiscalYear && w.Month == month && w.SupersededBy == 0), scope), null);
    }
}
