using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

/// <summary>Which forms of a round a list shows.</summary>
public enum MonitoringFormFilter
{
    All = 0,
    /// <summary>未填报: pending, draft or returned.</summary>
    NotFilled = 1,
    /// <summary>逾期未填报: not filled and past the round's deadline.</summary>
    Overdue = 2,
    /// <summary>待主管部门审核</summary>
    AwaitingDepartment = 3,
    /// <summary>待财政确认</summary>
    AwaitingFinance = 4,
    /// <summary>财政已确认</summary>
    Confirmed = 5,
    /// <summary>已退回</summary>
    Returned = 6,
}

public sealed record MonitoringFormListItem(
    long Id, long RoundId, MonitoringSubjectKind SubjectKind, long SubjectId, string SubjectCode, string SubjectName, string Department, string Unit,
    MonitoringFormStatus Status, WarningLight? Light, long BudgetFen, long? ExecutedFen, long? ForecastFen, string? ReturnReason, DateTime? UpdatedAt, int Revision, int FiscalYear = 0, int Month = 0)
{
    public string Period => $"{FiscalYear}年1—{Month}月";
    public string StatusName => MonitoringForm.StatusName(Status);
    public string SubjectKindName => MonitoringForm.SubjectKindName(SubjectKind);
    public string? LightName => Light is { } l ? WarningLights.Name(l) : null;
    public string BudgetWanYuan => new Money(BudgetFen).ToWanYuanString();
    public string? ExecutedWanYuan => ExecutedFen is { } e ? new Money(e).ToWanYuanString() : null;
    public decimal? ExecutionRate => BudgetFen > 0 && ExecutedFen is { } e ? Math.Round((decimal)e / BudgetFen, 4) : null;
}

public sealed record MonitoringFormIndicatorDto(
    long IndicatorId, int Position, string Level1, string Level2, string Name, string TargetWritten, ProgressDirection Direction, decimal? TargetNumber, string? Unit,
    decimal? ProgressToDate, decimal? FullYearForecast, QualitativeState? State, AchievementLikelihood? Likelihood, DeviationCause Causes, string? CauseNote, string? Measures,
    WarningLight Light, string Arithmetic)
{
    public string LightName => WarningLights.Name(Light);
    public bool IsQualitative => Direction == ProgressDirection.Qualitative;
}

/// <summary>A form whole: the round, the prefilled figures, the rows, the rules' current verdict and what the user may do.</summary>
public sealed record MonitoringFormDto(
    MonitoringFormListItem Form, string RoundName, string Period, int FiscalYear, int Month, DateOnly Deadline, bool RoundOpen, string? ExecutionNote,
    IReadOnlyList<MonitoringFormIndicatorDto> Indicators, IReadOnlyList<WarningFinding> Findings, WarningLight CurrentLight, IReadOnlyList<string> Problems,
    string PackLabel, DateTime? SubmittedAt, string? SubmittedBy, DateTime? ReviewedAt, string? ReviewedBy, DateTime? ConfirmedAt, string? ConfirmedBy,
    bool CanFill, bool CanReview, bool CanConfirm)
{
    public string CurrentLightName => WarningLights.Name(CurrentLight);
    public string? ForecastWanYuan => Form.ForecastFen is { } f ? new Money(f).ToWanYuanString() : null;
    public decimal TimeProgress => Month / 12m;
}

/// <summary>What a unit sends to save or submit its form: the full-year forecast in 万元, the explanation, the rows.</summary>
public sealed record SaveMonitoringForm(decimal? ForecastWanYuan, string? ExecutionNote = null, IReadOnlyList<IndicatorFill>? Indicators = null, int Revision = 0);

public sealed record FormDecision(bool Approve = true, string? Reason = null, int Revision = 0);

/// <summary>
/// 项目支出绩效目标执行监控表: the unit fills and submits (the warning rules check it), the 主管部门 approves or returns it,
/// finance confirms or returns it with a reason. Who sees a form: its unit, its department, finance of its region; a unit
/// never sees another unit's form. Every step audited.
/// </summary>
public sealed class MonitoringFormsHandler(
    IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, RulePackResolver packs, IAuditNotes audit, TimeProvider clock)
{
    public const int MaxPageSize = 500;
    private const string Stale = "该监控表刚被他人修改，请刷新后再试。";

    public static IQueryable<MonitoringForm> VisibleTo(IQueryable<MonitoringForm> forms, AccessScope scope) => scope.Kind switch
    {
        AccessScopeKind.Region => forms.Where(f => scope.RegionIds.Contains(f.RegionId)),
        AccessScopeKind.Department => forms.Where(f => f.DepartmentId == scope.DepartmentId),
        AccessScopeKind.Unit => forms.Where(f => f.UnitId == scope.UnitId),
        _ => forms.Where(_ => false),
    };

    public async Task<Result<PagedResult<MonitoringFormListItem>>> ListAsync(
        long roundId, MonitoringFormFilter filter = MonitoringFormFilter.All, WarningLight? light = null, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation($"页码应从 1 开始，每页 1–{MaxPageSize} 条。", nameof(pageSize));
        }

        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        var forms = VisibleTo(db.MonitoringForms.AsNoTracking(), scope).Where(f => f.RoundId == roundId);
        if (round is null || (scope.Kind != AccessScopeKind.Region && !await forms.AnyAsync(ct)))
        {
            return Error.NotFound($"监控轮次（编号 {roundId}）不存在。");
        }

        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        forms = filter switch
        {
            MonitoringFormFilter.NotFilled => forms.Where(f => f.Status == MonitoringFormStatus.Pending || f.Status == MonitoringFormStatus.Draft || f.Status == MonitoringFormStatus.Returned),
            MonitoringFormFilter.Overdue => round.IsOverdue(today)
                ? forms.Where(f => f.Status == MonitoringFormStatus.Pending || f.Status == MonitoringFormStatus.Draft || f.Status == MonitoringFormStatus.Returned)
                : forms.Where(_ => false),
            MonitoringFormFilter.AwaitingDepartment => forms.Where(f => f.Status == MonitoringFormStatus.Submitted),
            MonitoringFormFilter.AwaitingFinance => forms.Where(f => f.Status == MonitoringFormStatus.DepartmentApproved),
            MonitoringFormFilter.Confirmed => forms.Where(f => f.Status == MonitoringFormStatus.Confirmed),
            MonitoringFormFilter.Returned => forms.Where(f => f.Status == MonitoringFormStatus.Returned),
            _ => forms,
        };
        if (light is { } only)
        {
            forms = forms.Where(f => f.Light == only);
        }

        var total = await forms.CountAsync(ct);
        var rows = await Items(forms.OrderBy(f => f.DepartmentId).ThenBy(f => f.SubjectKind).ThenBy(f => f.SubjectCode).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new PagedResult<MonitoringFormListItem>(rows, total, page, pageSize);
    }

    /// <summary>The forms of a subject across rounds (a project's monitoring history), newest period first.</summary>
    public async Task<Result<IReadOnlyList<MonitoringFormListItem>>> HistoryAsync(MonitoringSubjectKind kind, long subjectId, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var forms = VisibleTo(db.MonitoringForms.AsNoTracking(), scope).Where(f => f.SubjectKind == kind && f.SubjectId == subjectId)
            .OrderByDescending(f => f.FiscalYear).ThenByDescending(f => f.Month);
        return await Items(forms).ToListAsync(ct);
    }

    public async Task<Result<MonitoringFormDto>> GetAsync(long id, CancellationToken ct = default)
    {
        var found = await FindAsync(id, track: false, ct);
        return found.IsSuccess ? await DtoAsync(found.Value.Form, found.Value.Round, found.Value.Scope, ct) : found.Error!;
    }

    /// <summary>The unit saves its form without submitting (a draft; nothing is required yet).</summary>
    public Task<Result<MonitoringFormDto>> SaveAsync(long id, SaveMonitoringForm command, CancellationToken ct = default) =>
        FillAsync(id, command, submit: false, ct);

    /// <summary>The unit submits: saved, then checked by the rules; refused with every missing item named.</summary>
    public Task<Result<MonitoringFormDto>> SubmitAsync(long id, SaveMonitoringForm command, CancellationToken ct = default) =>
        FillAsync(id, command, submit: true, ct);

    /// <summary>主管部门审核: approve (to finance) or return with a reason.</summary>
    public async Task<Result<MonitoringFormDto>> ReviewAsync(long id, FormDecision decision, CancellationToken ct = default)
    {
        var found = await FindAsync(id, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (form, round, scope, actor) = found.Value;
        if (!MayReview(actor, scope, form))
        {
            return Error.Forbidden("只有项目所属主管部门可以审核监控表。");
        }

        return await DecideAsync(form, round, scope, decision, f => f.DepartmentReview(decision.Approve, decision.Reason, actor.DisplayName, Now),
            decision.Approve ? "主管部门审核通过监控表" : "主管部门退回监控表", ct);
    }

    /// <summary>财政确认.</summary>
    public async Task<Result<MonitoringFormDto>> ConfirmAsync(long id, FormDecision decision, CancellationToken ct = default)
    {
        var found = await FindAsync(id, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (form, round, scope, actor) = found.Value;
        return !MayConfirm(actor, scope)
            ? Error.Forbidden("只有财政局工作人员可以确认监控表。")
            : await DecideAsync(form, round, scope, decision, f => f.Confirm(actor.DisplayName, Now), "财政确认监控表", ct);
    }

    /// <summary>财政退回, with a reason.</summary>
    public async Task<Result<MonitoringFormDto>> ReturnAsync(long id, FormDecision decision, CancellationToken ct = default)
    {
        var found = await FindAsync(id, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (form, round, scope, actor) = found.Value;
        return !MayConfirm(actor, scope)
            ? Error.Forbidden("只有财政局工作人员可以退回监控表。")
            : await DecideAsync(form, round, scope, decision, f => f.Return(decision.Reason, actor.DisplayName, Now), "财政退回监控表", ct);
    }

    /// <summary>The unit fills a form of its own (a department fills its 部门整体 form and the projects it owns itself).</summary>
    public static bool MayFill(Actor actor, AccessScope scope, MonitoringForm form) =>
        (actor.Has(Role.BudgetUnit) && scope.Kind == AccessScopeKind.Unit && form.UnitId == scope.UnitId)
        || (actor.Has(Role.Department | Role.BudgetUnit) && scope.Kind == AccessScopeKind.Department && form.UnitId == scope.DepartmentId);

    public static bool MayReview(Actor actor, AccessScope scope, MonitoringForm form) =>
        actor.Has(Role.Department) && scope.Kind == AccessScopeKind.Department && form.DepartmentId == scope.DepartmentId;

    public static bool MayConfirm(Actor actor, AccessScope scope) => actor.Has(Role.FinanceAdmin | Role.FinanceReviewer) && scope.Kind == AccessScopeKind.Region;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Result<MonitoringFormDto>> FillAsync(long id, SaveMonitoringForm command, bool submit, CancellationToken ct)
    {
        var found = await FindAsync(id, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (form, round, scope, actor) = found.Value;
        if (!MayFill(actor, scope, form))
        {
            return Error.Forbidden("只有项目所属预算单位可以填报监控表。");
        }

        if (command.Revision != form.Revision)
        {
            return Error.Conflict(Stale);
        }

        long? forecast;
        try
        {
            forecast = command.ForecastWanYuan is { } wan ? Money.FromWanYuan(wan).Fen : null;
        }
        catch (OverflowException)
        {
            return Error.Validation("全年预计执行数超出可记录的范围。", nameof(command.ForecastWanYuan));
        }

        form.RefreshExecution(await ExecutedNowAsync(form, ct));
        var filled = form.Fill(new FormFill(forecast, command.ExecutionNote, command.Indicators ?? []), round.IsOpen, Now);
        if (!filled.IsSuccess)
        {
            return filled.Error!;
        }

        if (submit)
        {
            var section = await packs.SectionAsync(MonitoringSectionDefinition.Instance, form.RegionId, form.FiscalYear, ct);
            var submitted = form.Submit(section.Settings, round.IsOpen, actor.DisplayName, Now);
            if (!submitted.IsSuccess)
            {
                return submitted.Error!;
            }
        }

        audit.Describe($"{(submit ? "提交" : "保存")}监控表：{form.SubjectCode} {round.Period}");
        var saved = await db.SaveOrConflictAsync(Stale, ct);
        return saved.IsSuccess ? await DtoAsync(form, round, scope, ct) : saved.Error!;
    }

    private async Task<Result<MonitoringFormDto>> DecideAsync(
        MonitoringForm form, MonitoringRound round, AccessScope scope, FormDecision decision, Func<MonitoringForm, Result> decide, string what, CancellationToken ct)
    {
        if (!round.IsOpen)
        {
            return Error.Conflict("该监控轮次已结束。");
        }

        if (decision.Revision != form.Revision)
        {
            return Error.Conflict(Stale);
        }

        var decided = decide(form);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        audit.Describe($"{what}：{form.SubjectCode} {round.Period}");
        var saved = await db.SaveOrConflictAsync(Stale, ct);
        return saved.IsSuccess ? await DtoAsync(form, round, scope, ct) : saved.Error!;
    }

    /// <summary>The execution in force for the form's subject now (a 部门整体 form sums its department's projects).</summary>
    private async Task<long?> ExecutedNowAsync(MonitoringForm form, CancellationToken ct)
    {
        var projects = db.Projects.AsNoTracking().InLibrary().Where(p => p.FiscalYear == form.FiscalYear && p.RegionId == form.RegionId);
        projects = form.SubjectKind == MonitoringSubjectKind.Project ? projects.Where(p => p.Id == form.SubjectId) : projects.Where(p => p.DepartmentId == form.DepartmentId);
        var figures = await ExecutionInForce.ForMonthAsync(db, projects, form.FiscalYear, form.Month, ct);
        return figures.Count == 0 ? null : figures.Values.Sum(f => f.ExecutedFen);
    }

    private async Task<Result<(MonitoringForm Form, MonitoringRound Round, AccessScope Scope, Actor Actor)>> FindAsync(long id, bool track, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var forms = VisibleTo(track ? db.MonitoringForms : db.MonitoringForms.AsNoTracking(), scope);
        var form = await forms.Include(f => f.Indicators).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null)
        {
            // Another unit's form reads as absent: its existence is not told either.
            return Error.NotFound($"监控表（编号 {id}）不存在。");
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == form.RoundId, ct);
        return (form, round, scope, actor);
    }

    private async Task<MonitoringFormDto> DtoAsync(MonitoringForm form, MonitoringRound round, AccessScope scope, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        var section = await packs.SectionAsync(MonitoringSectionDefinition.Instance, form.RegionId, form.FiscalYear, ct);
        var (warning, problems) = form.Check(section.Settings);
        var snapshot = form.Snapshot();
        var item = await Items(db.MonitoringForms.AsNoTracking().Where(f => f.Id == form.Id)).FirstAsync(ct);
        var rows = form.Indicators.OrderBy(i => i.Position).Select(i =>
        {
            var finding = Warnings.JudgeIndicator(i.Progress(), snapshot, section.Settings);
            return new MonitoringFormIndicatorDto(i.IndicatorId, i.Position, IndicatorFrameworks.Name(i.Level1), IndicatorFrameworks.Name(i.Level2), i.Name, i.TargetWritten,
                i.Direction, i.TargetNumber, i.Unit, i.ProgressToDate, i.FullYearForecast, i.State, i.Likelihood, i.Causes, i.CauseNote, i.Measures, finding.Light, finding.Arithmetic);
        }).ToList();
        return new MonitoringFormDto(item, round.Name, round.Period, round.FiscalYear, round.Month, round.Deadline, round.IsOpen, form.ExecutionNote, rows, warning.Findings, warning.Light,
            form.IsEditable ? problems : [], $"{section.Pack.Label}（{section.Pack.Code} 第 {section.Pack.Version} 版）",
            form.SubmittedAt, form.SubmittedBy, form.ReviewedAt, form.ReviewedBy, form.ConfirmedAt, form.ConfirmedBy,
            actor is not null && round.IsOpen && form.IsEditable && MayFill(actor, scope, form),
            actor is not null && round.IsOpen && form.Status == MonitoringFormStatus.Submitted && MayReview(actor, scope, form),
            actor is not null && round.IsOpen && form.Status is MonitoringFormStatus.Submitted or MonitoringFormStatus.DepartmentApproved && MayConfirm(actor, scope));
    }

    private IQueryable<MonitoringFormListItem> Items(IQueryable<MonitoringForm> forms) =>
        from f in forms
        join d in db.Organizations.AsNoTracking() on f.DepartmentId equals d.Id
        join u in db.Organizations.AsNoTracking() on f.UnitId equals u.Id
        select new MonitoringFormListItem(f.Id, f.RoundId, f.SubjectKind, f.SubjectId, f.SubjectCode, f.SubjectName, d.Name, u.Name, f.Status, f.Light,
            f.BudgetFen, f.ExecutedFen, f.ForecastFen, f.ReturnReason, f.UpdatedAt, f.Revision, f.FiscalYear, f.Month);
}
