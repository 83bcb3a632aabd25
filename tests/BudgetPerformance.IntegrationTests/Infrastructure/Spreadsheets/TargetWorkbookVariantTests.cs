using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using Xunit;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>Forms laid out the way real, hand-edited files are.</summary>
public sealed class TargetWorkbookVariantTests
{
    [Fact]
    public void Shifted_spaced_merged_variant_reads_correctly()
    {
        var result = TargetWorkbookReader.Read(VariantWorkbook());

        Assert.Empty(result.Errors);
        var sheet = Assert.Single(result.Sheets);  // the instructions sheet is skipped silently
        Assert.Equal("营养餐", sheet.SheetName);
        Assert.Equal(2026, sheet.FiscalYear);
        Assert.Equal("学生营养改善计划", sheet.ProjectName);
        Assert.Equal("E5", sheet.Cells["ProjectName"]);
        Assert.Equal("2026110000123", sheet.ProjectCode);
        Assert.Equal("市教育局", sheet.DepartmentName);
        Assert.Equal("市第一中学", sheet.ImplementingUnitName);
        Assert.Equal("延续 · 常年性", sheet.ProjectProperty);
        Assert.Equal("2022–2027年", sheet.ImplementationPeriod);
        Assert.Equal(("120.5", "100", "0.3", "20"), (sheet.TotalWanYuan, sheet.CurrentYearWanYuan, sheet.CarryOverWanYuan, sheet.OtherWanYuan));
        Assert.Equal("D9", sheet.Cells["TotalWanYuan"]);
        Assert.Equal("长期改善学生营养状况。\n第二行", sheet.OverallGoal);
        Assert.Equal("全年供餐200天。", sheet.AnnualGoal);
        Assert.Equal("G15", sheet.Cells["AnnualGoal"]);

        Assert.Equal(
            [
                (17, "产出指标", "数量指标", "受益学生人数", "≥12000人", "20", "", "达到目标值得满分"),
                (18, "产出指标", "数量指标", "供餐天数", "200", "10", "", "按比例得分"),
                (19, "产出指标", "质量指标", "食品安全事故", "0起", "20", "", "发生即不得分"),
                (20, "产出指标", "质量指标", "抽检合格率", "98%", "10", "", "未达到不得分"),
                (21, "效益指标", "社会效益指标", "学生营养状况", "明显改善", "20", "", "定性评价"),
                (22, "效益指标", "社会效益指标", "学生体质合格率提升", "≥2个百分点", "10", "", "按比例得分"),
                (24, "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "10", "", "每低1个百分点扣1分"),
            ],
            sheet.Indicators.Select(i => (i.Row, i.Level1, i.Level2, i.Name, i.Value, i.Weight, i.ValueSource, i.ScoringStandard)));

        var filled = sheet.Indicators[3];  // blank 二级指标 on row 20, filled from row 19
        Assert.Equal("C17", filled.Cells["Level1"]);
        Assert.Equal("D19", filled.Cells["Level2"]);
        Assert.False(filled.Cells.ContainsKey("ValueSource"));
    }

    [Fact]
    public void Compact_variant_without_label_column_reads_correctly()
    {
        var workbook = new HandBuiltWorkbook();
        workbook.AddSheet("道路")
            .Text("A1", "2026年度项目支出绩效目标申报表")
            .Text("A2", "项目名称：乡村道路硬化")
            .Text("A3", "主管部门：").Text("C3", "交通运输局")
            .Text("A4", "实施单位").Text("B4", "  县公路段  ")
            .Text("A6", "一级指标").Text("B6", "二级指标").Text("C6", "三级指标").Text("D6", "指标值")
            .Text("E6", "分值（分）").Text("F6", "值来源").Text("G6", "评分标准")
            .Text("A7", "产出指标").Text("B7", "数量指标").Text("C7", "新建道路里程").Text("D7", "≥15公里").Number("E7", "60")
            .Text("F7", "验收报告").Text("G7", "完成得满分")
            .Text("C8", "路面合格率").Text("D8", "100%").Number("E8", "40")
            .Text("A9", "合计").Number("E9", "100")
            .Text("A10", "满意度指标").Text("B10", "服务对象满意度指标").Text("C10", "群众满意度").Text("D10", "≥95%")
            .Text("A13", "填表人：张三");

        var result = TargetWorkbookReader.Read(workbook.ToStream());

        Assert.Empty(result.Errors);
        var sheet = Assert.Single(result.Sheets);
        Assert.Equal(2026, sheet.FiscalYear);
        Assert.Equal("乡村道路硬化", sheet.ProjectName);
        Assert.Equal("A2", sheet.Cells["ProjectName"]);
        Assert.Equal("交通运输局", sheet.DepartmentName);
        Assert.Equal("县公路段", sheet.ImplementingUnitName);
        Assert.Equal("", sheet.ProjectCode);
        Assert.False(sheet.Cells.ContainsKey("ProjectCode"));
        Assert.Equal(
            [
                ("产出指标", "数量指标", "新建道路里程", "60", "验收报告"),
                ("产出指标", "数量指标", "路面合格率", "40", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "", ""),
            ],
            sheet.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight, i.ValueSource)));
    }

    [Fact]
    public void Table_stops_at_a_second_header_and_reads_label_values_on_their_own_row()
    {
        var workbook = new HandBuiltWorkbook();
        workbook.AddSheet("两表")
            .Text("A1", "项目支出绩效目标申报表").Merge("A1:E1")
            .Text("A2", "项目名称").Text("B2", "图书馆数字化").Merge("B2:E3")
            .Text("A3", "项目编码")
            .Text("A4", "年度目标：完成10万册古籍数字化。")
            .Text("A5", "一级指标").Text("B5", "二级指标").Text("C5", "三级指标").Text("D5", "指标值").Text("E5", "权重（%）")
            .Text("A6", "产出指标").Text("B6", "数量指标").Text("C6", "数字化册数").Text("D6", "≥10万册").Number("E6", "0.6", HandBuiltWorkbook.PercentStyle)
            .Text("A7", "一级指标").Text("B7", "二级指标").Text("C7", "三级指标").Text("D7", "指标值")
            .Text("A8", "产出指标").Text("B8", "数量指标").Text("C8", "长期目标册数").Text("D8", "≥50万册");

        var sheet = Assert.Single(TargetWorkbookReader.Read(workbook.ToStream()).Sheets);

        Assert.Equal("图书馆数字化", sheet.ProjectName);
        Assert.Equal("", sheet.ProjectCode);          // B3 only continues the merged name from above
        Assert.Equal("完成10万册古籍数字化。", sheet.AnnualGoal);
        Assert.Null(sheet.FiscalYear);
        var indicator = Assert.Single(sheet.Indicators);
        Assert.Equal(("数字化册数", "60%"), (indicator.Name, indicator.Weight));
    }

    /// <summary>
    /// The form shifted one column right and down, spaced labels, a 绩效指标 label column, “权重” and
    /// “评分规则” headers, no 指标值来源 column, numbers in numeric cells, merged cells everywhere, an
    /// instructions sheet first and a trailing “注：” row.
    /// </summary>
    private static MemoryStream VariantWorkbook()
    {
        var workbook = new HandBuiltWorkbook();
        workbook.AddSheet("填报说明")
            .Text("A1", "项目支出绩效目标申报表填报说明")
            .Text("A2", "一、本表适用于预算部门申请项目支出预算时填报《项目支出绩效目标申报表》。")
            .Text("A3", "二、一级指标、二级指标、三级指标、指标值均须填写。");

        workbook.AddSheet("营养餐")
            .Text("B2", "项 目 支 出 绩 效 目 标 申 报 表").Merge("B2:I2")
            .Inline("B3", "（ 2026 年度 ）").Merge("B3:G3").Text("H3", "单位：万元")
            .Text("B5", "项 目 名 称").Merge("B5:C5").Text("E5", "学生营养改善计划").Merge("E5:I5")
            .Text("B6", "项目编码：").Number("C6", "2026110000123")
            .Text("B7", "主管部门").Text("C7", "市教育局").Text("E7", "实施单位\u3000").Text("F7", "市第一中学")
            .Text("B8", "项\u3000目\u3000属\u3000性").Text("C8", "延续 · 常年性").Text("E8", "项 目 期").Text("F8", "2022–2027年")
            .Text("B9", "项目资金（万元）").Merge("B9:B12")
            .Text("C9", "年度资金总额").Number("D9", "120.5")
            .Text("C10", "其中：当年财政拨款").Number("D10", "100")
            .Text("C11", "上年结转").Number("D11", "0.30000000000000004")
            .Text("C12", "其他资金").Number("D12", "2E1")
            .Text("B14", "总体目标").Merge("B14:B15")
            .Text("C14", "中长期目标").Merge("C14:F14").Text("G14", "年度目标").Merge("G14:I14")
            .Inline("C15", "长期改善学生营养状况。_x000D_\n第二行").Merge("C15:F15")
            .Inline("G15", "全年供餐200天。").Merge("G15:I15")
            .Text("B16", "绩效指标").Merge("B16:B24")
            .Text("C16", "一级指标").Text("D16", "二级指标").Text("E16", "三级指标").Text("F16", "指标值")
            .Text("G16", "权重").Text("H16", "评分规则")
            .Text("C17", "产出指标").Merge("C17:C20")
            .Text("D17", "数量指标").Merge("D17:D18")
            .Text("E17", "受益学生人数").Text("F17", "≥12000人").Number("G17", "20").Text("H17", "达到目标值得满分")
            .Text("E18", "供餐天数").Number("F18", "200").Number("G18", "10").Text("H18", "按比例得分")
            .Text("D19", "质量指标").Text("E19", "食品安全事故").Text("F19", "0起").Number("G19", "20").Text("H19", "发生即不得分")
            .Text("E20", "抽检合格率").Number("F20", "0.98", HandBuiltWorkbook.PercentStyle).Number("G20", "10").Text("H20", "未达到不得分")
            .Text("C21", "效益指标").Text("D21", "社会效益指标").Text("E21", "学生营养状况").Text("F21", "明显改善").Number("G21", "20").Text("H21", "定性评价")
            .Text("E22", "学生体质合格率提升").Text("F22", "≥2个百分点").Number("G22", "10").Text("H22", "按比例得分")
            .Text("C23", "效益指标").Text("D23", "可持续影响指标")  // template row left unfilled
            .Text("C24", "满意度指标").Text("D24", "服务对象满意度指标").Text("E24", "家长满意度").Text("F24", "≥90%").Number("G24", "10").Text("H24", "每低1个百分点扣1分")
            .Text("C25", "注：本表金额单位为万元。").Merge("C25:I25")
            .Text("C26", "填表人：李四").Text("E26", "不是指标");
        return workbook.ToStream();
    }
}
