using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>A rectangular block of cells, 1-based and inclusive, as used by merged ranges.</summary>
/// <param name="Top">First row.</param>
/// <param name="Left">First column.</param>
/// <param name="Bottom">Last row.</param>
/// <param name="Right">Last column.</param>
internal readonly record struct CellRange(int Top, int Left, int Bottom, int Right)
{
    /// <summary>True when the range covers more than one cell.</summary>
    public bool IsMerge => Bottom > Top || Right > Left;

    /// <summary>Reference of the top-left cell, where a merged range keeps its value.</summary>
    public string OriginReference => CellReference.Of(Top, Left);

    /// <summary>Range reference such as <c>"A1:H1"</c>.</summary>
    public override string ToString() => CellReference.Range(Top, Left, Bottom, Right);
}
