namespace BudgetPerformance.Application.Common;

/// <summary>A column of a list written as a workbook.</summary>
public sealed record ListColumn(string Header, double Width = 14);

/// <summary>Writes a list as an .xlsx workbook (one header row, one row per item).</summary>
public interface ITableWorkbooks
{
    Task WriteAsync(Stream output, string sheetName, IReadOnlyList<ListColumn> columns, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct = default);
}
