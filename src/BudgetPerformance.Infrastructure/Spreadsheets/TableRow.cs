using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>One row of the indicator table while it is being read (mutable, internal to the reader).</summary>
internal sealed class TableRow
{
    /// <summary>Column key → cell reference the value was read from.</summary>
    public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);

    public string Level1 { get; private set; } = string.Empty;

    public string Level2 { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Value { get; private set; } = string.Empty;

    public string Weight { get; private set; } = string.Empty;

    public string ValueSource { get; private set; } = string.Empty;

    public string ScoringStandard { get; private set; } = string.Empty;

    public string Operator { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    /// <summary>A template row that only names its levels (no indicator, value, weight or standard).</summary>
    public bool IsPlaceholder =>
        Name.Length == 0 && Value.Length == 0 && Weight.Length == 0
        && ValueSource.Length == 0 && ScoringStandard.Length == 0;

    /// <summary>Reads the row's cells by the header's column map (merged ranges already resolved).</summary>
    public static TableRow Read(SheetGrid grid, int row, IndicatorHeader header)
    {
        var result = new TableRow();
        foreach (var (kind, column) in header.Columns)
        {
            var text = grid.Get(row, column);
            result.Cells[kind.ToString()] = grid.OriginReference(row, column);
            switch (kind)
            {
                case IndicatorColumn.Level1: result.Level1 = text; break;
                case IndicatorColumn.Level2: result.Level2 = text; break;
                case IndicatorColumn.Name: result.Name = text; break;
                case IndicatorColumn.Value: result.Value = text; break;
                case IndicatorColumn.Weight: result.Weight = text; break;
                case IndicatorColumn.ValueSource: result.ValueSource = text; break;
                case IndicatorColumn.ScoringStandard: result.ScoringStandard = text; break;
                case IndicatorColumn.Operator: result.Operator = text; break;
                case IndicatorColumn.Unit: result.Unit = text; break;
                default: break;
            }
        }

        return result;
    }

    /// <summary>
    /// Fills a blank 一级指标 from the row above, and a blank 二级指标 too unless this row starts a new 一级指标.
    /// </summary>
    public void FillDownFrom(TableRow above)
    {
        var sameLevel1 = Level1.Length == 0 || string.Equals(Level1, above.Level1, StringComparison.Ordinal);
        if (Level1.Length == 0 && above.Level1.Length > 0)
        {
            Level1 = above.Level1;
            CopyCell(above, nameof(IndicatorColumn.Level1));
        }

        if (Level2.Length == 0 && above.Level2.Length > 0 && sameLevel1)
        {
            Level2 = above.Level2;
            CopyCell(above, nameof(IndicatorColumn.Level2));
        }
    }

    /// <summary>The finished indicator.</summary>
    public TargetSheetIndicator ToIndicator(int row) =>
        new(row, Level1, Level2, Name, Value, Weight, ValueSource, ScoringStandard, Cells, Operator, Unit);

    private void CopyCell(TableRow above, string key)
    {
        if (above.Cells.TryGetValue(key, out var reference))
        {
            Cells[key] = reference;
        }
    }
}
