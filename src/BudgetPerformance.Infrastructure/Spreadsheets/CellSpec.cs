using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>A cell to be written: its text (empty for a styled blank), style index and whether it is a number.</summary>
/// <param name="Text">Cell text, already passed through <see cref="CellText.ForCell"/>.</param>
/// <param name="Style">Index into the stylesheet's cell formats.</param>
/// <param name="Numeric">Write as a numeric cell (the text is a canonical invariant-culture number).</param>
internal readonly record struct CellSpec(string Text, uint Style, bool Numeric);
