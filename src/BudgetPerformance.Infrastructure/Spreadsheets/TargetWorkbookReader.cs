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

    /// <summary>Reads every form in the workbook under the default <see cref="UploadLimits"/>. The stream is left open.</summary>
    /// <param name="input">The .xlsx content; need not be seekable.</param>
    public static TargetWorkbookReadResult Read(Stream input) => Read(input, new UploadLimits(), CancellationToken.None);

    /// <summary>
    /// Reads every form in the workbook. A file that crosses one of the <paramref name="limits"/> — checked on the
    /// package's directory before anything is expanded, and again while each part streams — gives one file error
    /// saying which; cancellation (the time budget, the client gone) propagates. The stream is left open.
    /// </summary>
    public static TargetWorkbookReadResult Read(Stream input, UploadLimits limits, CancellationToken ct) =>
        GuardedWorkbook.Read(input, limits, ReadSheets, message => new TargetWorkbookReadResult([], [new SheetError(string.Empty, null, null, message)]), ct);

    private static TargetWorkbookReadResult ReadSheets(WorkbookPart workbookPart, List<Sheet> sheets, SheetLoadContext context)
    {
        var decoder = CellValueDecoder.Load(workbookPart, context.Limits);
        var forms = new List<TargetSheet>();
        var errors = new List<SheetError>();
        var exported = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (GuardedWorkbook.PartOf(workbookPart, sheet) is not { } worksheetPart)
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
                        GuardedWorkbook.FormulaWithoutValue(name, cell))));
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
}
