using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Streams a worksheet part into a <see cref="SheetGrid"/>: every non-empty cell and every merged range.</summary>
internal static class SheetGridLoader
{
    /// <summary>Loads the worksheet.</summary>
    public static SheetGrid Load(WorksheetPart part, CellValueDecoder decoder)
    {
        var grid = new SheetGrid();
        var row = 0;
        var column = 0;
        using (var xml = XmlParts.Open(part))
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
                        row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                            && index is > 0 and <= CellReference.MaxRow ? index : row + 1;
                        column = 0;
                        xml.Read();
                        break;
                    case "c":
                        column = ReadCell(xml, grid, decoder, Math.Max(row, 1), column);
                        break;
                    case "mergeCell":
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

        grid.Complete();
        return grid;
    }

    /// <summary>Reads one <c>&lt;c&gt;</c> element and leaves the reader after it; returns the cell's column.</summary>
    private static int ReadCell(XmlReader xml, SheetGrid grid, CellValueDecoder decoder, int row, int previousColumn)
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
                xml.Skip();
            }
        }

        xml.Read();
        if (column <= CellReference.MaxColumn)
        {
            grid.Add(row, column, decoder.Decode(type, style, value ?? string.Empty, inline));
        }

        return column;
    }
}
