namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>
/// A structural problem found while reading a workbook. The reader reports these instead of throwing.
/// </summary>
/// <param name="Sheet">Worksheet name; empty when the whole file is unreadable.</param>
/// <param name="Row">1-based row number, when the problem belongs to one row.</param>
/// <param name="Cell">Cell reference such as <c>"D18"</c>, when the problem belongs to one cell.</param>
/// <param name="Message">Complete message in Chinese, ready to show to the user.</param>
public sealed record SheetError(string Sheet, int? Row, string? Cell, string Message);
