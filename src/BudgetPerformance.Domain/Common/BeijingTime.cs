using System.Globalization;

namespace BudgetPerformance.Domain.Common;

/// <summary>北京时间 (UTC+8, no daylight saving): times are stored in UTC and shown to users in Beijing time.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);

    public static DateTime ToUtc(DateTime beijing) => DateTime.SpecifyKind(beijing - Offset, DateTimeKind.Utc);

    /// <summary>"2026-12-01 15:30".</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-12-01 15:30:05".</summary>
    public static string FormatSeconds(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"2026年12月1日".</summary>
    public static string Date(DateTime utc) => FromUtc(utc).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>The first moment after the fiscal year (1 January next year, 00:00 Beijing time), in UTC.</summary>
    public static DateTime EndOfYear(int year) => ToUtc(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
}
