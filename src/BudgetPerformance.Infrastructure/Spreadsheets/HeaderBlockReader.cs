using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Reads label/value pairs from the header block: a label's value is the first non-empty cell to its right on
/// the same row (past the label's own merged range, skipping merged continuations) unless that cell is
/// another label. Goal texts may instead sit below their sub-header (“中长期目标” over its text), so goals
/// also look a few rows down.
/// </summary>
internal sealed class HeaderBlockReader(SheetGrid grid, LabelIndex labels, int lastRow)
{
    // How far below a goal sub-header its text may be (allows one stray blank row).
    private const int GoalSearchDepth = 3;

    /// <summary>Reads one field by its accepted labels.</summary>
    public FieldValue Read(IEnumerable<string> alternatives, bool mayBeBelow)
    {
        if (labels.Find(alternatives) is not { } hit)
        {
            return FieldValue.Missing;
        }

        if (hit.InlineValue is not null)
        {
            return new FieldValue(true, hit.InlineValue, grid.OriginReference(hit.Row, hit.Column));
        }

        var label = grid.RangeAt(hit.Row, hit.Column);
        var right = RightOf(label);
        if (right.Text.Length > 0 || !mayBeBelow)
        {
            return right;
        }

        return Below(label) ?? right;
    }

    private FieldValue RightOf(CellRange label)
    {
        var row = label.Top;
        foreach (var column in grid.ColumnsIn(row))
        {
            // Skip the label's own range and cells merged down from a value on an earlier row.
            if (column <= label.Right || grid.ContinuesFromAbove(row, column))
            {
                continue;
            }

            var text = grid.Get(row, column);
            return TargetFormLabels.IsLabel(text)
                ? Empty(row, label.Right + 1)
                : new FieldValue(true, text, grid.OriginReference(row, column));
        }

        return Empty(row, label.Right + 1);
    }

    /// <summary>
    /// The text under a sub-header, or an empty value pointing at the cell right below it; null when the cell
    /// below is another label or outside the header block.
    /// </summary>
    private FieldValue? Below(CellRange label)
    {
        var first = label.Bottom + 1;
        if (first > lastRow)
        {
            return null;
        }

        var last = Math.Min(lastRow, label.Bottom + GoalSearchDepth);
        for (var row = first; row <= last; row++)
        {
            var text = grid.Get(row, label.Left);
            if (text.Length == 0)
            {
                continue;
            }

            if (TargetFormLabels.IsLabel(text))
            {
                return row == first ? null : Empty(first, label.Left);
            }

            return new FieldValue(true, text, grid.OriginReference(row, label.Left));
        }

        return Empty(first, label.Left);
    }

    private FieldValue Empty(int row, int column) =>
        new(true, string.Empty, CellReference.Of(row, Math.Min(column, CellReference.MaxColumn)));
}
