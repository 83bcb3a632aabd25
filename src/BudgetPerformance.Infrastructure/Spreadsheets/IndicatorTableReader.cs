using BudgetPerformance.Application.Targets.Workbooks;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Reads the rows under the indicator header until the first empty row, a note (“注：…”, “填报说明”) or a
/// repeated header row.
/// Blank 一级指标 / 二级指标 cells are filled down from the row above; template rows that only carry the
/// level names, and 合计 rows, are skipped.
/// </summary>
internal static partial class IndicatorTableReader
{
    private static readonly HashSet<string> TotalRowKeys =
        new(["合计", "总计", "小计", "总分", "分值合计", "合计分值", "权重合计"], StringComparer.Ordinal);

    /// <summary>Reads the indicators; problems with single rows go to <paramref name="errors"/>.</summary>
    public static List<TargetSheetIndicator> Read(
        string sheetName, SheetGrid grid, IndicatorHeader header, ICollection<SheetError> errors)
    {
        var indicators = new List<TargetSheetIndicator>();
        var previous = new TableRow();
        var started = false;
        for (var row = header.LastRow + 1; row <= grid.MaxRow; row++)
        {
            if (IsEmpty(grid, row, header))
            {
                if (started)
                {
                    break;
                }

                continue;
            }

            if (IsNote(grid, row))
            {
                break;
            }

            started = true;
            var current = TableRow.Read(grid, row, header);
            if (IsRepeatedHeader(current))
            {
                // A second table (e.g. 长期绩效指标 followed by 年度绩效指标) is not mixed into the first.
                break;
            }

            if (IsTotal(current))
            {
                continue;
            }

            current.FillDownFrom(previous);
            previous = current;
            if (current.IsPlaceholder)
            {
                continue;
            }

            if (current.Name.Length == 0)
            {
                var cell = current.Cells[nameof(IndicatorColumn.Name)];
                errors.Add(new SheetError(sheetName, row, cell, $"工作表“{sheetName}”第 {row} 行：三级指标名称为空。"));
                continue;
            }

            indicators.Add(current.ToIndicator(row));
        }

        return indicators;
    }

    private static bool IsEmpty(SheetGrid grid, int row, IndicatorHeader header) =>
        header.Columns.Values.All(column => grid.Get(row, column).Length == 0);

    /// <summary>True when the row's first own text (ignoring cells merged down from above) is a note.</summary>
    private static bool IsNote(SheetGrid grid, int row)
    {
        foreach (var column in grid.ColumnsIn(row))
        {
            if (!grid.ContinuesFromAbove(row, column))
            {
                var text = grid.Get(row, column).TrimStart();
                return text.Length > 0 && (text[0] is '注' or '填' or '说' or '备')
                    && NotePattern().IsMatch(LabelText.Compact(text));
            }
        }

        return false;
    }

    private static bool IsRepeatedHeader(TableRow row) =>
        row.Name.Length <= 12 && LabelText.Normalize(row.Name) == LabelText.Normalize(TargetFormLabels.Name);

    private static bool IsTotal(TableRow row) => IsTotalText(row.Name) || IsTotalText(row.Level1) || IsTotalText(row.Level2);

    private static bool IsTotalText(string text) => text.Length <= 12 && TotalRowKeys.Contains(LabelText.Normalize(text));

    // “注：”, “注1.”, “注（一）”, a lone “注”, “注意事项”, “填报说明”, “说明：”, “备注：”.
    [GeneratedRegex(@"^(注($|[:：0-9一二三四五六七八九十、.．(（]|意)|填报说明|说明[:：]|备注[:：])", RegexOptions.CultureInvariant)]
    private static partial Regex NotePattern();
}
