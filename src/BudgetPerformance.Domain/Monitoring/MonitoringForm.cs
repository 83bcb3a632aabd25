using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>What a monitoring form reports on.</summary>
public enum MonitoringSubjectKind
{
    /// <summary>项目支出</summary>
    Project = 1,
    /// <summary>部门整体支出</summary>
    DepartmentOverall = 2,
}

/// <summary>Where a 监控表 stands: 单位填报 → 主管部门审核 → 财政确认, or back to the unit with a reason.</summary>
public enum MonitoringFormStatus
{
    /// <summary>待填报</summary>
    Pending = 1,
    /// <summary>填报中 (saved, not submitted)</summary>
    Draft = 2,
    /// <summary>待主管部门审核</summary>
    Submitted = 3,
    /// <summary>待财政确认</summary>
    DepartmentApproved = 4,
    /// <summary>财政已确认</summary>
    Confirmed = 5,
    /// <summary>已退回 (by the department or finance, with a reason)</summary>
    Returned = 6,
}

/// <summary>One indicator row of a form as a unit fills it (by the form row's indicator id).</summary>
public sealed record IndicatorFill(
    long IndicatorId, decimal? ProgressToDate = null, decimal? FullYearForecast = null, QualitativeState? State = null,
    AchievementLikelihood? Likelihood = null, DeviationCause Causes = DeviationCause.None, string? CauseNote = null, string? Measures = null);

/// <summary>What a unit writes on its form: the full-year execution forecast, its explanation, and each indicator.</summary>
public sealed record FormFill(long? ForecastFen, string? ExecutionNote, IReadOnlyList<IndicatorFill> Indicators);

/// <summary>
/// 项目支出绩效目标执行监控表 of one project (or 部门整体支出) in one round: budget and execution to date prefilled from the
/// execution data, the unit's full-year forecast, and per indicator of the target in force the progress to date, full-year
/// forecast, 完成目标可能性, deviation causes and measures. On submit the warning rules judge it (the same engine as the
/// warning runs) and <see cref="MonitoringReportRules"/> requires causes and measures wherever the target is in doubt.
/// </summary>
public sealed class MonitoringForm : Entity
{
    public const int MaxTextLength = MonitoringReportRules.MaxTextLength;

    private readonly List<MonitoringFormIndicator> _indicators = [];

    private MonitoringForm()
    {
        SubjectName = string.Empty;
        SubjectCode = string.Empty;
    }

    public long RoundId { get; private set; }
    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }
    public int Month { get; private set; }
    public MonitoringSubjectKind SubjectKind { get; private set; }

    /// <summary>The project's id, or the department's for 部门整体支出.</summary>
    public long SubjectId { get; private set; }
    public string SubjectCode { get; private set; }
    public string SubjectName { get; private set; }
    public long DepartmentId { get; private set; }
    public long UnitId { get; private set; }

    /// <summary>The target in force when the round opened (null: the subject has none; the form reports execution only).</summary>
    public long? TargetId { get; private set; }

    /// <summary>全年预算数 (adjusted) and 1–Month月 execution, in 分; execution null until data arrives.</summary>
    public long BudgetFen { get; private set; }
    public long? ExecutedFen { get; private set; }

    /// <summary>全年预计执行数, in 分, and the unit's explanation of its execution (偏差原因及改进措施).</summary>
    public long? ForecastFen { get; private set; }
    public string? ExecutionNote { get; private set; }

    public MonitoringFormStatus Status { get; private set; }

    /// <summary>The light the rules gave the form when it was last submitted.</summary>
    public WarningLight? Light { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public DateTime? UpdatedAt { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<MonitoringFormIndicator> Indicators => _indicators;

    /// <summary>The unit may still change it: not yet submitted, or returned.</summary>
    public bool IsEditable => Status is MonitoringFormStatus.Pending or MonitoringFormStatus.Draft or MonitoringFormStatus.Returned;

    /// <summary>Submitted at least once and not back with the unit: what the warnings and lists count as filled.</summary>
    public bool IsFilled => Status is MonitoringFormStatus.Submitted or MonitoringFormStatus.DepartmentApproved or MonitoringFormStatus.Confirmed;

    public static MonitoringForm Create(
        MonitoringRound round, long regionId, MonitoringSubjectKind kind, long subjectId, string code, string name, long departmentId, long unitId,
        long? targetId, long budgetFen, long? executedFen, IEnumerable<MonitoringFormIndicator> indicators)
    {
        var form = new MonitoringForm
        {
            RoundId = round.Id,
            RegionId = regionId,
            FiscalYear = round.FiscalYear,
            Month = round.Month,
            SubjectKind = kind,
            SubjectId = subjectId,
            SubjectCode = code,
            SubjectName = name,
            DepartmentId = departmentId,
            UnitId = unitId,
            TargetId = targetId,
            BudgetFen = budgetFen,
            ExecutedFen = executedFen,
            Status = MonitoringFormStatus.Pending,
        };
        form._indicators.AddRange(indicators);
        return form;
    }

    /// <summary>The execution data in force changed (a new delivery): an editable form shows the new figure.</summary>
    public bool RefreshExecution(long? executedFen)
    {
        if (!IsEditable || executedFen == ExecutedFen)
        {
            return false;
        }

        ExecutedFen = executedFen;
        return true;
    }

    /// <summary>The unit saves what it wrote (not yet submitted): every indicator row must be one of the form's.</summary>
    public Result Fill(FormFill fill, bool roundOpen, DateTime at)
    {
        if (!roundOpen)
        {
            return Error.Conflict("该监控轮次已结束，不能再填报。");
        }

        if (!IsEditable)
        {
            return Error.Conflict($"监控表{StatusName(Status)}，不能修改。");
        }

        if (fill.ForecastFen is < 0)
        {
            return Error.Validation("全年预计执行数不能为负数。", nameof(ForecastFen));
        }

        if (fill.ExecutionNote?.Trim().Length > MaxTextLength)
        {
            return Error.Validation($"预算执行偏差原因及措施不超过 {MaxTextLength} 个字。", nameof(ExecutionNote));
        }

        var rows = _indicators.ToDictionary(i => i.IndicatorId);
        var problems = new List<string>();
        foreach (var group in (fill.Indicators ?? []).GroupBy(i => i.IndicatorId))
        {
            if (!rows.TryGetValue(group.Key, out var row))
            {
                problems.Add($"指标（编号 {group.Key}）不在本监控表中。");
            }
            else if (group.Count() > 1)
            {
                problems.Add($"指标“{row.Name}”填了两次。");
            }
        }

        if (problems.Count > 0)
        {
            return Error.Many(problems[0], problems, nameof(Indicators));
        }

        foreach (var row in fill.Indicators ?? [])
        {
            rows[row.IndicatorId].Fill(row);
        }

        ForecastFen = fill.ForecastFen;
        ExecutionNote = Clean(fill.ExecutionNote);
        if (Status == MonitoringFormStatus.Pending)
        {
            Status = MonitoringFormStatus.Draft;
        }

        UpdatedAt = at;
        Revision++;
        return Result.Success();
    }

    /// <summary>What the warning rules judge: the form's budget, execution and reported indicator progress.</summary>
    public ExecutionSnapshot Snapshot() =>
        new(SubjectId, SubjectName, Month, BudgetFen, ExecutedFen, _indicators.Select(i => i.Progress()).ToList());

    /// <summary>
    /// Every problem that stops the form from being submitted under <paramref name="section"/>: the forecast, the
    /// execution explanation where spending lags, and the indicator rules of the table.
    /// </summary>
    public (ProjectWarning Warning, IReadOnlyList<string> Problems) Check(MonitoringSection section)
    {
        var warning = Warnings.Evaluate(Snapshot(), section);
        var problems = new List<string>();
        if (ForecastFen is null)
        {
            problems.Add("请填写全年预计执行数。");
        }

        var executionLight = WarningLights.Worst(warning.Findings.Where(f => f.RuleCode != "W02").Select(f => f.Light));
        if (executionLight is WarningLight.Red or WarningLight.Yellow && string.IsNullOrWhiteSpace(ExecutionNote))
        {
            problems.Add($"预算执行预警为{WarningLights.Name(executionLight)}，请说明执行偏差原因及改进措施。");
        }

        var snapshot = Snapshot();
        var lights = _indicators.ToDictionary(i => i.IndicatorId, i => Warnings.JudgeIndicator(i.Progress(), snapshot, section).Light);
        problems.AddRange(MonitoringReportRules.Check(_indicators.Select(i => i.Report()).ToList(), lights));
        problems.AddRange(_indicators.Where(i => i.Direction == ProgressDirection.Qualitative ? i.State is null : i.ProgressToDate is null)
            .Select(i => $"指标“{i.Name}”：请填写{(i.Direction == ProgressDirection.Qualitative ? "完成情况（达成、部分达成或未达成）" : "截至目前完成值")}。"));
        return (warning, problems);
    }

    /// <summary>The unit submits: the rules must find nothing missing; the form's light is recorded.</summary>
    public Result<ProjectWarning> Submit(MonitoringSection section, bool roundOpen, string by, DateTime at)
    {
        if (!roundOpen)
        {
            return Error.Conflict("该监控轮次已结束，不能再提交。");
        }

        if (!IsEditable)
        {
            return Error.Conflict($"监控表{StatusName(Status)}，不能重复提交。");
        }

        var (warning, problems) = Check(section);
        if (problems.Count > 0)
        {
            return Error.Many($"监控表有 {problems.Count} 处需要补充：{problems[0]}", problems, nameof(Indicators));
        }

        (Status, Light, SubmittedAt, SubmittedBy, ReturnReason, UpdatedAt) = (MonitoringFormStatus.Submitted, warning.Light, at, by, null, at);
        Revision++;
        return warning;
    }

    /// <summary>主管部门审核: passes the form to finance, or returns it to the unit with a reason.</summary>
    public Result DepartmentReview(bool approve, string? reason, string by, DateTime at)
    {
        if (Status != MonitoringFormStatus.Submitted)
        {
            return Error.Conflict($"监控表{StatusName(Status)}，不在主管部门审核环节。");
        }

        if (!approve)
        {
            return ReturnToUnit(reason, by, at);
        }

        (Status, ReviewedAt, ReviewedBy, UpdatedAt) = (MonitoringFormStatus.DepartmentApproved, at, by, at);
        Revision++;
        return Result.Success();
    }

    /// <summary>财政确认.</summary>
    public Result Confirm(string by, DateTime at)
    {
        if (Status != MonitoringFormStatus.DepartmentApproved)
        {
            return Error.Conflict(Status == MonitoringFormStatus.Submitted ? "监控表尚待主管部门审核，财政部门不能先确认。" : $"监控表{StatusName(Status)}，不能确认。");
        }

        (Status, ConfirmedAt, ConfirmedBy, UpdatedAt) = (MonitoringFormStatus.Confirmed, at, by, at);
        Revision++;
        return Result.Success();
    }

    /// <summary>财政退回: back to the unit with a reason (before or after the department's review).</summary>
    public Result Return(string? reason, string by, DateTime at) =>
        Status is MonitoringFormStatus.Submitted or MonitoringFormStatus.DepartmentApproved
            ? ReturnToUnit(reason, by, at)
            : Error.Conflict($"监控表{StatusName(Status)}，不能退回。");

    private Result ReturnToUnit(string? reason, string by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxTextLength)
        {
            return Error.Validation($"退回须写明理由（不超过 {MaxTextLength} 个字）。", nameof(ReturnReason));
        }

        (Status, ReturnReason, ReviewedAt, ReviewedBy, UpdatedAt) = (MonitoringFormStatus.Returned, $"{reason.Trim()}（{by}）", at, by, at);
        Revision++;
        return Result.Success();
    }

    public static string StatusName(MonitoringFormStatus status) => status switch
    {
        MonitoringFormStatus.Pending => "待填报",
        MonitoringFormStatus.Draft => "填报中",
        MonitoringFormStatus.Submitted => "待主管部门审核",
        MonitoringFormStatus.DepartmentApproved => "待财政确认",
        MonitoringFormStatus.Confirmed => "财政已确认",
        MonitoringFormStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static string SubjectKindName(MonitoringSubjectKind kind) => kind == MonitoringSubjectKind.Project ? "项目支出" : "部门整体支出";

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One indicator of a monitoring form: the target as set (copied when the round opened) and what the unit reports.</summary>
public sealed class MonitoringFormIndicator
{
    private MonitoringFormIndicator()
    {
        Name = string.Empty;
        TargetWritten = string.Empty;
    }

    public long Id { get; private set; }
    public int Position { get; private set; }

    /// <summary>The target indicator (of the target in force) this row reports on.</summary>
    public long IndicatorId { get; private set; }
    public Level1 Level1 { get; private set; }
    public Level2 Level2 { get; private set; }
    public string Name { get; private set; }

    /// <summary>年度指标值 as the target writes it ("≥95%"), and how progress is judged against it.</summary>
    public string TargetWritten { get; private set; }
    public ProgressDirection Direction { get; private set; }
    public decimal? TargetNumber { get; private set; }
    public string? Unit { get; private set; }

    public decimal? ProgressToDate { get; private set; }
    public decimal? FullYearForecast { get; private set; }
    public QualitativeState? State { get; private set; }
    public AchievementLikelihood? Likelihood { get; private set; }
    public DeviationCause Causes { get; private set; }
    public string? CauseNote { get; private set; }
    public string? Measures { get; private set; }

    public static MonitoringFormIndicator Of(long indicatorId, int position, Level1 level1, Level2 level2, string name, IndicatorValue value) => new()
    {
        IndicatorId = indicatorId,
        Position = position,
        Level1 = level1,
        Level2 = level2,
        Name = name,
        TargetWritten = value.ToString(),
        Direction = ProgressDirections.Of(value),
        TargetNumber = value.IsComparison ? value.Number : null,
        Unit = value.IsComparison ? value.Unit : null,
    };

    internal void Fill(IndicatorFill fill)
    {
        ProgressToDate = Direction == ProgressDirection.Qualitative ? null : fill.ProgressToDate;
        FullYearForecast = Direction == ProgressDirection.Qualitative ? null : fill.FullYearForecast;
        State = Direction == ProgressDirection.Qualitative ? fill.State : null;
        Likelihood = fill.Likelihood;
        Causes = fill.Causes;
        CauseNote = MonitoringForm.Clean(fill.CauseNote);
        Measures = MonitoringForm.Clean(fill.Measures);
    }

    public IndicatorProgress Progress() => new(IndicatorId, Name, Direction, TargetNumber, ProgressToDate, Unit, State);

    public IndicatorReport Report() => new(IndicatorId, Name, ProgressToDate, FullYearForecast, Likelihood, Causes, CauseNote, Measures);
}

/// <summary>How a target value's progress is judged.</summary>
public static class ProgressDirections
{
    public static ProgressDirection Of(IndicatorValue value) => value.Operator switch
    {
        IndicatorOperator.AtLeast or IndicatorOperator.MoreThan => ProgressDirection.Positive,
        IndicatorOperator.EqualTo => value.Number == 0 ? ProgressDirection.NoneAllowed : ProgressDirection.Positive,
        IndicatorOperator.AtMost or IndicatorOperator.LessThan => ProgressDirection.Reverse,
        // 定性, 时效, 定量（其他） and values still to be corrected are reported as 达成 / 部分达成 / 未达成.
        _ => ProgressDirection.Qualitative,
    };

    public static string StateName(QualitativeState state) => state switch
    {
        QualitativeState.Achieved => "达成",
        QualitativeState.PartlyAchieved => "部分达成",
        QualitativeState.NotAchieved => "未达成",
        _ => state.ToString(),
    };
}
