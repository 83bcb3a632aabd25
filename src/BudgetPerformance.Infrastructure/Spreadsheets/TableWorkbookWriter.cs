using System.Globalization;
using BudgetPerformance.Application.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// A plain list as an .xlsx workbook: a bold, frozen header row and one row per item, streamed row by row so a long
/// list never sits in memory as a document. Numbers become numeric cells; everything else is inline text.
/// </summary>
public sealed class TableWorkbookWriter : ITableWorkbooks
{
    public Task WriteAsync(Stream output, string sheetName, IReadOnlyList<ListColumn> columns, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct = default) =>
        WriteAsync(output, [new ListSheet(sheetName, columns, rows)], ct);

    public async Task WriteAsync(Stream output, IReadOnlyList<ListSheet> sheets, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var entries = new Sheets();
            uint sheetId = 0;
            foreach (var list in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                await WriteSheetAsync(part, list, ct);
                entries.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = list.Name.Length > 31 ? list.Name[..31] : list.Name });
            }

            workbook.Workbook = new Workbook(entries);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static async Task WriteSheetAsync(WorksheetPart sheet, ListSheet list, CancellationToken ct)
    {
        var columns = list.Columns;
        using var writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        {
            WorkbookViewId = 0,
        }));
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, columns.Select(c => (object?)c.Header).ToList(), header: true);
        var n = 1;
        await foreach (var row in list.Rows.WithCancellation(ct))
        {
            WriteRow(writer, ++n, row, header: false);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int index, IReadOnlyList<object?> values, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)index });
        for (var i = 0; i < values.Count; i++)
        {
            var reference = CellReference.Of(index, i + 1);
            switch (values[i])
            {
                case null:
                    break;
                case int or long or decimal or double:
                    writer.WriteElement(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.Number,
                        CellValue = new CellValue(Convert.ToString(values[i], CultureInfo.InvariantCulture)!),
                    });
                    break;
                default:
                    var text = CellText.ForCell(Convert.ToString(values[i], CultureInfo.InvariantCulture));
                    writer.WriteElement(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        StyleIndex = header ? 1u : 0u,
                        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                    break;
            }
        }

        writer.WriteEndElement();
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat { FontId = 0 }, new CellFormat { FontId = 1, ApplyFont = true }));
}
