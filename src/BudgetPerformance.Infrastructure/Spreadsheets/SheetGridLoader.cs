using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Streams a worksheet part into a <see cref="SheetGrid"/>: every non-empty cell and every merged range. Counts rows,
/// cells and merges as it goes and stops with an <see cref="UploadLimitException"/> the moment one crosses its limit;
/// notes formula cells that carry no calculated value (a program wrote the file and nobody saved it in Excel).
/// </summary>
internal static class SheetGridLoader
{
    /// <summary>Loads the worksheet; <paramref name="context"/> carries the cell count across the workbook's sheets.</summary>
    public static SheetGrid Load(WorksheetPart part, CellValueDecoder decoder, SheetLoadContext context)
    {
        var grid = new SheetGrid(context.Limits.MaxMergedCellsPerSheet);
        var row = 0;
        var column = 0;
        var rows = 0;
        var cells = 0;
        var merges = 0;
        var limits = context.Limits;
        using (var xml = XmlParts.Open(part, limits.MaxPartBytes))
        {
            while (!xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    xml.Read();
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "row":
                        if (++rows > limits.MaxRowsPerSheet)
                        {
                            throw new UploadLimitException($"工作表“{context.SheetName}”超过 {limits.MaxRowsPerSheet} 行，超出上限");
                        }

                        if ((rows & 0xFF) == 0)
                        {
                            context.Token.ThrowIfCancellationRequested();
                        }

                        row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                            && index is > 0 and <= CellReference.MaxRow ? index : row + 1;
                        column = 0;
                        xml.Read();
                        break;
                    case "c":
                        if (++cells > limits.MaxCellsPerSheet || ++context.Cells > limits.MaxCells)
                        {
                            throw new UploadLimitException(cells > limits.MaxCellsPerSheet
                                ? $"工作表“{context.SheetName}”超过 {limits.MaxCellsPerSheet} 个单元格，超出上限"
                                : $"工作簿超过 {limits.MaxCells} 个单元格，超出上限");
                        }

                        column = ReadCell(xml, grid, decoder, Math.Max(row, 1), column, context);
                        break;
                    case "mergeCell":
                        if (++merges > limits.MaxMergesPerSheet)
                        {
                            throw new UploadLimitException($"工作表“{context.SheetName}”有超过 {limits.MaxMergesPerSheet} 个合并单元格区域，超出上限");
                        }

                        if (CellReference.TryParseRange(xml.GetAttribute("ref"), out var range))
                        {
                            grid.AddMerge(range);
                        }

                        xml.Read();
                        break;
                    default:
                        xml.Read();
                        break;
                }
            }
        }

        grid.Complete(context.SheetName);
        return grid;
    }

    /// <summary>Reads one <c>&lt;c&gt;</c> element and leaves the reader after it; returns the cell's column.</summary>
    private static int ReadCell(XmlReader xml, SheetGrid grid, CellValueDecoder decoder, int row, int previousColumn, SheetLoadContext context)
    {
        // Cells without a reference follow the previous cell, as Excel itself assumes.
        var reference = xml.GetAttribute("r");
        var column = reference is not null && CellReference.TryParse(reference, out _, out var parsed)
            ? parsed
            : previousColumn + 1;
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s");
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return column;
        }

        var depth = xml.Depth;
        string? value = null;
        string? inline = null;
        var formula = false;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (xml.LocalName == "v")
            {
                value = xml.ReadElementContentAsString();
            }
            else if (xml.LocalName == "is")
            {
                inline = XmlParts.ReadRichText(xml);
            }
            else
            {
                // <f> formulas and extensions: the cached <v> is what the user sees.
                formula |= xml.LocalName == "f";
                xml.Skip();
            }
        }

        xml.Read();
        if (formula && string.IsNullOrEmpty(value) && inline is null && column <= CellReference.MaxColumn)
        {
            // Without its calculated value the cell would read as empty: an indicator or a value silently lost.
            context.FormulasWithoutValue.Add(CellReference.Of(row, column));
        }

        if (column <= CellReference.MaxColumn)
        {
            grid.Add(row, column, decoder.Decode(type, style, value ?? string.Empty, inline));
        }

        return column;
    }
}

/// <summary>What loading one sheet needs from the workbook: the limits, the running cell count, cancellation.</summary>
internal sealed class SheetLoadContext(UploadLimits limits, CancellationToken token)
{
    public UploadLimits Limits => limits;

    public CancellationToken Token => token;

    public string SheetName { get; set; } = string.Empty;

    /// <summary>Cells read so far in the whole workbook.</summary>
    public long Cells { get; set; }

    /// <summary>Formula cells without a calculated value in the sheet being loaded.</summary>
    public List<string> FormulasWithoutValue { get; } = [];
}
