using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>One worksheet of a <see cref="HandBuiltWorkbook"/>.</summary>
public sealed class HandBuiltSheet(List<string> sharedStrings)
{
    private readonly SortedDictionary<(int Row, int Column), Cell> cells = [];
    private readonly List<string> merges = [];

    /// <summary>A shared-string cell.</summary>
    public HandBuiltSheet Text(string reference, string text)
    {
        sharedStrings.Add(text);
        return Put(reference, new Cell
        {
            DataType = CellValues.SharedString,
            CellValue = new CellValue(sharedStrings.Count - 1),
        });
    }

    /// <summary>An inline-string cell.</summary>
    public HandBuiltSheet Inline(string reference, string text) => Put(reference, new Cell
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
    });

    /// <summary>A numeric cell holding <paramref name="raw"/> as stored in the file.</summary>
    public HandBuiltSheet Number(string reference, string raw, uint style = 0) => Put(reference, new Cell
    {
        CellValue = new CellValue(raw),
        StyleIndex = style == 0 ? null : style,
    });

    /// <summary>A formula cell as a program writes it: the formula, and no calculated value.</summary>
    public HandBuiltSheet Formula(string reference, string formula) => Put(reference, new Cell
    {
        CellFormula = new CellFormula(formula),
    });

    public HandBuiltSheet Merge(string range)
    {
        merges.Add(range);
        return this;
    }

    public Worksheet Build()
    {
        var data = new SheetData();
        foreach (var group in cells.GroupBy(pair => pair.Key.Row))
        {
            data.Append(new Row(group.Select(pair => (Cell)pair.Value.CloneNode(true))) { RowIndex = (uint)group.Key });
        }

        var worksheet = new Worksheet(data);
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }

        return worksheet;
    }

    private HandBuiltSheet Put(string reference, Cell cell)
    {
        cell.CellReference = reference;
        var column = 0;
        var index = 0;
        while (char.IsAsciiLetter(reference[index]))
        {
            column = (column * 26) + (reference[index++] - 'A' + 1);
        }

        cells[(int.Parse(reference[index..], System.Globalization.CultureInfo.InvariantCulture), column)] = cell;
        return this;
    }
}
