using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Lays one <see cref="TargetSheet"/> out as the official 项目支出绩效目标申报表 over columns A:H:
/// title, year, unit, the bordered label/value block, the funds block, the goals and the indicator table
/// (with a leading 绩效指标 column and vertically merged 一级指标 / 二级指标 runs).
/// </summary>
internal static class TargetSheetComposer
{
    private const int FirstColumn = 1;
    private const int LastColumn = 8;
    private const int FundsRow = 8;
    private const int GoalHeaderRow = 12;
    private const int GoalTextRow = 13;
    private const int TableHeaderRow = 14;
    private const double BlockRowHeight = 22;

    /// <summary>Column widths A..H in character units: 绩效指标, 一级, 二级, 三级, 指标值, 分值, 来源, 评分标准.</summary>
    private static readonly double[] Widths = [10, 12, 18, 26, 16, 8, 18, 32];

    /// <summary>Builds the worksheet for one project.</summary>
    public static WorksheetBuilder Compose(TargetSheet sheet)
    {
        var builder = new WorksheetBuilder(Widths);
        WriteTitle(builder, sheet.FiscalYear);
        WriteProjectBlock(builder, sheet);
        WriteFunds(builder, sheet);
        WriteGoals(builder, sheet.OverallGoal, sheet.AnnualGoal);
        WriteIndicators(builder, sheet.Indicators ?? []);
        return builder;
    }

    private static void WriteTitle(WorksheetBuilder builder, int? fiscalYear)
    {
        builder.Box(1, FirstColumn, 1, LastColumn, TargetFormLabels.Title, TargetStylesheet.Title);
        builder.EnsureHeight(1, 36);
        var year = fiscalYear is { } value ? value.ToString(CultureInfo.InvariantCulture) : "    ";
        builder.Box(2, FirstColumn, 2, LastColumn, $"（{year}年度）", TargetStylesheet.Subtitle);
        builder.EnsureHeight(2, 22);
        builder.Box(3, 7, 3, LastColumn, TargetFormLabels.Unit, TargetStylesheet.Unit);
    }

    private static void WriteProjectBlock(WorksheetBuilder builder, TargetSheet sheet)
    {
        WideField(builder, 4, TargetFormLabels.ProjectName, sheet.ProjectName);
        WideField(builder, 5, TargetFormLabels.ProjectCode, sheet.ProjectCode);
        PairedFields(builder, 6, TargetFormLabels.Department, sheet.DepartmentName, TargetFormLabels.ImplementingUnit, sheet.ImplementingUnitName);
        PairedFields(builder, 7, TargetFormLabels.ProjectProperty, sheet.ProjectProperty, TargetFormLabels.ImplementationPeriod, sheet.ImplementationPeriod);
    }

    private static void WideField(WorksheetBuilder builder, int row, string label, string value)
    {
        builder.Box(row, 1, row, 2, label, TargetStylesheet.Boxed);
        builder.Box(row, 3, row, LastColumn, value, TargetStylesheet.BoxedLeft);
        builder.EnsureHeight(row, RowHeightEstimator.Height(RowHeightEstimator.Lines(value, Span(3, LastColumn)), BlockRowHeight));
    }

    private static void PairedFields(WorksheetBuilder builder, int row, string leftLabel, string leftValue, string rightLabel, string rightValue)
    {
        builder.Box(row, 1, row, 2, leftLabel, TargetStylesheet.Boxed);
        builder.Box(row, 3, row, 4, leftValue, TargetStylesheet.BoxedLeft);
        builder.Put(row, 5, rightLabel, TargetStylesheet.Boxed);
        builder.Box(row, 6, row, LastColumn, rightValue, TargetStylesheet.BoxedLeft);
        var lines = Math.Max(
            RowHeightEstimator.Lines(leftValue, Span(3, 4)),
            RowHeightEstimator.Lines(rightValue, Span(6, LastColumn)));
        builder.EnsureHeight(row, RowHeightEstimator.Height(lines, BlockRowHeight));
    }

    private static void WriteFunds(WorksheetBuilder builder, TargetSheet sheet)
    {
        builder.Box(FundsRow, 1, FundsRow + 3, 1, TargetFormLabels.Funds, TargetStylesheet.Boxed);
        (string Label, string Amount)[] lines =
        [
            (TargetFormLabels.Total, sheet.TotalWanYuan),
            (TargetFormLabels.CurrentYear, sheet.CurrentYearWanYuan),
            (TargetFormLabels.CarryOver, sheet.CarryOverWanYuan),
            (TargetFormLabels.Other, sheet.OtherWanYuan),
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            var row = FundsRow + i;
            var amount = lines[i].Amount?.Trim() ?? string.Empty;
            builder.Box(row, 2, row, 3, lines[i].Label, TargetStylesheet.Boxed);
            builder.Box(row, 4, row, LastColumn, amount, TargetStylesheet.BoxedLeft, CellText.IsCanonicalNumber(amount));
            builder.EnsureHeight(row, BlockRowHeight);
        }
    }

    private static void WriteGoals(WorksheetBuilder builder, string overallGoal, string annualGoal)
    {
        builder.Box(GoalHeaderRow, 1, GoalTextRow, 1, TargetFormLabels.GoalBlock, TargetStylesheet.Boxed);
        builder.Box(GoalHeaderRow, 2, GoalHeaderRow, 5, TargetFormLabels.LongTermGoal, TargetStylesheet.Boxed);
        builder.Box(GoalHeaderRow, 6, GoalHeaderRow, LastColumn, TargetFormLabels.AnnualGoal, TargetStylesheet.Boxed);
        builder.Box(GoalTextRow, 2, GoalTextRow, 5, overallGoal, TargetStylesheet.Goal);
        builder.Box(GoalTextRow, 6, GoalTextRow, LastColumn, annualGoal, TargetStylesheet.Goal);
        builder.EnsureHeight(GoalHeaderRow, BlockRowHeight);
        var lines = Math.Max(
            RowHeightEstimator.Lines(overallGoal, Span(2, 5)),
            RowHeightEstimator.Lines(annualGoal, Span(6, LastColumn)));
        builder.EnsureHeight(GoalTextRow, RowHeightEstimator.Height(lines, 60));
    }

    private static void WriteIndicators(WorksheetBuilder builder, IReadOnlyList<TargetSheetIndicator> indicators)
    {
        var lastRow = TableHeaderRow + indicators.Count;
        builder.Box(TableHeaderRow, 1, lastRow, 1, TargetFormLabels.IndicatorBlock, TargetStylesheet.Boxed);
        string[] headers =
        [
            TargetFormLabels.Level1, TargetFormLabels.Level2, TargetFormLabels.Name, TargetFormLabels.Value,
            TargetFormLabels.Weight, TargetFormLabels.ValueSource, TargetFormLabels.ScoringStandard,
        ];
        for (var i = 0; i < headers.Length; i++)
        {
            builder.Put(TableHeaderRow, i + 2, headers[i], TargetStylesheet.Header);
        }

        builder.EnsureHeight(TableHeaderRow, BlockRowHeight);
        MergeRuns(builder, indicators, 0, indicators.Count - 1, level: 1);
        for (var i = 0; i < indicators.Count; i++)
        {
            WriteIndicatorRow(builder, TableHeaderRow + 1 + i, indicators[i]);
        }
    }

    /// <summary>Writes 一级指标 (level 1) or 二级指标 (level 2) cells, merging consecutive equal values.</summary>
    private static void MergeRuns(WorksheetBuilder builder, IReadOnlyList<TargetSheetIndicator> items, int first, int last, int level)
    {
        var start = first;
        while (start <= last)
        {
            var text = LevelText(items[start], level);
            var end = start;
            while (text.Length > 0 && end < last && string.Equals(LevelText(items[end + 1], level), text, StringComparison.Ordinal))
            {
                end++;
            }

            builder.Box(TableHeaderRow + 1 + start, level + 1, TableHeaderRow + 1 + end, level + 1, text, TargetStylesheet.Boxed);
            if (level == 1)
            {
                MergeRuns(builder, items, start, end, level: 2);
            }

            start = end + 1;
        }
    }

    private static string LevelText(TargetSheetIndicator indicator, int level) =>
        (level == 1 ? indicator.Level1 : indicator.Level2)?.Trim() ?? string.Empty;

    private static void WriteIndicatorRow(WorksheetBuilder builder, int row, TargetSheetIndicator indicator)
    {
        var weight = indicator.Weight?.Trim() ?? string.Empty;
        builder.Put(row, 4, indicator.Name, TargetStylesheet.BoxedLeft);
        builder.Put(row, 5, indicator.Value, TargetStylesheet.Boxed);
        builder.Put(row, 6, weight, TargetStylesheet.Boxed, CellText.IsCanonicalNumber(weight));
        builder.Put(row, 7, indicator.ValueSource, TargetStylesheet.BoxedLeft);
        builder.Put(row, 8, indicator.ScoringStandard, TargetStylesheet.BoxedLeft);
        // Level names count as if unmerged: a slight over-estimate for merged runs, never clipped text.
        var lines = new[]
        {
            RowHeightEstimator.Lines(indicator.Level1, Widths[1]),
            RowHeightEstimator.Lines(indicator.Level2, Widths[2]),
            RowHeightEstimator.Lines(indicator.Name, Widths[3]),
            RowHeightEstimator.Lines(indicator.Value, Widths[4]),
            RowHeightEstimator.Lines(indicator.ValueSource, Widths[6]),
            RowHeightEstimator.Lines(indicator.ScoringStandard, Widths[7]),
        }.Max();
        builder.EnsureHeight(row, RowHeightEstimator.Height(lines, 20));
    }

    /// <summary>Total width of columns <paramref name="from"/>..<paramref name="to"/> (1-based).</summary>
    private static double Span(int from, int to) => Widths.Skip(from - 1).Take(to - from + 1).Sum();
}
