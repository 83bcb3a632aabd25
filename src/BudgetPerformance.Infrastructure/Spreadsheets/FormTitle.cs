using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Recognises the form's title and the fiscal year of its subtitle (“（2026年度）”).</summary>
internal static partial class FormTitle
{
    // A title cell is short; longer texts that merely mention the form (instructions) do not count.
    private const int MaxTitleLength = 30;

    // How many non-empty rows from the top may hold the title when the sheet has no indicator table.
    private const int TitleSearchRows = 10;

    /// <summary>
    /// True when one of the first rows holds the form's title: a short cell that ends with “绩效目标申报表”
    /// once remarks in brackets are dropped (“2026年度项目支出绩效目标申报表”, “项目支出绩效目标申报表（2026年度）”),
    /// so “…申报表填报说明” and sentences that merely cite the form do not count.
    /// </summary>
    public static bool IsPresent(SheetGrid grid, int lastRow)
    {
        foreach (var row in grid.Rows.Take(TitleSearchRows))
        {
            if (row > lastRow)
            {
                break;
            }

            foreach (var column in grid.ColumnsIn(row))
            {
                var key = LabelText.Normalize(grid.Get(row, column)).Trim('《', '》', '"', '“', '”');
                if (key.Length <= MaxTitleLength && key.EndsWith("绩效目标申报表", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The year of the first “2026年度” (or a cell that is just “2026年”) in rows 1..<paramref name="lastRow"/>.</summary>
    public static (int Year, string Reference)? FindFiscalYear(SheetGrid grid, int lastRow)
    {
        foreach (var row in grid.Rows)
        {
            if (row > lastRow)
            {
                break;
            }

            foreach (var column in grid.ColumnsIn(row))
            {
                var compact = LabelText.Compact(grid.Get(row, column));
                var match = YearPattern().Match(compact);
                if (!match.Success)
                {
                    match = BareYearPattern().Match(compact);
                }

                if (match.Success)
                {
                    var year = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                    return (year, grid.OriginReference(row, column));
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})年度", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\(?((?:19|20)\d{2})年\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYearPattern();
}
