using BudgetPerformance.Domain.Monitoring;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>Disposal deadlines in working days, across a weekend, a holiday week and a make-up workday.</summary>
public sealed class WorkingCalendarTests
{
    // A National Day week as finance enters it: 10-01 … 10-07 off, Saturday 10-10 a make-up workday.
    private static readonly WorkingCalendar NationalDay = WorkingCalendar.Create(
        Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)),
        [new DateOnly(2026, 10, 10)]).Value;

    [Theory]
    [InlineData("2026-08-28", 1, "2026-08-31")]   // Friday + 1 → Monday
    [InlineData("2026-08-28", 10, "2026-09-11")]  // two weekends
    [InlineData("2026-09-30", 1, "2026-10-08")]   // the holiday week is skipped
    [InlineData("2026-09-30", 3, "2026-10-10")]   // 10-08 Thu, 10-09 Fri, 10-10 the make-up Saturday
    [InlineData("2026-09-30", 4, "2026-10-12")]   // then Monday
    [InlineData("2026-09-25", 10, "2026-10-15")]  // 9-28, 9-29, 9-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14, 10-15
    [InlineData("2026-08-28", 0, "2026-08-28")]
    public void Deadline_CountsWorkingDaysAfterTheDayOfIssue(string issued, int days, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            NationalDay.Deadline(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void WeekendsOnly_SkipsSaturdayAndSunday() =>
        Assert.Equal(new DateOnly(2026, 10, 5), WorkingCalendar.WeekendsOnly.Deadline(new DateOnly(2026, 10, 2), 1));

    [Theory]
    [InlineData("2026-10-16", "2026-10-16", false)]
    [InlineData("2026-10-16", "2026-10-17", true)]
    public void Overdue_OnlyAfterTheWholeDeadlineDay(string deadline, string today, bool overdue) =>
        Assert.Equal(overdue, WorkingCalendar.IsOverdue(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Create_RefusesADayThatIsBothOffAndOn_AndAWeekdayMakeUp()
    {
        Assert.Contains("既是节假日又是调休上班日", WorkingCalendar.Create([new DateOnly(2026, 10, 10)], [new DateOnly(2026, 10, 10)]).Error!.Message);
        Assert.Contains("本来就是工作日", WorkingCalendar.Create([], [new DateOnly(2026, 10, 9)]).Error!.Message);
    }
}
