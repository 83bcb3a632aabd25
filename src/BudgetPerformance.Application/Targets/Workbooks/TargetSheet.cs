namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>
/// One 项目支出绩效目标申报表 (project performance-target declaration form): one project on one worksheet.
/// </summary>
/// <remarks>
/// Every text member holds the trimmed cell text exactly as found; nothing is parsed here (amounts stay as
/// their cell text in 万元, indicator values stay as written). Members the reader could not find are empty strings.
/// </remarks>
/// <param name="SheetName">Worksheet name. The writer sanitises it (≤31 characters, no <c>[]:*?/\</c>, unique).</param>
/// <param name="FiscalYear">Year taken from the subtitle such as “（2026年度）”, when present.</param>
/// <param name="ProjectName">项目名称.</param>
/// <param name="ProjectCode">项目编码.</param>
/// <param name="DepartmentName">主管部门.</param>
/// <param name="ImplementingUnitName">实施单位.</param>
/// <param name="ProjectProperty">项目属性, e.g. “延续 · 常年性”.</param>
/// <param name="ImplementationPeriod">项目期, e.g. “2022–2027年”.</param>
/// <param name="TotalWanYuan">年度资金总额 (万元), raw cell text.</param>
/// <param name="CurrentYearWanYuan">其中：当年财政拨款 (万元), raw cell text.</param>
/// <param name="CarryOverWanYuan">上年结转 (万元), raw cell text.</param>
/// <param name="OtherWanYuan">其他资金 (万元), raw cell text.</param>
/// <param name="OverallGoal">总体目标 / 中长期目标 text.</param>
/// <param name="AnnualGoal">年度目标 text.</param>
/// <param name="Indicators">Rows of the 绩效指标 table, in sheet order.</param>
/// <param name="Cells">
/// Field name (for example <c>"ProjectName"</c>, <c>"AnnualGoal"</c>, <c>"TotalWanYuan"</c>, <c>"FiscalYear"</c>)
/// to the cell reference (<c>"C3"</c>) the value was read from; for a label whose value cell is blank, the cell
/// next to the label. <c>"IndicatorHeader"</c> gives the 一级指标 header cell. Fields whose label is not on the
/// sheet have no entry. Ignored by the writer (may be empty).
/// </param>
/// <param name="ProjectManager">项目负责人, when the form has it.</param>
/// <param name="ExportedRevision">
/// The target's revision when the platform exported this sheet (kept in the workbook's hidden 导出信息 sheet), so an
/// import can tell that someone changed the target after the workbook was taken away. Null for sheets nobody exported.
/// </param>
public sealed record TargetSheet(
    string SheetName,
    int? FiscalYear,
    string ProjectName,
    string ProjectCode,
    string DepartmentName,
    string ImplementingUnitName,
    string ProjectProperty,
    string ImplementationPeriod,
    string TotalWanYuan,
    string CurrentYearWanYuan,
    string CarryOverWanYuan,
    string OtherWanYuan,
    string OverallGoal,
    string AnnualGoal,
    IReadOnlyList<TargetSheetIndicator> Indicators,
    IReadOnlyDictionary<string, string> Cells,
    string ProjectManager = "",
    int? ExportedRevision = null);
