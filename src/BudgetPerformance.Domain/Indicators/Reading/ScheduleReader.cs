using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Domain.Indicators.Reading;

/// <summary>
/// Dates and periods as 时效 values: "2026年11月", "2026年11月底前", "12月31日前", "年底前", "上半年", "第三季度",
/// "2026.12.31", "2026年3月—2026年10月", "3月至10月". A date without a year is in the fiscal year.
/// </summary>
internal static partial class ScheduleReader
{
    private const string Before = @"(?:底|末|份)?(?:前|之前|以前|完成|内|止)?";

    public static (DateOnly? From, DateOnly Until, string Meaning)? Read(string s, int fiscalYear)
    {
        var range = Range().Match(s);
        if (range.Success && Point(range.Groups["a"].Value, fiscalYear, start: true) is { } from
            && Point(range.Groups["b"].Value, from.Year, start: false) is { } until && from <= until)
        {
            return (from, until, $"期限 {Show(from)}—{Show(until)}");
        }

        return Point(s, fiscalYear, start: false) is { } day ? (null, day, $"截至 {Show(day)}") : null;
    }

    /// <summary>One date or span, read as its first day (<paramref name="start"/>) or its last day.</summary>
    private static DateOnly? Point(string s, int year, bool start)
    {
        s = s.Trim();
        if (FullDate().Match(s) is { Success: true } d)
        {
            return Day(Int(d, "y"), Int(d, "m"), Int(d, "d"));
        }

        if (YearMonth().Match(s) is { Success: true } ym)
        {
            return Month(Int(ym, "y"), Int(ym, "m"), start);
        }

        if (MonthDay().Match(s) is { Success: true } md)
        {
            return Day(year, Int(md, "m"), Int(md, "d"));
        }

        if (MonthOnly().Match(s) is { Success: true } mo)
        {
            return Month(year, Int(mo, "m"), start);
        }

        if (YearOnly().Match(s) is { Success: true } yo && Int(yo, "y") is >= 2000 and <= 2100)
        {
            return start ? new DateOnly(Int(yo, "y"), 1, 1) : new DateOnly(Int(yo, "y"), 12, 31);
        }

        if (YearEnd().IsMatch(s))
        {
            return start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        }

        if (Half().Match(s) is { Success: true } h)
        {
            var first = h.Groups["h"].Value == "上";
            return start ? new DateOnly(year, first ? 1 : 7, 1) : new DateOnly(year, first ? 6 : 12, first ? 30 : 31);
        }

        if (Quarter().Match(s) is { Success: true } q)
        {
            var n = "一二三四".IndexOf(q.Groups["q"].Value, StringComparison.Ordinal) + 1;
            n = n == 0 ? int.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture) : n;
            return n is < 1 or > 4 ? null : Month(year, start ? n * 3 - 2 : n * 3, start);
        }

        return null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly? Day(int y, int m, int d) =>
        y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static DateOnly? Month(int y, int m, bool start) =>
        y is >= 2000 and <= 2100 && m is >= 1 and <= 12 ? new DateOnly(y, m, start ? 1 : DateTime.DaysInMonth(y, m)) : null;

    private static string Show(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<a>[^—–~～至到\-]+?)\s*(?:—+|–|~|～|至|到|-)\s*(?<b>[^—–~～至到\-]+)$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:年|\.|/|-)\s*(?<m>\d{1,2})\s*(?:月|\.|/|-)\s*(?<d>\d{1,2})\s*日?" + Before + "$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:年|\.|/|-)\s*(?<m>\d{1,2})\s*月?" + Before + "$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^(?:当年|本年|年内)?(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日" + Before + "$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?:当年|本年|年内)?(?<m>\d{1,2})\s*月" + Before + "$")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^(?<y>\d{4})\s*年(?:底|末|度)?(?:前|之前|以前|完成|内)?$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:年底|年末|年内|当年|本年度?|年度内|当年度?)(?:前|之前|以前|完成|内)?$")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"^(?<h>[上下])半年(?:底|末)?(?:前|之前|以前|完成|内)?$")]
    private static partial Regex Half();

    [GeneratedRegex(@"^第?(?<q>[一二三四1-4])季度(?:末)?(?:前|之前|以前|完成|内)?$")]
    private static partial Regex Quarter();
}
