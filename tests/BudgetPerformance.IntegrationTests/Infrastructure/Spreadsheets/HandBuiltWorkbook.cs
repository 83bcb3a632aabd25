using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>
/// Builds workbooks cell by cell with the OpenXml SDK, the way other tools (WPS, older Excel, report
/// generators) lay the form out: shared and inline strings, numeric cells, a percentage style, merges.
/// </summary>
public sealed class HandBuiltWorkbook
{
    /// <summary>Style index of a “0%” formatted cell.</summary>
    public const uint PercentStyle = 1;

    private readonly List<(string Name, HandBuiltSheet Sheet)> sheets = [];
    private readonly List<string> sharedStrings = [];

    public HandBuiltSheet AddSheet(string name)
    {
        var sheet = new HandBuiltSheet(sharedStrings);
        sheets.Add((name, sheet));
        return sheet;
    }

    public MemoryStream ToStream()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true })
                {
                    Count = 2,
                });

            var list = new Sheets();
            uint id = 1;
            foreach (var (name, sheet) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.Build();
                list.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
            }

            var sst = workbookPart.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(
                sharedStrings.Select(text => new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            workbookPart.Workbook = new Workbook(list);
        }

        stream.Position = 0;
        return stream;
    }
}
