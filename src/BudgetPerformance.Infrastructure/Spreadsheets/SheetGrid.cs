using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// The non-empty text of one worksheet, with merged ranges resolved: the top-left value of a merged range is
/// copied into every cell of the range (clipped to the used area), as the reader's rules require.
/// </summary>
/// <remarks>Lookups are hash-based and each row keeps a sorted column list, so no scan is quadratic.</remarks>
internal sealed class SheetGrid(int maxMergedCells)
{
    private readonly Dictionary<long, string> values = [];
    private readonly Dictionary<long, CellRange> mergeByCell = [];
    private readonly List<CellRange> merges = [];
    private readonly Dictionary<int, int[]> columnsByRow = [];
    private int[] rows = [];

    /// <summary>Last row that holds text.</summary>
    public int MaxRow { get; private set; }

    /// <summary>Last column that holds text.</summary>
    public int MaxColumn { get; private set; }

    /// <summary>Rows that hold text, ascending.</summary>
    public IReadOnlyList<int> Rows => rows;

    /// <summary>Records a cell's text while loading (empty text is ignored).</summary>
    public void Add(int row, int column, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        values[Key(row, column)] = text;
        MaxRow = Math.Max(MaxRow, row);
        MaxColumn = Math.Max(MaxColumn, column);
    }

    /// <summary>Records a merged range while loading.</summary>
    public void AddMerge(CellRange range)
    {
        if (range.IsMerge)
        {
            merges.Add(range);
        }
    }

    /// <summary>
    /// Resolves merged ranges and builds the row indexes; call once after loading. Refuses, before filling anything,
    /// merged ranges that cover more cells of the used area than allowed (thousands of whole-sheet merges).
    /// </summary>
    public void Complete(string sheetName)
    {
        long covered = 0;
        foreach (var merge in merges)
        {
            var height = Math.Min(merge.Bottom, MaxRow) - merge.Top + 1;
            var width = Math.Min(merge.Right, MaxColumn) - merge.Left + 1;
            if (height > 0 && width > 0 && (covered += (long)height * width) > maxMergedCells)
            {
                throw new Application.Common.UploadLimitException($"工作表“{sheetName}”的合并单元格覆盖超过 {maxMergedCells} 个单元格，超出上限");
            }
        }

        foreach (var merge in merges)
        {
            var bottom = Math.Min(merge.Bottom, MaxRow);
            var right = Math.Min(merge.Right, MaxColumn);
            if (merge.Top > bottom || merge.Left > right)
            {
                continue;
            }

            values.TryGetValue(Key(merge.Top, merge.Left), out var text);
            for (var row = merge.Top; row <= bottom; row++)
            {
                for (var column = merge.Left; column <= right; column++)
                {
                    var key = Key(row, column);
                    mergeByCell[key] = merge;
                    if (text is null)
                    {
                        // Excel shows only the top-left value of a merged range.
                        values.Remove(key);
                    }
                    else
                    {
                        values[key] = text;
                    }
                }
            }
        }

        var byRow = new Dictionary<int, List<int>>();
        foreach (var key in values.Keys)
        {
            var row = (int)(key >> 16);
            if (!byRow.TryGetValue(row, out var columns))
            {
                columns = [];
                byRow[row] = columns;
            }

            columns.Add((int)(key & 0xFFFF));
        }

        foreach (var (row, columns) in byRow)
        {
            columns.Sort();
            columnsByRow[row] = [.. columns];
        }

        rows = [.. byRow.Keys.Order()];
    }

    /// <summary>Text of a cell (after merge resolution), or an empty string.</summary>
    public string Get(int row, int column) =>
        values.TryGetValue(Key(row, column), out var text) ? text : string.Empty;

    /// <summary>Columns of <paramref name="row"/> that hold text, ascending.</summary>
    public IReadOnlyList<int> ColumnsIn(int row) =>
        columnsByRow.TryGetValue(row, out var columns) ? columns : [];

    /// <summary>The merged range covering a cell, or the cell itself as a 1×1 range.</summary>
    public CellRange RangeAt(int row, int column) =>
        mergeByCell.TryGetValue(Key(row, column), out var range) ? range : new CellRange(row, column, row, column);

    /// <summary>Reference of the cell that really holds the value shown at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public string OriginReference(int row, int column) => RangeAt(row, column).OriginReference;

    /// <summary>True when the cell belongs to a merged range that starts on an earlier row.</summary>
    public bool ContinuesFromAbove(int row, int column) => RangeAt(row, column).Top < row;

    private static long Key(int row, int column) => ((long)row << 16) | (uint)column;
}
