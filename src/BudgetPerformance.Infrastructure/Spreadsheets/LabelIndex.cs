using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Every recognised label in the header block (rows above the indicator table), found in one pass;
/// the first occurrence in reading order wins.
/// </summary>
internal sealed class LabelIndex
{
    // Longer texts are values (goal paragraphs), never labels; “项目名称：…” cells are checked separately.
    private const int MaxLabelLength = 24;

    private readonly Dictionary<string, LabelHit> hits = new(StringComparer.Ordinal);

    private LabelIndex()
    {
    }

    /// <summary>Indexes the labels found in rows 1..<paramref name="lastRow"/>.</summary>
    public static LabelIndex Build(SheetGrid grid, int lastRow)
    {
        var index = new LabelIndex();
        foreach (var row in grid.Rows)
        {
            if (row > lastRow)
            {
                break;
            }

            foreach (var column in grid.ColumnsIn(row))
            {
                index.Consider(grid.Get(row, column), row, column);
            }
        }

        return index;
    }

    /// <summary>The first of <paramref name="labels"/> (in preference order) that the sheet contains.</summary>
    public LabelHit? Find(IEnumerable<string> labels)
    {
        foreach (var label in labels)
        {
            if (hits.TryGetValue(LabelText.Normalize(label), out var hit))
            {
                return hit;
            }
        }

        return null;
    }

    private void Consider(string text, int row, int column)
    {
        if (text.Length <= MaxLabelLength)
        {
            var key = LabelText.Normalize(text);
            if (TargetFormLabels.IsLabelKey(key))
            {
                hits.TryAdd(key, new LabelHit(row, column, null));
                return;
            }
        }

        // “项目名称：某某项目” keeps the value in the label cell.
        var colon = text.AsSpan().IndexOfAny(':', '：');
        if (colon is > 0 and <= MaxLabelLength)
        {
            var key = LabelText.Normalize(text[..colon]);
            var value = text[(colon + 1)..].Trim();
            if (value.Length > 0 && TargetFormLabels.IsLabelKey(key))
            {
                hits.TryAdd(key, new LabelHit(row, column, value));
            }
        }
    }
}
