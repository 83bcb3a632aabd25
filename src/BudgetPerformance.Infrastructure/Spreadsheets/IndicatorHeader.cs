using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Where the 绩效指标 table header was found and which column holds which field.</summary>
/// <param name="Row">Row of the header (the row with 一级指标 / 二级指标 / 三级指标 / 指标值).</param>
/// <param name="LastRow">Last row the header occupies (header cells may be merged over two rows).</param>
/// <param name="Columns">Column number of every column found; optional columns may be missing.</param>
internal sealed record IndicatorHeader(int Row, int LastRow, IReadOnlyDictionary<IndicatorColumn, int> Columns)
{
    /// <summary>Reference of the 一级指标 header cell.</summary>
    public string Reference => CellReference.Of(Row, Columns[IndicatorColumn.Level1]);
}
