using BudgetPerformance.Application.Targets.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Reads 项目支出绩效目标申报表 forms (one project per worksheet) from an .xlsx workbook.
/// </summary>
/// <remarks>
/// <para>
/// Tolerates what real files do: labels with (full-width) spaces or colons, labels and values shifted by a
/// column or two, blank rows, an optional 绩效指标 label column, “权重” for “分值”, optional 指标值来源 /
/// 评分标准 columns, merged cells (the top-left value is copied into the whole range), blank 一级指标 /
/// 二级指标 cells (filled down) and numbers stored as numeric cells (returned as invariant-culture text;
/// a percentage-formatted cell reads as “95%”).
/// </para>
/// <para>
/// Never throws for bad content: an unreadable file gives one <see cref="SheetError"/> with an empty sheet
/// name, and structural problems of a sheet become <see cref="SheetError"/> entries. Worksheets without the
/// form (no title and no indicator header, e.g. an instructions sheet) are skipped silently. Values are only
/// trimmed, never parsed.
/// </para>
/// </remarks>
public static class TargetWorkbookReader
{
    private const string FileErrorPrefix = "文件不是有效的 Excel 工作簿（.xlsx）：";

    /// <summary>Reads every form in the workbook. The stream is left open.</summary>
    /// <param name="input">The .xlsx content; need not be seekable.</param>
    public static TargetWorkbookReadResult Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        MemoryStream? copy = null;
        try
        {
            var source = input;
            if (!input.CanSeek)
            {
                copy = new MemoryStream();
                input.CopyTo(copy);
                copy.Position = 0;
                source = copy;
            }

            return ReadSeekable(source);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return FileError("读取文件时出错，文件可能已损坏");
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static TargetWorkbookReadResult ReadSeekable(Stream source)
    {
        var problem = PackageSniffer.Check(source);
        if (problem is not null)
        {
            return FileError(problem);
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(source, isEditable: false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return FileError("文件已损坏，或不是 Excel 2007 及以上版本保存的工作簿");
        }

        using (document)
        {
            var workbookPart = document.WorkbookPart;
            var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbookPart is null || sheets is null)
            {
                return FileError("文件中没有工作簿内容");
            }

            return ReadSheets(workbookPart, sheets);
        }
    }

    private static TargetWorkbookReadResult ReadSheets(WorkbookPart workbookPart, List<Sheet> sheets)
    {
        var decoder = CellValueDecoder.Load(workbookPart);
        var forms = new List<TargetSheet>();
        var errors = new List<SheetError>();
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            var id = sheet.Id?.Value;
            if (id is null || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheetPart)
            {
                // Chart sheets and dangling entries hold no form.
                continue;
            }

            try
            {
                var grid = SheetGridLoader.Load(worksheetPart, decoder);
                if (TargetSheetParser.Parse(name, grid, errors) is { } form)
                {
                    forms.Add(form);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                errors.Add(new SheetError(name, null, null, $"工作表“{name}”：内容已损坏，无法读取。"));
            }
        }

        return new TargetWorkbookReadResult(forms, errors);
    }

    private static TargetWorkbookReadResult FileError(string reason) =>
        new([], [new SheetError(string.Empty, null, null, $"{FileErrorPrefix}{reason}。")]);
}
