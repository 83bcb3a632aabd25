using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Application.Common;

/// <summary>
/// A column a table sheet may have: its field key, the header texts real files use for it (compared after spaces,
/// remarks in brackets such as “（必填）” and required-field asterisks are dropped), and whether a sheet without it is
/// not this table at all.
/// </summary>
public sealed record TableField(string Key, IReadOnlyList<string> Headers, bool Required = false);

/// <summary>One kind of table (单位, 专家, 执行数据…) a workbook may hold, recognised by its header row.</summary>
public sealed record TableLayout(string Name, IReadOnlyList<TableField> Fields)
{
    /// <summary>Rows above the header a file may carry (title, unit, date, remarks) before the reader gives up on a sheet.</summary>
    public const int MaxHeaderRow = 15;
}

/// <summary>
/// A cell as read: trimmed text (empty when blank or when the sheet has no such column) and where it sits — a cell
/// reference, or for a record pushed as JSON the name of its field.
/// </summary>
public sealed record TableCell(string Text, string? Reference, bool IsField = false)
{
    public static readonly TableCell Missing = new(string.Empty, null);

    public bool IsBlank => Text.Length == 0;

    /// <summary>“（单元格 C5）” or “（字段 amount）” for a message, or nothing when the column is absent.</summary>
    public string At => Reference is null ? string.Empty : IsField ? $"（字段 {Reference}）" : $"（单元格 {Reference}）";

    /// <summary>A JSON field's value as a cell.</summary>
    public static TableCell Field(string? text, string name) => new(text?.Trim() ?? string.Empty, name, IsField: true);
}

/// <summary>A data row of a recognised sheet: its row number and a cell per field of the layout.</summary>
public sealed record TableRecord(int Row, IReadOnlyDictionary<string, TableCell> Cells)
{
    public TableCell this[string key] => Cells.TryGetValue(key, out var cell) ? cell : TableCell.Missing;
}

/// <summary>
/// A sheet recognised as <see cref="Layout"/>: the header it was found by, the fields present (with their header text
/// as written, remarks such as “（万元）” included), the rows.
/// </summary>
public sealed record TableSheet(string SheetName, TableLayout Layout, int HeaderRow, IReadOnlySet<string> Fields, IReadOnlyList<TableRecord> Rows)
{
    public IReadOnlyDictionary<string, string> HeaderTexts { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// What reading a workbook of tables gave: the recognised sheets; errors (nothing can be imported); and notes on how
/// it was read (sheets skipped, rows taken as totals or remarks).
/// </summary>
public sealed record TableReadResult(IReadOnlyList<TableSheet> Sheets, IReadOnlyList<string> Errors, IReadOnlyList<string> Notes);

/// <summary>Reads sheets of tables from an uploaded .xlsx under the upload limits.</summary>
public interface ITableSheets
{
    TableReadResult Read(Stream input, IReadOnlyList<TableLayout> layouts, UploadLimits limits, CancellationToken ct);

    /// <summary>
    /// An .xlsx workbook or a .csv file (UTF-8 or GBK, detected; comma, tab or semicolon), told apart by content:
    /// a .csv is one sheet named after the file.
    /// </summary>
    TableReadResult ReadFile(Stream input, string fileName, IReadOnlyList<TableLayout> layouts, UploadLimits limits, CancellationToken ct);

    /// <summary>
    /// A file opened to be read one record at a time. A large delimited file (.csv; UTF-8 or GBK, detected) is read as
    /// it goes, so memory stays flat however long it is (up to <see cref="UploadLimits.MaxStreamedUploadBytes"/>; the
    /// header is found in its first lines); an .xlsx is read whole under the ordinary limits. An error when nothing can
    /// be read or no header is found. The stream must be seekable (the encoding is found in a first pass).
    /// </summary>
    Result<ITableRecordStream> OpenStream(Stream input, string fileName, IReadOnlyList<TableLayout> layouts, UploadLimits limits, CancellationToken ct);
}

/// <summary>A table read record by record: notes on the reading, and each data record with the sheet it is on.</summary>
public interface ITableRecordStream
{
    /// <summary>How the file was read (encoding, sheets or rows skipped); grows as records are read.</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>The data records in order; throws <see cref="TableStreamException"/> when the text cannot be read on.</summary>
    IEnumerable<(TableSheet Sheet, TableRecord Record)> Records(CancellationToken ct);
}

/// <summary>Text that cannot be read on (an unpaired quote, too many columns); the message names the line.</summary>
public sealed class TableStreamException(string message) : Exception(message);
