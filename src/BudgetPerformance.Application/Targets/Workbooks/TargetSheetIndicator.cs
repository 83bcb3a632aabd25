namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>
/// One row of the 绩效指标 table of a <see cref="TargetSheet"/>: 一级指标 / 二级指标 / 三级指标 with its
/// 指标值, 分值, 指标值来源 and 评分标准, all as trimmed cell text.
/// </summary>
/// <param name="Row">1-based worksheet row number (0 is fine for rows that are about to be written).</param>
/// <param name="Level1">一级指标; filled from the merged cell or from the row above when blank.</param>
/// <param name="Level2">二级指标; filled from the merged cell or from the row above when blank.</param>
/// <param name="Name">三级指标 (the indicator name).</param>
/// <param name="Value">指标值, unparsed (e.g. “≥95%”).</param>
/// <param name="Weight">分值 / 权重, unparsed.</param>
/// <param name="ValueSource">指标值来源; empty when the table has no such column.</param>
/// <param name="ScoringStandard">评分标准 / 评分规则; empty when the table has no such column.</param>
/// <param name="Cells">
/// Column key (<c>"Level1"</c>, <c>"Level2"</c>, <c>"Name"</c>, <c>"Value"</c>, <c>"Weight"</c>,
/// <c>"ValueSource"</c>, <c>"ScoringStandard"</c>) to the cell reference the value was read from
/// (the top-left cell of a merged range, or the cell above for a filled-down blank).
/// </param>
/// <param name="Operator">指标性质 / 计算符号, when the table writes the sign in a column of its own.</param>
/// <param name="Unit">度量单位 / 计量单位, when the table writes the unit in a column of its own.</param>
public sealed record TargetSheetIndicator(
    int Row,
    string Level1,
    string Level2,
    string Name,
    string Value,
    string Weight,
    string ValueSource,
    string ScoringStandard,
    IReadOnlyDictionary<string, string> Cells,
    string Operator = "",
    string Unit = "");
