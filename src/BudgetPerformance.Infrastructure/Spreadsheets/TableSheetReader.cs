using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Reads plain tables — one header row, one record per row — from any sheet of an .xlsx, the way people lay them
/// out: a title, a date or a unit line above the header; headers with remarks (“单位编码（必填）”), spaces or
/// asterisks; merged cells (a department's name merged down over its units is read on every row); blank rows;
/// a 合计 row; a 填表说明 block at the end. Each sheet is matched to the layout whose fields its header names most.
/// </summary>
public sealed class TableSheetReader : ITableSheets
{
    private const int MaxFormulaErrors = 20;

    private static readonly string[] TrailerStarts = ["填表说明", "说明", "注:", "注：", "备注:", "备注：", "填报说明"];

    private static readonly string[] TotalWords = ["合计", "总计", "小计"];

    public TableReadResult Read(Stream input, IReadOnlyList<TableLayout> layouts, UploadLimits limits, CancellationToken ct) =>
        GuardedWorkbook.Read(input, limits, (part, sheets, context) => ReadSheets(part, sheets, context, layouts), message => new TableReadResult([], [message], []), ct);

    private static TableReadResult ReadSheets(WorkbookPart workbookPart, List<Sheet> sheets, SheetLoadContext context, IReadOnlyList<TableLayout> layouts)
    {
        var decoder = CellValueDecoder.Load(workbookPart, context.Limits);
        var found = new List<TableSheet>();
        var errors = new List<string>();
        var notes = new List<string>();
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (GuardedWorkbook.PartOf(workbookPart, sheet) is not { } part || sheet.State?.Value == SheetStateValues.VeryHidden)
            {
                continue;
            }

            context.SheetName = name;
            context.FormulasWithoutValue.Clear();
            SheetGrid grid;
            try
            {
                grid = SheetGridLoader.Load(part, decoder, context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException and not UploadLimitException and not OperationCanceledException)
            {
                errors.Add($"工作表“{name}”：内容已损坏，无法读取。");
                continue;
            }

            if (grid.Rows.Count == 0)
            {
                continue;
            }

            if (FindHeader(grid, layouts) is not { } header)
            {
                notes.Add($"工作表“{name}”：没有找到{string.Join("或", layouts.Select(l => $"“{l.Name}”"))}的表头，已跳过。");
                continue;
            }

            errors.AddRange(context.FormulasWithoutValue.Take(MaxFormulaErrors).Select(cell => GuardedWorkbook.FormulaWithoutValue(name, cell)));
            found.Add(ReadRows(name, grid, header, notes));
        }

        return new TableReadResult(found, errors, notes);
    }

    public TableReadResult ReadFile(Stream input, string fileName, IReadOnlyList<TableLayout> layouts, UploadLimits limits, CancellationToken ct)
    {
        if (PackageSniffer.LooksLikeZip(input))
        {
            return Read(input, layouts, limits, ct);
        }

        var name = Path.GetFileNameWithoutExtension(fileName);
        var (grid, problem, encodingNote) = DelimitedText.Load(input, limits, ct);
        if (problem is not null)
        {
            return new TableReadResult([], [problem], []);
        }

        var notes = new List<string>();
        if (encodingNote is not null)
        {
            notes.Add(encodingNote);
        }

        if (grid!.Rows.Count == 0 || FindHeader(grid, layouts) is not { } header)
        {
            return new TableReadResult([], [$"文件“{fileName}”中没有找到{string.Join("或", layouts.Select(l => $"“{l.Name}”"))}的表头。"], notes);
        }

        return new TableReadResult([ReadRows(name, grid, header, notes)], [], notes);
    }

    private sealed record Header(TableLayout Layout, int Row, Dictionary<string, int> Columns)
    {
        /// <summary>Each field's header texts, normalised once (rows are checked against them: a repeated header).</summary>
        public Dictionary<string, HashSet<string>> Keys { get; } =
            Layout.Fields.ToDictionary(f => f.Key, f => f.Headers.Select(LabelText.Normalize).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The first row (near the top) that names every required field of a layout, taking the layout it names most.</summary>
    private static Header? FindHeader(SheetGrid grid, IReadOnlyList<TableLayout> layouts)
    {
        foreach (var row in grid.Rows.TakeWhile(r => r <= TableLayout.MaxHeaderRow))
        {
            Header? best = null;
            foreach (var layout in layouts)
            {
                var columns = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var column in grid.ColumnsIn(row))
                {
                    var key = LabelText.Normalize(grid.Get(row, column));
                    var field = layout.Fields.FirstOrDefault(f => !columns.ContainsKey(f.Key) && f.Headers.Any(h => LabelText.Normalize(h) == key));
                    if (field is not null)
                    {
                        columns[field.Key] = column;
                    }
                }

                if (layout.Fields.Where(f => f.Required).All(f => columns.ContainsKey(f.Key)) && columns.Count >= 2 && columns.Count > (best?.Columns.Count ?? 0))
                {
                    best = new Header(layout, row, columns);
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private static TableSheet ReadRows(string name, SheetGrid grid, Header header, List<string> notes)
    {
        var rows = new List<TableRecord>();
        foreach (var row in grid.Rows.Where(r => r > header.Row))
        {
            var columnsInRow = grid.ColumnsIn(row);
            var first = columnsInRow.Count == 0 ? string.Empty : grid.Get(row, columnsInRow[0]);
            var cells = new Dictionary<string, TableCell>(StringComparer.Ordinal);
            foreach (var (key, column) in header.Columns)
            {
                var text = grid.Get(row, column).Trim();
                cells[key] = new TableCell(text, text.Length == 0 ? CellReference.Of(row, column) : grid.OriginReference(row, column));
            }

            var verdict = Classify(first, cells, header);
            if (verdict == RowVerdict.Trailer)
            {
                notes.Add($"工作表“{name}”第 {row} 行起是说明文字，未作为数据读取。");
                break;
            }

            if (verdict == RowVerdict.HeaderOrTotal)
            {
                notes.Add($"工作表“{name}”第 {row} 行是表头或合计行，未作为数据读取。");
            }
            else if (verdict == RowVerdict.Data)
            {
                rows.Add(new TableRecord(row, cells));
            }
        }

        return new TableSheet(name, header.Layout, header.Row, header.Columns.Keys.ToHashSet(StringComparer.Ordinal), rows)
        {
            HeaderTexts = header.Columns.ToDictionary(c => c.Key, c => grid.Get(header.Row, c.Value), StringComparer.Ordinal),
        };
    }

    private enum RowVerdict
    {
        Data,
        Blank,
        HeaderOrTotal,
        Trailer,
    }

    /// <summary>What a row below the header is: data, blank, a repeated header or 合计 row, or the start of a 填表说明 trailer.</summary>
    private static RowVerdict Classify(string firstText, Dictionary<string, TableCell> cells, Header header)
    {
        // A 填表说明 block starts with its word and holds nothing the table needs; a data row whose remark column
        // happens to begin with 备注： is data (reading must not stop there and drop the rows below).
        var first = LabelText.Compact(firstText);
        if (TrailerStarts.Any(t => first.StartsWith(t, StringComparison.Ordinal))
            && !header.Layout.Fields.Where(f => f.Required).Any(f => cells.TryGetValue(f.Key, out var c) && !c.IsBlank && c.Text != firstText.Trim()))
        {
            return RowVerdict.Trailer;
        }

        if (cells.Values.All(c => c.IsBlank))
        {
            return RowVerdict.Blank;
        }

        return IsRepeatedHeader(cells, header) || cells.Values.Any(c => TotalWords.Contains(LabelText.Compact(c.Text))) ? RowVerdict.HeaderOrTotal : RowVerdict.Data;
    }

    public Result<ITableRecordStream> OpenStream(Stream input, string fileName, IReadOnlyList<TableLayout> layouts, UploadLimits limits, CancellationToken ct)
    {
        if (PackageSniffer.LooksLikeZip(input))
        {
            var read = Read(input, layouts, limits, ct);
            if (read.Errors.Count > 0)
            {
                return Error.Many("文件无法读取：", read.Errors, "File");
            }

            return read.Sheets.Count == 0
                ? Error.Validation($"文件“{fileName}”中没有找到{string.Join("或", layouts.Select(l => $"“{l.Name}”"))}的表头。", "File")
                : new SheetRecords(read);
        }

        var (reader, problem, encodingNote) = DelimitedText.Open(input, limits.MaxStreamedUploadBytes, ct);
        if (problem is not null)
        {
            return Error.Validation(problem, "File");
        }

        // The header lies in the first lines: read them into a grid and find it as for a sheet.
        var grid = new SheetGrid(0);
        var buffered = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        try
        {
            while (buffered.Count < TableLayout.MaxHeaderRow && reader!.TryRead(fields))
            {
                buffered.Add((reader.Line, fields.ToArray()));
                for (var column = 0; column < fields.Count; column++)
                {
                    grid.Add(reader.Line, column + 1, fields[column]);
                }
            }
        }
        catch (Exception exception) when (exception is FormatException or UploadLimitException)
        {
            return Error.Validation(exception.Message, "File");
        }

        grid.Complete("csv");
        if (grid.Rows.Count == 0 || FindHeader(grid, layouts) is not { } header)
        {
            return Error.Validation($"文件“{fileName}”中没有找到{string.Join("或", layouts.Select(l => $"“{l.Name}”"))}的表头。", "File");
        }

        var notes = new List<string>();
        if (encodingNote is not null)
        {
            notes.Add(encodingNote);
        }

        // A text file has no sheets: its rows are named "文件第 N 行".
        var sheet = new TableSheet(string.Empty, header.Layout, header.Row, header.Columns.Keys.ToHashSet(StringComparer.Ordinal), [])
        {
            HeaderTexts = header.Columns.ToDictionary(c => c.Key, c => grid.Get(header.Row, c.Value), StringComparer.Ordinal),
        };
        return new RecordStream(sheet, header, reader!, buffered.Where(b => b.Line > header.Row).ToList(), notes);
    }

    /// <summary>The records of sheets read whole.</summary>
    private sealed class SheetRecords(TableReadResult read) : ITableRecordStream
    {
        public IReadOnlyList<string> Notes => read.Notes;

        public IEnumerable<(TableSheet Sheet, TableRecord Record)> Records(CancellationToken ct) =>
            read.Sheets.SelectMany(sheet => sheet.Rows.Select(row => (sheet, row)));
    }

    /// <summary>The records of a delimited file after its header, read as they are asked for.</summary>
    private sealed class RecordStream(TableSheet sheet, Header header, DelimitedRecordReader reader, List<(int Line, string[] Fields)> buffered, List<string> notes) : ITableRecordStream
    {
        public IReadOnlyList<string> Notes => notes;

        public IEnumerable<(TableSheet Sheet, TableRecord Record)> Records(CancellationToken ct)
        {
            foreach (var (line, fields) in buffered)
            {
                if (Record(line, fields, out var record) is var verdict && verdict == RowVerdict.Trailer)
                {
                    yield break;
                }

                if (record is not null)
                {
                    yield return (sheet, record);
                }
            }

            var current = new List<string>();
            for (var count = 0; ; count++)
            {
                if ((count & 0x3FF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                bool more;
                try
                {
                    more = reader.TryRead(current);
                }
                catch (Exception exception) when (exception is FormatException or UploadLimitException)
                {
                    throw new TableStreamException(exception.Message);
                }

                if (!more || Record(reader.Line, current, out var record) == RowVerdict.Trailer)
                {
                    yield break;
                }

                if (record is not null)
                {
                    yield return (sheet, record);
                }
            }
        }

        private RowVerdict Record(int line, IReadOnlyList<string> fields, out TableRecord? record)
        {
            var cells = new Dictionary<string, TableCell>(header.Columns.Count, StringComparer.Ordinal);
            foreach (var (key, column) in header.Columns)
            {
                cells[key] = new TableCell(column <= fields.Count ? fields[column - 1] : string.Empty, CellReference.Of(line, column));
            }

            var verdict = Classify(fields.FirstOrDefault(f => f.Length > 0) ?? string.Empty, cells, header);
            record = verdict == RowVerdict.Data ? new TableRecord(line, cells) : null;
            if (verdict == RowVerdict.Trailer)
            {
                notes.Add($"文件第 {line} 行起是说明文字，未作为数据读取。");
            }
            else if (verdict == RowVerdict.HeaderOrTotal && notes.Count < 100)
            {
                notes.Add($"文件第 {line} 行是表头或合计行，未作为数据读取。");
            }

            return verdict;
        }
    }

    private static bool IsRepeatedHeader(Dictionary<string, TableCell> cells, Header header)
    {
        var named = 0;
        foreach (var (key, cell) in cells)
        {
            if (!cell.IsBlank && header.Keys.TryGetValue(key, out var texts) && texts.Contains(LabelText.Normalize(cell.Text)) && ++named >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
