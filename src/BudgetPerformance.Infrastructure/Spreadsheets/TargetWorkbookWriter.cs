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

    /// <summary>Name of the very hidden sheet that records, per form sheet, the revision each target had when exported.</summary>
    public const string ExportInfoSheet = "导出信息";

    /// <summary>Users do not see or edit it (veryHidden: not even 取消隐藏 shows it); Excel and WPS keep it on save.</summary>
    private static void WriteExportInfo(WorkbookPart workbookPart, Sheets sheetList, SharedStringTableBuilder strings, List<TargetSheet> projects)
    {
        if (projects.All(p => p.ExportedRevision is null))
        {
            return;
        }

        var builder = new WorksheetBuilder([16, 20, 14]);
        builder.Put(1, 1, "工作表", 0);
        builder.Put(1, 2, "项目编码", 0);
        builder.Put(1, 3, "导出时修订号", 0);
        var names = sheetList.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        for (var i = 0; i < projects.Count; i++)
        {
            if (projects[i].ExportedRevision is { } revision)
            {
                builder.Put(i + 2, 1, names[i], 0);
                builder.Put(i + 2, 2, projects[i].ProjectCode, 0);
                builder.Put(i + 2, 3, revision.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, numeric: true);
            }
        }

        var part = workbookPart.AddNewPart<WorksheetPart>();
        builder.WriteTo(part, strings, tabSelected: false);
        sheetList.Append(new Sheet
        {
            Name = ExportInfoSheet,
            SheetId = (uint)(projects.Count + 1),
            Id = workbookPart.GetIdOfPart(part),
            State = SheetStateValues.VeryHidden,
        });
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

        WriteExportInfo(workbookPart, sheetList, strings, projects);
        strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
    }
}
