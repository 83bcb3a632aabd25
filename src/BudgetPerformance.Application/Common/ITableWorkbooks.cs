namespace BudgetPerformance.Application.Common;

/// <summary>A column of a list written as a workbook.</summary>
public sealed record ListColumn(string Header, double Width = 14);

/// <summary>One sheet of a list workbook.</summary>
public sealed record ListSheet(string Name, IReadOnlyList<ListColumn> Columns, IAsyncEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>Writes lists as an .xlsx workbook (per sheet one header row, one row per item).</summary>
public interface ITableWorkbooks
{
    Task WriteAsync(Stream output, string sheetName, IReadOnlyList<ListColumn> columns, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct = default) =>
        WriteAsync(output, [new ListSheet(sheetName, columns, rows)], ct);

    Task WriteAsync(Stream output, IReadOnlyList<ListSheet> sheets, CancellationToken ct = default);
}
