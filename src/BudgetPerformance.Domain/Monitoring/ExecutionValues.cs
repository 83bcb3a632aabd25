using System.Globalization;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>Amounts and dates as execution and payment exports write them.</summary>
public static class ExecutionValues
{
    /// <summary>The largest single amount taken: 1 万亿元 (a larger one is a typing error, and sums stay in range).</summary>
    public const decimal MaxYuan = 1_000_000_000_000m;

    /// <summary>
    /// An amount as exports write it: "1,234.56", "1234.5元", "12.5万元"; a unit written in the cell wins over the header's
    /// (万元 when the header says 万). Negative amounts (红字冲销, "-12.00" or "(12.00)") only where
    /// <paramref name="allowNegative"/>: a payment ledger has reversals, a cumulative figure does not.
    /// </summary>
    public static long? ReadAmount(string text, bool inWanYuan, bool allowNegative = false)
    {
        // The common case first: plain digits with at most one point ("1234.56"), as ledgers write millions of them.
        if (!inWanYuan && IsPlainNumber(text) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
        {
            return plain > MaxYuan ? null : Money.FromYuan(plain).Fen;
        }

        var t = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal).Trim();
        var negative = false;
        if (allowNegative && t.Length > 2 && ((t[0] == '(' && t[^1] == ')') || (t[0] == '（' && t[^1] == '）')))
        {
            (t, negative) = (t[1..^1].Trim(), true);
        }
        else if (allowNegative && t.Length > 1 && (t[0] == '-' || t[0] == '－'))
        {
            (t, negative) = (t[1..].Trim(), true);
        }

        if (t.EndsWith("万元", StringComparison.Ordinal) || t.EndsWith('万'))
        {
            (t, inWanYuan) = (t.TrimEnd('元')[..^1], true);
        }
        else if (t.EndsWith('元'))
        {
            (t, inWanYuan) = (t[..^1], false);
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
            || value > MaxYuan)
        {
            return null;
        }

        try
        {
            if ((inWanYuan ? value * 10_000m : value) > MaxYuan)
            {
                return null;
            }

            var fen = (inWanYuan ? Money.FromWanYuan(value) : Money.FromYuan(value)).Fen;
            return negative ? -fen : fen;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool IsPlainNumber(string text)
    {
        if (text.Length is 0 or > 20)
        {
            return false;
        }

        var points = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                points++;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return points <= 1 && text[0] != '.' && text[^1] != '.';
    }

    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm",
        "yyyy-M-dTH:mm:ss", "yyyy-M-d H:mm:ss.fff",
    ];

    /// <summary>
    /// A payment date: "2026-06-15", "2026/6/15", "2026.06.15", "20260615", "2026年6月15日", with or without a time
    /// of day, or an Excel date serial number (46188); it must fall in <paramref name="fiscalYear"/>.
    /// </summary>
    public static Result<DateOnly> ReadDate(string text, int fiscalYear)
    {
        var t = text.Trim();
        DateOnly date;
        if (t.Length == 10 && t[4] == '-' && t[7] == '-' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && int.TryParse(t.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            // The common case: 2026-06-15, as ledgers write millions of them.
            date = new DateOnly(y, m, d);
        }
        else if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
        }
        else if (t.Length is >= 5 and <= 8 && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is > 36_000 and < 80_000)
        {
            // An Excel date serial (days since 1899-12-30), as a sheet without a date format writes it.
            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        else
        {
            return Error.Validation($"日期“{text}”无法识别，可写作 2026-06-15、2026/6/15、20260615 或 2026年6月15日。", "PaidOn");
        }

        return date.Year == fiscalYear ? date : Error.Validation($"支付日期 {date:yyyy-MM-dd} 不在 {fiscalYear} 年度内。", "PaidOn");
    }
}
