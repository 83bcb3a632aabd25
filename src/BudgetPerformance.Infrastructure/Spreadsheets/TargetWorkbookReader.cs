using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets.Workbooks;
using DocumentFormat.OpenXml;
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
    private const int MaxFormulaErrors = 20;

    private const string FileErrorPrefix = "文件不是有效的 Excel 工作簿（.xlsx）：";

    /// <summary>Reads every form in the workbook under the default <see cref="UploadLimits"/>. The stream is left open.</summary>
    /// <param name="input">The .xlsx content; need not be seekable.</param>
    public static TargetWorkbookReadResult Read(Stream input) => Read(input, new UploadLimits(), CancellationToken.None);

    /// <summary>
    /// Reads every form in the workbook. A file that crosses one of the <paramref name="limits"/> — checked on the
    /// package's directory before anything is expanded, and again while each part streams — gives one file error
    /// saying which; cancellation (the time budget, the client gone) propagates. The stream is left open.
    /// </summary>
    public static TargetWorkbookReadResult Read(Stream input, UploadLimits limits, CancellationToken ct)
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
                return LimitError($"文件过大，上传的文件不超过 {limits.MaxUploadText}");
            }

            return ReadSeekable(source, limits, ct);
        }
        catch (UploadLimitException limit)
        {
            return LimitError(limit.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            return FileError("读取文件时出错，文件可能已损坏");
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static TargetWorkbookReadResult ReadSeekable(Stream source, UploadLimits limits, CancellationToken ct)
    {
        var problem = PackageSniffer.Check(source) ?? PackageGuard.Check(source, limits);
        if (problem is not null)
        {
            return FileError(problem);
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(source, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
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

            if (sheets.Count > limits.MaxSheets)
            {
                return LimitError($"工作簿有 {sheets.Count} 个工作表，超过 {limits.MaxSheets} 个的上限");
            }

            return ReadSheets(workbookPart, sheets, new SheetLoadContext(limits, ct));
        }
    }

    private static TargetWorkbookReadResult ReadSheets(WorkbookPart workbookPart, List<Sheet> sheets, SheetLoadContext context)
    {
        var decoder = CellValueDecoder.Load(workbookPart, context.Limits);
        var forms = new List<TargetSheet>();
        var errors = new List<SheetError>();
        var exported = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            var id = sheet.Id?.Value;
            if (id is null || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheetPart)
            {
                // Chart sheets and dangling entries hold no form.
                continue;
            }

            if (name == TargetWorkbookWriter.ExportInfoSheet && sheet.State?.Value == SheetStateValues.VeryHidden)
            {
                context.SheetName = name;
                var info = SheetGridLoader.Load(worksheetPart, decoder, context);
                foreach (var row in info.Rows.Where(r => r > 1))
                {
                    if (int.TryParse(info.Get(row, 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision))
                    {
                        exported["sheet:" + info.Get(row, 1)] = revision;
                        exported["code:" + info.Get(row, 2)] = revision;
                    }
                }

                continue;
            }

            try
            {
                context.SheetName = name;
                context.FormulasWithoutValue.Clear();
                var grid = SheetGridLoader.Load(worksheetPart, decoder, context);
                if (TargetSheetParser.Parse(name, grid, errors) is { } form)
                {
                    forms.Add(form);
                    errors.AddRange(context.FormulasWithoutValue.Take(MaxFormulaErrors).Select(cell => new SheetError(name, null, cell,
                        $"工作表“{name}”单元格 {cell}：是公式，但文件中没有它的计算结果（文件由程序生成、未在 Excel 中保存过），按空白读取会丢失内容。请在 Excel 中打开并保存后重新上传，或把公式改为数值。")));
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException and not UploadLimitException and not OperationCanceledException)
            {
                errors.Add(new SheetError(name, null, null, $"工作表“{name}”：内容已损坏，无法读取。"));
            }
        }

        if (exported.Count > 0)
        {
            // By sheet name, or by project code when the user renamed the sheet.
            forms = forms.Select(f => exported.TryGetValue("sheet:" + f.SheetName, out var revision) || exported.TryGetValue("code:" + f.ProjectCode.Trim(), out revision)
                ? f with { ExportedRevision = revision }
                : f).ToList();
        }

        return new TargetWorkbookReadResult(forms, errors);
    }

    private static TargetWorkbookReadResult LimitError(string reason) =>
        new([], [new SheetError(string.Empty, null, null, $"文件超出导入限制，未做任何修改：{reason}。")]);

    private static TargetWorkbookReadResult FileError(string reason) =>
        new([], [new SheetError(string.Empty, null, null, $"{FileErrorPrefix}{reason}。")]);
}
