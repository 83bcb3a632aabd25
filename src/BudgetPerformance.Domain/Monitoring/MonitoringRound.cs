using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>Which projects a round asks about.</summary>
public enum MonitoringScope
{
    /// <summary>全部项目: every library project of the region (and those below).</summary>
    All = 1,
    /// <summary>重点项目: budgets at or above the pack's key-project line.</summary>
    KeyProjects = 2,
    /// <summary>指定项目: the projects finance lists by code.</summary>
    Listed = 3,
}

public enum MonitoringRoundStatus
{
    /// <summary>进行中: units fill, departments review, finance confirms.</summary>
    Open = 1,
    /// <summary>已结束: nothing more is filled or changed.</summary>
    Closed = 2,
}

/// <summary>
/// 绩效运行监控轮次: finance asks every unit in scope for the 项目支出绩效目标执行监控表 of the period 1–<see cref="Month"/>月
/// by a deadline. The round's forms are made when it opens (one per project, and per department when 部门整体支出 is
/// included), prefilled with the budget, the execution data in force and the indicators of the target in force.
/// </summary>
public sealed class MonitoringRound : Entity
{
    public const int MaxNameLength = 60;

    private MonitoringRound()
    {
        Name = string.Empty;
        OpenedBy = string.Empty;
    }

    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }

    /// <summary>The period is 1–Month月 (6 for 1–6月).</summary>
    public int Month { get; private set; }
    public string Name { get; private set; }

    /// <summary>The last day (北京时间) units may submit.</summary>
    public DateOnly Deadline { get; private set; }
    public MonitoringScope Scope { get; private set; }
    public bool IncludesDepartmentOverall { get; private set; }
    public MonitoringRoundStatus Status { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public string OpenedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public int Revision { get; private set; }

    public bool IsOpen => Status == MonitoringRoundStatus.Open;

    public string Period => $"1—{Month}月";

    public static Result<MonitoringRound> Open(
        long regionId, int fiscalYear, int month, string? name, DateOnly deadline, MonitoringScope scope, bool includesDepartmentOverall,
        DateOnly today, string by, DateTime at)
    {
        if (month is < 1 or > 12)
        {
            return Error.Validation("监控期间应为 1—1月至 1—12月（月份 1–12）。", nameof(Month));
        }

        if (!Enum.IsDefined(scope))
        {
            return Error.Validation("监控范围只能是全部项目、重点项目或指定项目。", nameof(Scope));
        }

        if (deadline < today)
        {
            return Error.Validation($"填报截止日期（{deadline:yyyy-MM-dd}）不能早于今天（{today:yyyy-MM-dd}）。", nameof(Deadline));
        }

        if (deadline.Year > fiscalYear + 1)
        {
            return Error.Validation($"填报截止日期（{deadline:yyyy-MM-dd}）应在 {fiscalYear} 年或次年之内。", nameof(Deadline));
        }

        var title = string.IsNullOrWhiteSpace(name) ? $"{fiscalYear}年1—{month}月绩效运行监控" : name.Trim();
        if (title.Length > MaxNameLength)
        {
            return Error.Validation($"轮次名称不超过 {MaxNameLength} 个字。", nameof(Name));
        }

        return new MonitoringRound
        {
            RegionId = regionId,
            FiscalYear = fiscalYear,
            Month = month,
            Name = title,
            Deadline = deadline,
            Scope = scope,
            IncludesDepartmentOverall = includesDepartmentOverall,
            Status = MonitoringRoundStatus.Open,
            OpenedAt = at,
            OpenedBy = by,
        };
    }

    public Result Close(string by, DateTime at)
    {
        if (!IsOpen)
        {
            return Error.Conflict("该监控轮次已结束。");
        }

        (Status, ClosedBy, ClosedAt) = (MonitoringRoundStatus.Closed, by, at);
        Revision++;
        return Result.Success();
    }

    public bool IsOverdue(DateOnly today) => WorkingCalendar.IsOverdue(Deadline, today);

    public static string ScopeName(MonitoringScope scope) => scope switch
    {
        MonitoringScope.All => "全部项目",
        MonitoringScope.KeyProjects => "重点项目",
        MonitoringScope.Listed => "指定项目",
        _ => scope.ToString(),
    };

    public static string StatusName(MonitoringRoundStatus status) => status == MonitoringRoundStatus.Open ? "进行中" : "已结束";
}
