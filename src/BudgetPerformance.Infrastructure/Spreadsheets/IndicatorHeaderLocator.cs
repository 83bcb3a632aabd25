using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Finds the first row that holds the 一级指标, 二级指标, 三级指标 and 指标值 headers.</summary>
internal static class IndicatorHeaderLocator
{
    // Header cells are short; skipping long texts avoids normalising goal paragraphs.
    private const int MaxHeaderLength = 24;

    private static readonly Dictionary<string, IndicatorColumn> HeaderKeys = TargetFormLabels.Columns
        .SelectMany(entry => entry.Headers.Select(header => (Key: LabelText.Normalize(header), entry.Column)))
        .ToDictionary(pair => pair.Key, pair => pair.Column, StringComparer.Ordinal);

    private static readonly IndicatorColumn[] Required =
        [IndicatorColumn.Level1, IndicatorColumn.Level2, IndicatorColumn.Name, IndicatorColumn.Value];

    /// <summary>The header, or <see langword="null"/> when the sheet has none.</summary>
    public static IndicatorHeader? Find(SheetGrid grid)
    {
        foreach (var row in grid.Rows)
        {
            Dictionary<IndicatorColumn, int>? found = null;
            foreach (var column in grid.ColumnsIn(row))
            {
                var text = grid.Get(row, column);
                if (text.Length <= MaxHeaderLength
                    && HeaderKeys.TryGetValue(LabelText.Normalize(text), out var kind))
                {
                    found ??= [];
                    found.TryAdd(kind, column);
                }
            }

            if (found is not null && Required.All(found.ContainsKey))
            {
                var lastRow = found.Values.Max(column => grid.RangeAt(row, column).Bottom);
                return new IndicatorHeader(row, lastRow, found);
            }
        }

        return null;
    }
}
