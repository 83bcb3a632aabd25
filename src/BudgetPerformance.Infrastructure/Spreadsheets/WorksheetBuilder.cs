using BudgetPerformance.Application.Targets.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Collects the cells, merged ranges and row heights of one worksheet, then streams it with
/// <see cref="OpenXmlWriter"/> so large workbooks never hold every sheet's DOM in memory.
/// </summary>
internal sealed class WorksheetBuilder(IReadOnlyList<double> columnWidths)
{
    private readonly Dictionary<(int Row, int Column), CellSpec> cells = [];
    private readonly List<CellRange> merges = [];
    private readonly Dictionary<int, double> heights = [];

    /// <summary>
    /// Writes <paramref name="text"/> into the top-left cell of the block, gives every cell of the block the
    /// style (so borders show on merged cells) and merges the block when it spans more than one cell.
    /// </summary>
    public void Box(int top, int left, int bottom, int right, string? text, uint style, bool numeric = false)
    {
        for (var row = top; row <= bottom; row++)
        {
            for (var column = left; column <= right; column++)
            {
                cells[(row, column)] = new CellSpec(string.Empty, style, false);
            }
        }

        var value = CellText.ForCell(text);
        cells[(top, left)] = new CellSpec(value, style, numeric && value.Length > 0);
        var range = new CellRange(top, left, bottom, right);
        if (range.IsMerge)
        {
            merges.Add(range);
        }
    }

    /// <summary>A single cell.</summary>
    public void Put(int row, int column, string? text, uint style, bool numeric = false) =>
        Box(row, column, row, column, text, style, numeric);

    /// <summary>Raises the row to at least <paramref name="points"/>.</summary>
    public void EnsureHeight(int row, double points) =>
        heights[row] = Math.Max(points, heights.GetValueOrDefault(row));

    /// <summary>Streams the worksheet into <paramref name="part"/>, registering its strings.</summary>
    public void WriteTo(WorksheetPart part, SharedStringTableBuilder strings, bool tabSelected)
    {
        var ordered = cells.OrderBy(pair => pair.Key.Row).ThenBy(pair => pair.Key.Column).ToList();
        var lastRow = ordered.Count == 0 ? 1 : ordered[^1].Key.Row;

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView
        {
            WorkbookViewId = 0,
            ShowGridLines = false,
            TabSelected = tabSelected ? true : null,
        }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(Columns());
        WriteSheetData(writer, ordered, strings);
        if (merges.Count > 0)
        {
            writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m.ToString() }))
            {
                Count = (uint)merges.Count,
            });
        }

        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9,
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        writer.WriteElement(new IgnoredErrors(new IgnoredError
        {
            SequenceOfReferences = new ListValue<StringValue>
            {
                InnerText = CellReference.Range(1, 1, lastRow, Math.Max(1, columnWidths.Count)),
            },
            NumberStoredAsText = true,
        }));
        writer.WriteEndElement();
    }

    private Columns Columns()
    {
        var columns = new Columns();
        for (var i = 0; i < columnWidths.Count; i++)
        {
            var index = (uint)(i + 1);
            columns.Append(new Column { Min = index, Max = index, Width = columnWidths[i], CustomWidth = true });
        }

        return columns;
    }

    private void WriteSheetData(
        OpenXmlWriter writer, List<KeyValuePair<(int Row, int Column), CellSpec>> ordered, SharedStringTableBuilder strings)
    {
        writer.WriteStartElement(new SheetData());
        var index = 0;
        while (index < ordered.Count)
        {
            var rowNumber = ordered[index].Key.Row;
            var row = new Row { RowIndex = (uint)rowNumber };
            if (heights.TryGetValue(rowNumber, out var height))
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            writer.WriteStartElement(row);
            for (; index < ordered.Count && ordered[index].Key.Row == rowNumber; index++)
            {
                var ((_, column), spec) = ordered[index];
                writer.WriteElement(ToCell(rowNumber, column, spec, strings));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static Cell ToCell(int row, int column, CellSpec spec, SharedStringTableBuilder strings)
    {
        var cell = new Cell { CellReference = CellReference.Of(row, column), StyleIndex = spec.Style };
        if (spec.Numeric)
        {
            cell.CellValue = new CellValue(spec.Text);
        }
        else if (spec.Text.Length > 0)
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(strings.Add(spec.Text));
        }

        return cell;
    }
}
