using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>What the unit of a red project chooses.</summary>
public enum DisposalChoice
{
    /// <summary>继续执行: with measures and a new schedule.</summary>
    Continue = 1,
    /// <summary>调剂: the money goes elsewhere.</summary>
    Reallocate = 2,
    /// <summary>取消: the project stops.</summary>
    Cancel = 3,
}

public enum DisposalStatus
{
    /// <summary>待处置: warned, the unit has until the deadline.</summary>
    Pending = 1,
    /// <summary>已处置: the unit chose.</summary>
    Chosen = 2,
    /// <summary>暂缓拨款: overdue (automatically) or by finance.</summary>
    Suspended = 3,
    /// <summary>停止拨款: by finance.</summary>
    FundingStopped = 4,
    /// <summary>已恢复拨款: finance lifted a suspension.</summary>
    Lifted = 5,
}

/// <summary>
/// 预警处置 of one red project: the unit chooses 继续执行 / 调剂 / 取消 within the pack's deadline in working days, or
/// the project is suspended (暂缓拨款) automatically; finance can suspend, stop funding or lift a suspension by hand,
/// always with a reason. Payments are held while suspended or stopped (the treasury reads that).
/// </summary>
public sealed class ProjectDisposal : Entity
{
    public const int MaxTextLength = 500;

    private ProjectDisposal()
    {
    }

    public long ProjectId { get; private set; }
    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }

    /// <summary>The month of the warning (1–<see cref="Month"/>) and the run that issued it.</summary>
    public int Month { get; private set; }
    public long? RunId { get; private set; }
    public DisposalStatus Status { get; private set; }

    /// <summary>The day (北京时间) the warning went to the unit, and the last day it may choose.</summary>
    public DateOnly IssuedOn { get; private set; }
    public DateOnly Deadline { get; private set; }

    public DisposalChoice? Choice { get; private set; }
    public string? Measures { get; private set; }
    public string? NewSchedule { get; private set; }
    public DateTime? ChosenAt { get; private set; }
    public string? ChosenBy { get; private set; }

    /// <summary>Why payments are held or resumed, who decided, and whether it was the deadline that did.</summary>
    public string? Reason { get; private set; }
    public bool SuspendedAutomatically { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public int Revision { get; private set; }

    public bool HoldsPayments => Status is DisposalStatus.Suspended or DisposalStatus.FundingStopped;

    /// <summary>Still open: the unit has not chosen, or payments are held. A new red warning opens no second one.</summary>
    public bool IsOpen => Status is DisposalStatus.Pending or DisposalStatus.Suspended or DisposalStatus.FundingStopped;

    /// <summary>A red warning goes to the unit: the deadline counts <paramref name="workingDays"/> in the calendar.</summary>
    public static ProjectDisposal Open(long projectId, DateOnly issuedOn, int workingDays, WorkingCalendar calendar,
        long regionId = 0, int fiscalYear = 0, int month = 0, long? runId = null) => new()
    {
        ProjectId = projectId,
        RegionId = regionId,
        FiscalYear = fiscalYear,
        Month = month,
        RunId = runId,
        Status = DisposalStatus.Pending,
        IssuedOn = issuedOn,
        Deadline = calendar.Deadline(issuedOn, workingDays),
    };

    /// <summary>The unit's choice, on or before the deadline.</summary>
    public Result Choose(DisposalChoice choice, string? measures, string? newSchedule, string by, DateOnly today, DateTime at)
    {
        if (Status != DisposalStatus.Pending)
        {
            return Error.Conflict(Status == DisposalStatus.Chosen ? "该项目已处置。" : $"该项目已{StatusName(Status)}，不能再选择处置方式。");
        }

        if (WorkingCalendar.IsOverdue(Deadline, today))
        {
            return Error.Conflict($"已超过处置期限（{Deadline:yyyy-MM-dd}），项目将暂缓拨款；如需继续执行请联系财政部门。");
        }

        if (!Enum.IsDefined(choice))
        {
            return Error.Validation("处置方式只能是继续执行、调剂或取消。", nameof(Choice));
        }

        if (string.IsNullOrWhiteSpace(measures) || measures.Trim().Length > MaxTextLength)
        {
            return Error.Validation(choice == DisposalChoice.Continue
                ? $"继续执行须写明整改措施（不超过 {MaxTextLength} 个字）。"
                : $"请写明{ChoiceName(choice)}的理由和去向（不超过 {MaxTextLength} 个字）。", nameof(Measures));
        }

        if (choice == DisposalChoice.Continue && (string.IsNullOrWhiteSpace(newSchedule) || newSchedule.Trim().Length > MaxTextLength))
        {
            return Error.Validation($"继续执行须填写新的执行进度安排（不超过 {MaxTextLength} 个字）。", nameof(NewSchedule));
        }

        (Status, Choice, Measures, NewSchedule, ChosenAt, ChosenBy) =
            (DisposalStatus.Chosen, choice, measures.Trim(), choice == DisposalChoice.Continue ? newSchedule!.Trim() : null, at, by);
        Revision++;
        return Result.Success();
    }

    /// <summary>The daily job: a pending disposal past its deadline suspends the project. True when it did.</summary>
    public bool SuspendIfOverdue(DateOnly today, DateTime at)
    {
        if (Status != DisposalStatus.Pending || !WorkingCalendar.IsOverdue(Deadline, today))
        {
            return false;
        }

        Decide(DisposalStatus.Suspended, $"逾期未处置（期限 {Deadline:yyyy-MM-dd}），自动暂缓拨款", "系统", at, automatic: true);
        return true;
    }

    public Result Suspend(string reason, string by, DateTime at) =>
        Status is DisposalStatus.Suspended or DisposalStatus.FundingStopped
            ? Error.Conflict($"该项目已{StatusName(Status)}。")
            : Check(reason) ?? Decide(DisposalStatus.Suspended, reason.Trim(), by, at, automatic: false);

    public Result StopFunding(string reason, string by, DateTime at) =>
        Status == DisposalStatus.FundingStopped
            ? Error.Conflict("该项目已停止拨款。")
            : Check(reason) ?? Decide(DisposalStatus.FundingStopped, reason.Trim(), by, at, automatic: false);

    public Result Lift(string reason, string by, DateTime at) =>
        Status != DisposalStatus.Suspended
            ? Error.Conflict(Status == DisposalStatus.FundingStopped ? "停止拨款的项目不能恢复拨款。" : "该项目没有暂缓拨款。")
            : Check(reason) ?? Decide(DisposalStatus.Lifted, reason.Trim(), by, at, automatic: false);

    public static string StatusName(DisposalStatus status) => status switch
    {
        DisposalStatus.Pending => "待处置",
        DisposalStatus.Chosen => "已处置",
        DisposalStatus.Suspended => "暂缓拨款",
        DisposalStatus.FundingStopped => "停止拨款",
        DisposalStatus.Lifted => "恢复拨款",
        _ => status.ToString(),
    };

    public static string ChoiceName(DisposalChoice choice) => choice switch
    {
        DisposalChoice.Continue => "继续执行",
        DisposalChoice.Reallocate => "调剂",
        DisposalChoice.Cancel => "取消",
        _ => choice.ToString(),
    };

    private static Error? Check(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxTextLength
            ? Error.Validation($"请写明理由（不超过 {MaxTextLength} 个字）。", nameof(Reason))
            : null;

    private Result Decide(DisposalStatus status, string reason, string by, DateTime at, bool automatic)
    {
        (Status, Reason, DecidedBy, DecidedAt, SuspendedAutomatically) = (status, reason, by, at, automatic);
        Revision++;
        return Result.Success();
    }
}
