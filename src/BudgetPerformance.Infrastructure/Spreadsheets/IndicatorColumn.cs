using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Columns of the 绩效指标 table; the names double as the keys of <see cref="TargetSheetIndicator.Cells"/>.</summary>
internal enum IndicatorColumn
{
    Level1,
    Level2,
    Name,
    Value,
    Weight,
    ValueSource,
    ScoringStandard,
    Operator,
    Unit,
}
