using BudgetPerformance.Application.Targets.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Writes projects as 项目支出绩效目标申报表 forms (财预〔2020〕10号 附件 layout), one worksheet per project,
/// into an .xlsx workbook that <see cref="TargetWorkbookReader"/> reads back.
/// </summary>
/// <remarks>
/// Sheet names come from <see cref="TargetSheet.SheetName"/> (or the project name when blank) and are made valid
/// and unique. Texts are written as they are (trimmed only for amounts and weights); amounts and weights that are
/// plain numbers become numeric cells. <see cref="TargetSheet.Cells"/> and <see cref="TargetSheetIndicator.Row"/>
/// are ignored.
/// </remarks>
public static class TargetWorkbookWriter
{
    /// <summary>Writes the workbook to <paramref name="output"/> (from its current position; the stream stays open).</summary>
    /// <exception cref="ArgumentException">No project was given, or a project is null.</exception>
    public static void Write(Stream output, IEnumerable<TargetSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        var projects = sheets.ToList();
        if (projects.Count == 0)
        {
            throw new ArgumentException("至少需要一个项目才能生成绩效目标申报表。", nameof(sheets));
        }

        if (projects.Any(project => project is null))
        {
            throw new ArgumentException("项目列表中包含空项。", nameof(sheets));
        }

        // Packaging needs a seekable read/write stream; buffering also keeps a failed write from
        // leaving half a file in the caller's stream.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            WriteWorkbook(document, projects);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WriteWorkbook(SpreadsheetDocument document, List<TargetSheet> projects)
    {
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = TargetStylesheet.Create();

        var strings = new SharedStringTableBuilder();
        var names = new SheetNameAllocator();
        var sheetList = new Sheets();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            TargetSheetComposer.Compose(project).WriteTo(part, strings, tabSelected: i == 0);
            var preferred = string.IsNullOrWhiteSpace(project.SheetName) ? project.ProjectName : project.SheetName;
            sheetList.Append(new Sheet
            {
                Name = names.Allocate(preferred, i + 1),
                SheetId = (uint)(i + 1),
                Id = workbookPart.GetIdOfPart(part),
            });
        }

        strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
    }
}
