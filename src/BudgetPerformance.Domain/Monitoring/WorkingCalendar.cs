using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>
/// Which days are working days: Monday to Friday, less the public holidays, plus the make-up workdays (调休上班) on a
/// weekend — the calendar finance keeps per year from the State Council's notice. Disposal deadlines count in it.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkdays;

    private WorkingCalendar(HashSet<DateOnly> holidays, HashSet<DateOnly> makeUpWorkdays)
    {
        _holidays = holidays;
        _makeUpWorkdays = makeUpWorkdays;
    }

    /// <summary>Weekends only: no holidays entered yet.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    public static Result<WorkingCalendar> Create(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        var off = holidays.ToHashSet();
        var on = makeUpWorkdays.ToHashSet();
        var both = off.Intersect(on).Order().ToList();
        if (both.Count > 0)
        {
            return Error.Validation($"{both[0]:yyyy-MM-dd} 不能既是节假日又是调休上班日。", "Calendar");
        }

        var weekdays = on.Where(d => !IsWeekend(d)).Order().ToList();
        if (weekdays.Count > 0)
        {
            return Error.Validation($"{weekdays[0]:yyyy-MM-dd} 本来就是工作日，不需要登记为调休上班日。", "Calendar");
        }

        return new WorkingCalendar(off, on);
    }

    public bool IsWorkingDay(DateOnly day) => _makeUpWorkdays.Contains(day) || (!IsWeekend(day) && !_holidays.Contains(day));

    /// <summary>
    /// The deadline <paramref name="workingDays"/> working days after <paramref name="issued"/> (the day of issue does not
    /// count): a warning issued on a Friday with 1 working day is due the next Monday.
    /// </summary>
    public DateOnly Deadline(DateOnly issued, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = issued;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Overdue once the whole deadline day (北京时间) has passed.</summary>
    public static bool IsOverdue(DateOnly deadline, DateOnly today) => today > deadline;

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>What a calendar day is, where it differs from the plain week.</summary>
public enum CalendarDayKind
{
    /// <summary>法定节假日 (a weekday off).</summary>
    Holiday = 1,
    /// <summary>调休上班 (a weekend day worked).</summary>
    MakeUpWorkday = 2,
}

/// <summary>One entry of the working-day calendar finance keeps for its region and year.</summary>
public sealed class CalendarDay : Entity
{
    public const int MaxNameLength = 30;

    private CalendarDay()
    {
        Name = string.Empty;
    }

    public long RegionId { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; }

    public static CalendarDay Create(long regionId, DateOnly date, CalendarDayKind kind, string? name) => new()
    {
        RegionId = regionId,
        Date = date,
        Kind = kind,
        Name = string.IsNullOrWhiteSpace(name) ? (kind == CalendarDayKind.Holiday ? "节假日" : "调休上班") : name.Trim().Length > MaxNameLength ? name.Trim()[..MaxNameLength] : name.Trim(),
    };

    /// <summary>The calendar the entries make (refused when a day is both, or a make-up day is no weekend).</summary>
    public static Result<WorkingCalendar> Calendar(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        return WorkingCalendar.Create(list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date), list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date));
    }
}
