namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>
/// What the workbook reader found in a workbook.
/// </summary>
/// <remarks>
/// A worksheet appears in <see cref="Sheets"/> only when both its 项目名称 label and its indicator table header
/// were found; otherwise its problems are in <see cref="Errors"/>. A problem with a single indicator row drops
/// only that row (and is reported), so callers that must be all-or-nothing should check <see cref="Errors"/>
/// for the sheet's name. Worksheets that do not hold the form at all are skipped without an error.
/// </remarks>
/// <param name="Sheets">The forms found, in workbook order.</param>
/// <param name="Errors">Structural problems, in the order they were found.</param>
public sealed record TargetWorkbookReadResult(IReadOnlyList<TargetSheet> Sheets, IReadOnlyList<SheetError> Errors)
{
    /// <summary>True when the workbook was read without any structural problem.</summary>
    public bool IsClean => Errors.Count == 0;
}
