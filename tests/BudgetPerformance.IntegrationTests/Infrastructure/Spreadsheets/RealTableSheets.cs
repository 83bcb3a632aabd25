using BudgetPerformance.IntegrationTests.Targets;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>
/// 申报表 laid out the way units really write them, for the import tests and the browser journey: split 指标性质 and
/// 计量单位 columns, remarks and weight ranges in level names, no 分值, words for operators, bare values, dates, merged
/// cells, an extra 指标值来源 column.
/// </summary>
public static class RealTableSheets
{
    /// <summary>
    /// A county's layout: the sign and the unit in columns of their own, level names with remarks, no weights, a
    /// 指标值来源 column, the level-1 and level-2 cells merged down their rows. <paramref name="badValue"/> replaces the
    /// 巩固率 value.
    /// </summary>
    public static HandBuiltSheet SplitColumns(HandBuiltWorkbook book, string sheetName, string code, string name, string unit, int year = 2026, string badValue = "97") =>
        book.AddSheet(sheetName)
            .Text("A1", $"{year}年度项目支出绩效目标申报表").Merge("A1:H1")
            .Text("A2", "项目名称").Text("B2", name).Merge("B2:D2").Text("E2", "项目编码").Text("F2", code)
            .Text("A3", "主管部门").Text("B3", "教育体育局").Merge("B3:D3").Text("E3", "实施单位").Text("F3", unit)
            .Text("A4", "项目资金（万元）").Merge("A4:A6")
            .Text("B4", "年度资金总额").Number("C4", "120")
            .Text("B5", "其中：财政拨款").Number("C5", "100")
            .Text("B6", "其他资金").Number("C6", "20")
            .Text("A7", "年度目标").Text("B7", TargetApi.AnnualGoal).Merge("B7:H7")
            .Text("A8", "一级指标").Text("B8", "二级指标").Text("C8", "三级指标（具体指标名称）").Text("D8", "指标性质")
            .Text("E8", "指标值（必填）").Text("F8", "计量单位").Text("G8", "指标值来源").Text("H8", "备注")
            .Text("A9", "产出指标").Merge("A9:A13")
            .Text("B9", "数量指标（必填）").Merge("B9:B10")
            .Text("C9", "受益学生人数").Text("D9", "≥").Number("E9", "1200").Text("F9", "人").Text("G9", "计划标准")
            .Text("C10", "供餐天数").Text("D10", "不少于").Number("E10", "200").Text("F10", "天").Text("G10", "计划标准")
            .Text("B11", "质量指标(20分)").Text("C11", "食品安全事故发生次数").Text("D11", "=").Number("E11", "0").Text("F11", "起")
            .Text("B12", "时效指标").Text("C12", "资金拨付及时率").Number("E12", "100").Text("F12", "%").Text("G12", "行业标准")
            .Text("B13", "进度指标").Text("C13", "补助发放完成时间").Text("E13", $"{year}年12月31日前")
            .Text("A14", "效益指标（20-30分）").Merge("A14:A15")
            .Text("B14", "社会效益指标").Text("C14", "九年义务教育巩固率").Text("D14", "不低于").Text("E14", badValue).Text("F14", "%").Text("G14", "历史标准")
            .Text("B15", "可持续影响指标").Text("C15", "营养改善长效机制").Text("E15", "持续有效")
            .Text("A16", "满意度指标").Text("B16", "满意度指标").Text("C16", "学生及家长满意度").Text("D16", "≥").Number("E16", "90").Text("F16", "％")
            .Text("A18", "填表人：刘敏");

    /// <summary>
    /// Another county's layout: value and unit together, words for operators, a bare value, a month as a 时效 value,
    /// “分值（分）” with weights on some rows only, level names as project-flavoured variants.
    /// </summary>
    public static void Words(HandBuiltWorkbook book, string sheetName, string code, string name)
    {
        book.AddSheet(sheetName)
            .Text("B2", "项目支出绩效目标表").Merge("B2:H2")
            .Inline("B3", "（2026年度）")
            .Text("B4", "项目名称").Text("C4", name).Text("E4", "项目编码").Number("F4", code)
            .Text("B5", "年度绩效目标").Text("C5", "为全校学生提供课后服务，服务质量稳步提升。").Merge("C5:H5")
            .Text("B6", "一级指标").Text("C6", "二级指标").Text("D6", "三级指标").Text("E6", "指标值").Text("F6", "分值（分）").Text("G6", "评分标准")
            .Text("B7", "项目实施指标").Text("C7", "数量类").Text("D7", "参与课后服务学生人数").Text("E7", "350人以上").Number("F7", "30").Text("G7", "按完成比例得分")
            .Text("C8", "质量情况").Text("D8", "课后服务覆盖率").Text("E8", "100%").Number("F8", "20")
            .Text("C9", "时效指标").Text("D9", "服务方案印发时间").Text("E9", "2026年3月")
            .Text("C10", "成本指标").Text("D10", "生均服务成本").Text("E10", "不超过4800元/人")
            .Text("B11", "项目成效指标").Text("C11", "社会效益").Text("D11", "学生综合素质").Text("E11", "逐步提高").Number("F11", "20")
            .Text("B12", "满意度").Text("C12", "服务对象满意度指标").Text("D12", "家长满意度").Text("E12", "≧90％").Number("F12", "10");
    }
}
