using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>A label cell found in the header block of the form.</summary>
/// <param name="Row">Row of the label cell.</param>
/// <param name="Column">Column of the label cell.</param>
/// <param name="InlineValue">Value written in the label cell itself (“项目名称：某某项目”), if any.</param>
internal readonly record struct LabelHit(int Row, int Column, string? InlineValue);
