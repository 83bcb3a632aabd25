using BudgetPerformance.Application.Targets.Workbooks;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Forward-only <see cref="XmlReader"/> access to the two big parts of a workbook (worksheets and the
/// shared-string table), several times faster than loading OpenXml elements. Elements are matched by local
/// name so transitional and strict SpreadsheetML both work; DTDs are refused.
/// </summary>
internal static class XmlParts
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Opens a reader over the part's XML.</summary>
    public static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);

    /// <summary>
    /// Reads the text of a rich-text container (<c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>) the reader is on: all its
    /// <c>&lt;t&gt;</c> runs, without phonetic (<c>&lt;rPh&gt;</c>) text. Leaves the reader after the container.
    /// </summary>
    public static string ReadRichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? builder = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName is "rPh" or "phoneticPr")
                {
                    xml.Skip();
                    continue;
                }

                if (xml.LocalName == "t")
                {
                    var piece = xml.ReadElementContentAsString();
                    if (single is null)
                    {
                        single = piece;
                    }
                    else
                    {
                        builder ??= new StringBuilder(single);
                        builder.Append(piece);
                    }

                    continue;
                }
            }

            xml.Read();
        }

        xml.Read();
        return builder?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Every shared string of the workbook, decoded and trimmed, in table order.</summary>
    public static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var xml = Open(part);
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(CellText.FromCell(ReadRichText(xml)));
                continue;
            }

            xml.Read();
        }

        return [.. strings];
    }
}
