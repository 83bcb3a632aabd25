using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Turns a cell's stored value into the trimmed text a user sees. Shared strings are decoded once per workbook
/// into an array; styles are reduced to one flag per cell format (is it a percentage format).
/// </summary>
internal sealed class CellValueDecoder
{
    private readonly string[] sharedStrings;
    private readonly bool[] percentStyles;

    private CellValueDecoder(string[] sharedStrings, bool[] percentStyles)
    {
        this.sharedStrings = sharedStrings;
        this.percentStyles = percentStyles;
    }

    /// <summary>Reads the shared-string table and the cell formats of a workbook.</summary>
    public static CellValueDecoder Load(WorkbookPart workbook, Application.Common.UploadLimits limits) =>
        new(XmlParts.ReadSharedStrings(workbook.SharedStringTablePart, limits), LoadPercentStyles(workbook.WorkbookStylesPart));

    /// <summary>
    /// The cell's text: shared or inline strings resolved, numbers in invariant culture (percentage formats
    /// as “95%”), everything trimmed.
    /// </summary>
    /// <param name="type">The cell's <c>t</c> attribute (null for a number).</param>
    /// <param name="style">The cell's <c>s</c> attribute (cell format index), if any.</param>
    /// <param name="raw">Content of the cell's <c>&lt;v&gt;</c> element.</param>
    /// <param name="inline">Text of the cell's <c>&lt;is&gt;</c> element, if any.</param>
    public string Decode(string? type, string? style, string raw, string? inline)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var index)
                    && index < sharedStrings.Length ? sharedStrings[index] : string.Empty;
            case "inlineStr":
                return CellText.FromCell(inline ?? raw);
            case "b":
                return raw.Length == 0 ? string.Empty : raw.Trim() == "1" ? "TRUE" : "FALSE";
            case "str" or "e" or "d":
                return CellText.FromCell(raw);
            default:
                if (raw.Length == 0)
                {
                    return CellText.FromCell(inline);
                }

                var percent = int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var format)
                    && format < percentStyles.Length && percentStyles[format];
                return CellText.FormatNumber(raw, percent);
        }
    }

    private static bool[] LoadPercentStyles(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (formats is null || formats.Count == 0)
        {
            return [];
        }

        var customCodes = stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];

        var flags = new bool[formats.Count];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            flags[i] = id is 9 or 10 || (customCodes.TryGetValue(id, out var code) && IsPercentCode(code));
        }

        return flags;
    }

    /// <summary>True when a number-format code shows a percentage (a % outside quotes, escapes and brackets).</summary>
    private static bool IsPercentCode(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (c == '%' && !bracket)
            {
                return true;
            }
        }

        return false;
    }
}
