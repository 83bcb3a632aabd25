using BudgetPerformance.Application.Common;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Opens an uploaded .xlsx under the <see cref="UploadLimits"/> for every reader of the platform (target forms, the
/// 单位库, and the tables that come next): the size of the upload, the package's directory (part sizes, expansion ratio)
/// before anything is expanded, the sheet count, and, while each sheet streams, its rows, cells and merges. A file that
/// crosses a limit or cannot be read gives one Chinese message; cancellation (the time budget, the client gone)
/// propagates. The stream is left open.
/// </summary>
internal static class GuardedWorkbook
{
    public const string FileErrorPrefix = "文件不是有效的 Excel 工作簿（.xlsx）：";

    /// <summary>Hands the opened workbook to <paramref name="read"/>, or gives <paramref name="fail"/> the message of what is wrong.</summary>
    public static T Read<T>(Stream input, UploadLimits limits, Func<WorkbookPart, List<Sheet>, SheetLoadContext, T> read, Func<string, T> fail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        MemoryStream? copy = null;
        try
        {
            var source = input;
            if (!input.CanSeek)
            {
                copy = new MemoryStream();
                new LimitedReadStream(input, limits.MaxUploadBytes, "上传的文件", leaveOpen: true).CopyTo(copy);
                copy.Position = 0;
                source = copy;
            }
            else if (input.Length - input.Position > limits.MaxUploadBytes)
            {
                return fail(LimitError($"文件过大，上传的文件不超过 {limits.MaxUploadText}"));
            }

            return ReadSeekable(source, limits, read, fail, ct);
        }
        catch (UploadLimitException limit)
        {
            return fail(LimitError(limit.Message));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            return fail(FileError("读取文件时出错，文件可能已损坏"));
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static T ReadSeekable<T>(Stream source, UploadLimits limits, Func<WorkbookPart, List<Sheet>, SheetLoadContext, T> read, Func<string, T> fail, CancellationToken ct)
    {
        var problem = PackageSniffer.Check(source) ?? PackageGuard.Check(source, limits);
        if (problem is not null)
        {
            return fail(FileError(problem));
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(source, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return fail(FileError("文件已损坏，或不是 Excel 2007 及以上版本保存的工作簿"));
        }

        using (document)
        {
            var workbookPart = document.WorkbookPart;
            var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbookPart is null || sheets is null)
            {
                return fail(FileError("文件中没有工作簿内容"));
            }

            if (sheets.Count > limits.MaxSheets)
            {
                return fail(LimitError($"工作簿有 {sheets.Count} 个工作表，超过 {limits.MaxSheets} 个的上限"));
            }

            return read(workbookPart, sheets, new SheetLoadContext(limits, ct));
        }
    }

    /// <summary>The worksheet part behind a sheet entry, or null for chart sheets and dangling entries.</summary>
    public static WorksheetPart? PartOf(WorkbookPart workbookPart, Sheet sheet) =>
        sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) ? part as WorksheetPart : null;

    public static string LimitError(string reason) => $"文件超出导入限制，未做任何修改：{reason}。";

    public static string FileError(string reason) => $"{FileErrorPrefix}{reason}。";

    /// <summary>The message for a formula cell saved without its value (a file written by a program, never saved in Excel).</summary>
    public static string FormulaWithoutValue(string sheet, string cell) =>
        $"工作表“{sheet}”单元格 {cell}：是公式，但文件中没有它的计算结果（文件由程序生成、未在 Excel 中保存过），按空白读取会丢失内容。请在 Excel 中打开并保存后重新上传，或把公式改为数值。";
}
