using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>A header-block field as read from the sheet.</summary>
/// <param name="LabelFound">Whether the field's label exists on the sheet.</param>
/// <param name="Text">Trimmed value text; empty when missing.</param>
/// <param name="Reference">Cell the value was read from (or where it belongs when empty); null without a label.</param>
internal readonly record struct FieldValue(bool LabelFound, string Text, string? Reference)
{
    /// <summary>A field whose label is not on the sheet.</summary>
    public static FieldValue Missing => new(false, string.Empty, null);
}
