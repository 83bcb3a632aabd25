using BudgetPerformance.Application.Targets.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Collects the workbook's strings once each and writes the shared-string table.</summary>
internal sealed class SharedStringTableBuilder
{
    private readonly Dictionary<string, int> indexByText = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private int references;

    /// <summary>Index of <paramref name="text"/> in the table, adding it on first use.</summary>
    public int Add(string text)
    {
        references++;
        if (!indexByText.TryGetValue(text, out var index))
        {
            index = texts.Count;
            indexByText.Add(text, index);
            texts.Add(text);
        }

        return index;
    }

    /// <summary>Streams the table into its part.</summary>
    public void WriteTo(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)references, UniqueCount = (uint)texts.Count });
        foreach (var text in texts)
        {
            var element = new Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                element.Space = SpaceProcessingModeValues.Preserve;
            }

            writer.WriteElement(new SharedStringItem(element));
        }

        writer.WriteEndElement();
    }
}
