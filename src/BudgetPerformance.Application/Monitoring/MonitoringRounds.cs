using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

public sealed record OpenRound(
    int FiscalYear, int Month, DateOnly Deadline, MonitoringScope Scope = MonitoringScope.All, bool IncludeDepartmentOverall = false,
    string? Name = null, IReadOnlyList<string>? ProjectCodes = null);

public sealed record CloseRound(int Revision = 0);

/// <summary>A round with the counts of the forms the signed-in user may see.</summary>
public sealed record MonitoringRoundDto(
    long Id, long RegionId, int FiscalYear, int Month, string Period, string Name, DateOnly Deadline, MonitoringScope Scope, bool IncludesDepartmentOverall,
    MonitoringRoundStatus Status, DateTime OpenedAt, string OpenedBy, DateTime? ClosedAt, int Revision, bool IsOverdue,
    int Forms, int Pending, int Draft, int Submitted, int DepartmentApproved, int Confirmed, int Returned)
{
    public string ScopeName => MonitoringRound.ScopeName(Scope);
    public string StatusName => MonitoringRound.StatusName(Status);

    /// <summary>未填报: not yet submitted (pending, saved as a draft, or returned).</summary>
    public int NotFilled => Pending + Draft + Returned;
}

/// <summary>
/// 绩效运行监控轮次: finance staff open a round for their region and the regions below (the period 1–N月, the deadline, the
/// scope, and whether 部门整体支出 is asked too); each project in scope gets its 监控表, prefilled with the adjusted budget,
/// the execution in force at the end of the period and the indicators of the target in force. All forms of a round are
/// written at once, with one audit record for the round.
/// </summary>
public sealed class MonitoringRoundsHandler(
    IAppDbContext db, FinanceAdministration finance, AccessScopeResolver scopes, ICurrentUser currentUser, RulePackResolver packs, IAuditNotes audit, TimeProvider clock)
{
    public const int MaxListedProjects = 20_000;

    public async Task<Result<MonitoringRoundDto>> OpenAsync(OpenRound command, CancellationToken ct = default)
    {
        var staff = await finance.ResolveStaffAsync(ct);
        if (staff is null)
        {
            return FinanceAdministration.StaffOnly("开启绩效运行监控");
        }

        if (command.FiscalYear is < 2000 or > 2100)
        {
            return Error.Validation("年度应在 2000–2100 之间。", nameof(command.FiscalYear));
        }

        var opened = await OpenForAsync(staff.HomeRegionId, staff.Scope.RegionIds, command, staff.Actor.DisplayName, ct);
        return opened.IsSuccess ? (await ListAsync(command.FiscalYear, ct)).Value.First(r => r.Id == opened.Value.Id) : opened.Error!;
    }

    /// <summary>Opens the round for a region and those below it (a finance user's request, or the demo data).</summary>
    public async Task<Result<MonitoringRound>> OpenForAsync(long homeRegionId, IReadOnlyList<long> regionIds, OpenRound command, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var opened = MonitoringRound.Open(homeRegionId, command.FiscalYear, command.Month, command.Name, command.Deadline, command.Scope,
            command.IncludeDepartmentOverall, DateOnly.FromDateTime(BeijingTime.FromUtc(now)), by, now);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var round = opened.Value;
        if (await db.MonitoringRounds.AnyAsync(r => r.RegionId == round.RegionId && r.FiscalYear == round.FiscalYear && r.Month == round.Month, ct))
        {
            return Error.Conflict($"本地区 {round.FiscalYear} 年 {round.Period}的监控轮次已开启过。");
        }

        var library = db.Projects.AsNoTracking().InLibrary().Where(p => p.FiscalYear == round.FiscalYear && regionIds.Contains(p.RegionId));
        var projects = await library.Select(p => new { p.Id, p.Code, p.Name, p.RegionId, p.DepartmentId, p.OwnerUnitId, p.AdjustedTotalFen }).ToListAsync(ct);
        var inScope = projects;
        switch (round.Scope)
        {
            case MonitoringScope.KeyProjects:
                var sections = new Dictionary<long, MonitoringSection>();
                foreach (var region in projects.Select(p => p.RegionId).Distinct())
                {
                    sections[region] = (await packs.SectionAsync(MonitoringSectionDefinition.Instance, region, round.FiscalYear, ct)).Settings;
                }

                inScope = [.. projects.Where(p => sections[p.RegionId].IsKeyProject(p.AdjustedTotalFen))];
                break;
            case MonitoringScope.Listed:
                var codes = (command.ProjectCodes ?? []).Select(c => c?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
                if (codes.Count == 0 || codes.Count > MaxListedProjects)
                {
                    return Error.Validation($"指定项目时请列出项目编码（1–{MaxListedProjects} 个）。", nameof(command.ProjectCodes));
                }

                var byCode = projects.ToDictionary(p => p.Code);
                var unknown = codes.Where(c => !byCode.ContainsKey(c!)).ToList();
                if (unknown.Count > 0)
                {
                    return Error.Many($"{unknown.Count} 个项目编码不是本地区 {round.FiscalYear} 年的入库项目：{string.Join("、", unknown.Take(10))}",
                        [.. unknown.Select(c => $"项目编码 {c} 不是本地区 {round.FiscalYear} 年的入库项目。")], nameof(command.ProjectCodes));
                }

                inScope = [.. codes.Select(c => byCode[c!])];
                break;
        }

        if (inScope.Count == 0)
        {
            return Error.Validation($"本地区 {round.FiscalYear} 年没有{MonitoringRound.ScopeName(round.Scope)}可以监控。", nameof(command.Scope));
        }

        var figures = await ExecutionInForce.ForMonthAsync(db, library, round.FiscalYear, round.Month, ct);
        var ids = inScope.Select(p => p.Id).ToHashSet();
        var targets = await TargetQueries.InForce(db.PerformanceTargets.AsNoTracking())
            .Where(t => t.SubjectKind == TargetSubjectKind.Project && t.FiscalYear == round.FiscalYear && regionIds.Contains(t.RegionId))
            .Include(t => t.Indicators).ToListAsync(ct);
        var targetOf = targets.Where(t => ids.Contains(t.SubjectId)).ToDictionary(t => t.SubjectId);

        var seeds = inScope.Select(p => (Kind: MonitoringSubjectKind.Project, p.Id, p.Code, p.Name, p.RegionId, p.DepartmentId, UnitId: p.OwnerUnitId,
            Target: targetOf.GetValueOrDefault(p.Id), Budget: p.AdjustedTotalFen, Executed: figures.TryGetValue(p.Id, out var f) ? f.ExecutedFen : (long?)null)).ToList();

        if (round.IncludesDepartmentOverall)
        {
            // 部门整体支出: the department's whole 项目支出 (its own and its units' library projects), against its 部门整体 target.
            var departments = await db.DepartmentBudgets.AsNoTracking().Where(b => b.FiscalYear == round.FiscalYear && regionIds.Contains(b.RegionId))
                .Join(db.Organizations.AsNoTracking(), b => b.DepartmentId, o => o.Id, (b, o) => new { BudgetId = b.Id, o.Id, o.Code, o.Name, b.RegionId })
                .ToListAsync(ct);
            var overall = await TargetQueries.InForce(db.PerformanceTargets.AsNoTracking())
                .Where(t => t.SubjectKind == TargetSubjectKind.DepartmentOverall && t.FiscalYear == round.FiscalYear && regionIds.Contains(t.RegionId))
                .Include(t => t.Indicators).ToListAsync(ct);
            var overallOf = overall.ToDictionary(t => t.SubjectId);
            var byDepartment = projects.ToLookup(p => p.DepartmentId);
            foreach (var d in departments)
            {
                var own = byDepartment[d.Id].ToList();
                var executed = own.Where(p => figures.ContainsKey(p.Id)).Select(p => figures[p.Id].ExecutedFen).ToList();
                seeds.Add((MonitoringSubjectKind.DepartmentOverall, d.BudgetId, d.Code, $"{d.Name}（部门整体支出）", d.RegionId, d.Id, d.Id,
                    overallOf.GetValueOrDefault(d.BudgetId), own.Sum(p => p.AdjustedTotalFen), executed.Count == 0 ? null : executed.Sum()));
            }
        }

        try
        {
            await WriteAsync(round, seeds.Select(s => (s.Kind, s.Id, s.Code, s.Name, s.RegionId, s.DepartmentId, s.UnitId, s.Target, s.Budget, s.Executed)).ToList(), ct);
        }
        catch (Exception exception) when (db.IsConflict(exception))
        {
            db.MonitoringRounds.Entry(round).State = EntityState.Detached;
            return Error.Conflict($"本地区 {round.FiscalYear} 年 {round.Period}的监控轮次刚由他人开启。");
        }

        return round;
    }

    private Task<bool> WriteAsync(
        MonitoringRound round, List<(MonitoringSubjectKind Kind, long Id, string Code, string Name, long RegionId, long DepartmentId, long UnitId, PerformanceTarget? Target, long Budget, long? Executed)> seeds,
        CancellationToken ct) =>
        db.InTransactionAsync(async c =>
        {
            db.MonitoringRounds.Add(round);
            audit.Describe($"开启绩效运行监控：{round.Name}（{MonitoringRound.ScopeName(round.Scope)}，{seeds.Count} 张监控表，{round.Deadline:yyyy-MM-dd} 截止）");
            await db.SaveChangesAsync(c);
            var forms = seeds.Select(s => MonitoringForm.Create(round, s.RegionId, s.Kind, s.Id, s.Code, s.Name, s.DepartmentId, s.UnitId, s.Target?.Id, s.Budget, s.Executed,
                s.Target is null ? [] : s.Target.Indicators.OrderBy(i => i.Position)
                    .Select((i, n) => MonitoringFormIndicator.Of(i.Id, n + 1, i.Level1, i.Level2, i.Name, i.Value)))).ToList();
            await db.BulkInsertAsync(forms, c);
            await db.BulkInsertOwnedAsync(forms, f => f.Indicators, c);
            return true;
        }, ct);

    public async Task<Result<MonitoringRoundDto>> CloseAsync(long id, CloseRound command, CancellationToken ct = default)
    {
        var staff = await finance.ResolveStaffAsync(ct);
        if (staff is null)
        {
            return FinanceAdministration.StaffOnly("结束监控轮次");
        }

        var round = await db.MonitoringRounds.FirstOrDefaultAsync(r => r.Id == id && staff.Scope.RegionIds.Contains(r.RegionId), ct);
        if (round is null)
        {
            return Error.NotFound($"监控轮次（编号 {id}）不存在。");
        }

        if (round.Revision != command.Revision)
        {
            return Error.Conflict("该监控轮次刚被他人修改，请刷新后再试。");
        }

        var closed = round.Close(staff.Actor.DisplayName, clock.GetUtcNow().UtcDateTime);
        if (!closed.IsSuccess)
        {
            return closed.Error!;
        }

        audit.Describe($"结束绩效运行监控：{round.Name}");
        var saved = await db.SaveOrConflictAsync("该监控轮次刚被他人修改，请刷新后再试。", ct);
        return saved.IsSuccess ? (await ListAsync(round.FiscalYear, ct)).Value.First(r => r.Id == id) : saved.Error!;
    }

    /// <summary>The rounds of a year that hold forms the signed-in user may see, newest first, with those forms' counts.</summary>
    public async Task<Result<IReadOnlyList<MonitoringRoundDto>>> ListAsync(int fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var counts = await MonitoringFormsHandler.VisibleTo(db.MonitoringForms.AsNoTracking(), scope)
            .Where(f => f.FiscalYear == fiscalYear)
            .GroupBy(f => new { f.RoundId, f.Status })
            .Select(g => new { g.Key.RoundId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var roundIds = counts.Select(c => c.RoundId).Distinct().ToList();
        var rounds = await db.MonitoringRounds.AsNoTracking()
            .Where(r => r.FiscalYear == fiscalYear && (roundIds.Contains(r.Id) || (scope.Kind == AccessScopeKind.Region && scope.RegionIds.Contains(r.RegionId))))
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.Id).ToListAsync(ct);
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        return rounds.Select(r =>
        {
            int Count(MonitoringFormStatus s) => counts.Where(c => c.RoundId == r.Id && c.Status == s).Sum(c => c.Count);
            return new MonitoringRoundDto(r.Id, r.RegionId, r.FiscalYear, r.Month, r.Period, r.Name, r.Deadline, r.Scope, r.IncludesDepartmentOverall, r.Status,
                r.OpenedAt, r.OpenedBy, r.ClosedAt, r.Revision, r.IsOpen && r.IsOverdue(today), counts.Where(c => c.RoundId == r.Id).Sum(c => c.Count),
                Count(MonitoringFormStatus.Pending), Count(MonitoringFormStatus.Draft), Count(MonitoringFormStatus.Submitted),
                Count(MonitoringFormStatus.DepartmentApproved), Count(MonitoringFormStatus.Confirmed), Count(MonitoringFormStatus.Returned));
        }).ToList();
    }
}
