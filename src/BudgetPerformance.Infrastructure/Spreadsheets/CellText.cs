using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Conversions between .NET strings and the text stored in SpreadsheetML cells.</summary>
internal static partial class CellText
{
    /// <summary>Excel refuses cells longer than this.</summary>
    public const int MaxLength = 32_767;

    /// <summary>
    /// Prepares text for a cell: line breaks become <c>\n</c>, characters XML cannot carry are dropped, a literal
    /// <c>_xHHHH_</c> is escaped so Excel does not decode it, and the result is cut to <see cref="MaxLength"/>.
    /// </summary>
    public static string ForCell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        var cleaned = EscapePattern().Replace(builder.ToString(), "_x005F$1");
        if (cleaned.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(cleaned[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            cleaned = cleaned[..cut];
        }

        return cleaned;
    }

    /// <summary>
    /// Turns stored cell text back into what the user typed: decodes Excel's <c>_xHHHH_</c> escapes
    /// (e.g. <c>_x000D_</c>), normalises line breaks to <c>\n</c> and trims.
    /// </summary>
    public static string FromCell(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return string.Empty;
        }

        var text = stored;
        if (text.Contains("_x", StringComparison.Ordinal))
        {
            text = DecodePattern().Replace(text, static m =>
                ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.Trim();
    }

    /// <summary>
    /// Invariant-culture text of a numeric cell value as Excel shows it in General format (15 significant
    /// digits, so <c>0.30000000000000004</c> reads as <c>"0.3"</c>); with <paramref name="percent"/> the value is
    /// shown as a percentage (<c>0.95</c> → <c>"95%"</c>). Unparsable text is returned trimmed.
    /// </summary>
    public static string FormatNumber(string raw, bool percent)
    {
        var trimmed = raw.Trim();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            return trimmed;
        }

        if (percent)
        {
            value *= 100;
        }

        string text;
        if (value == 0)
        {
            text = "0";
        }
        else if (Math.Abs(value) is >= 1e-20 and < 1e20)
        {
            // The double → decimal conversion rounds to 15 significant digits, matching Excel's display.
            text = ((decimal)value).ToString(CultureInfo.InvariantCulture);
            if (text.Contains('.', StringComparison.Ordinal))
            {
                text = text.TrimEnd('0').TrimEnd('.');
            }
        }
        else
        {
            text = value.ToString("G15", CultureInfo.InvariantCulture);
        }

        return percent ? text + "%" : text;
    }

    /// <summary>
    /// True when <paramref name="text"/> is a plain decimal number that reads back unchanged through
    /// <see cref="FormatNumber"/>, so it can safely be stored as a numeric cell.
    /// </summary>
    public static bool IsCanonicalNumber(string text) =>
        text.Length is > 0 and <= 15
        && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
        && string.Equals(FormatNumber(text, percent: false), text, StringComparison.Ordinal);

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    [GeneratedRegex("_(x[0-9A-Fa-f]{4}_)", RegexOptions.CultureInvariant)]
    private static partial Regex EscapePattern();

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_", RegexOptions.CultureInvariant)]
    private static partial Regex DecodePattern();
}
