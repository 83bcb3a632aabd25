using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>Realistic projects for writer/reader tests.</summary>
internal static class SampleSheets
{
    private static readonly Dictionary<string, string> NoCells = [];

    public static TargetSheet Nutrition() => new(
        "学生营养改善计划",
        2026,
        "农村义务教育学生营养改善计划",
        "2026110000123",
        "市教育局",
        "市学生资助管理中心",
        "延续 · 常年性",
        "2022–2027年",
        "1200.5",
        "1000",
        "150.5",
        "50",
        "持续改善农村义务教育学生营养状况，提高学生健康水平。\n到2027年，学生营养不良率下降到3%以下。",
        "为全市约12000名学生提供营养膳食补助，全年供餐200天，食品安全事故为零。",
        [
            Indicator("产出指标", "数量指标", "受益学生人数", "≥12000人", "20", "学籍系统统计", "达到目标值得满分，每少1%扣1分"),
            Indicator("产出指标", "数量指标", "供餐天数", "≥200天", "10", "供餐台账", "达到得满分，否则按比例得分"),
            Indicator("产出指标", "质量指标", "食品安全事故发生次数", "0起", "20", "市场监管部门通报", "发生1起不得分"),
            Indicator("产出指标", "时效指标", "资金拨付及时率", "100%", "10", "国库支付系统", "按时拨付得满分"),
            Indicator("效益指标", "社会效益指标", "学生营养不良率", "≤3%", "20", "体检报告", "达到得满分"),
            Indicator("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "20", "问卷调查", "每低1个百分点扣2分"),
        ],
        NoCells);

    public static TargetSheet Roads() => new(
        "乡村道路硬化",
        2026,
        "乡村道路硬化工程（二期）",
        "2026110000456",
        "市交通运输局",
        "市公路事业发展中心",
        "新增 · 一次性",
        "2026年",
        "3500",
        "3000",
        "0",
        "500",
        "建成通达所有行政村的硬化道路网络。",
        "完成15公里乡村道路硬化，工程验收合格率100%。",
        [
            Indicator("产出指标", "数量指标", "新建硬化道路里程", "≥15公里", "30", "竣工验收报告", "完成得满分"),
            Indicator("产出指标", "质量指标", "工程验收合格率", "100%", "20", "验收报告", "未达到不得分"),
            Indicator("成本指标", "经济成本指标", "每公里建设成本", "≤200万元", "12.5", "决算报告", "超出不得分"),
            Indicator("效益指标", "社会效益指标", "沿线群众出行时间缩短", "≥20%", "17.5", "抽样调查", "按比例得分"),
            Indicator("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥95%", "20", "问卷调查", "每低1个百分点扣1分"),
        ],
        NoCells);

    public static TargetSheet Elderly() => new(
        "居家养老服务",
        null,
        "居家养老上门服务补贴",
        "",
        "市民政局",
        "各区民政局",
        "延续 · 常年性",
        "2024–2026年",
        "860",
        "860",
        "",
        "",
        "",
        "为失能、半失能老人提供上门服务。",
        [
            Indicator("产出指标", "数量指标", "服务老人人数", "≥5000人", "40", "", ""),
            Indicator("效益指标", "社会效益指标", "老人生活质量改善情况", "明显改善", "40", "", ""),
            Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "20", "", ""),
        ],
        NoCells);

    /// <summary>A project with <paramref name="count"/> indicators, for volume tests.</summary>
    public static TargetSheet Generated(int number, int count)
    {
        string[] level1 = ["产出指标", "效益指标", "满意度指标"];
        string[] level2 = ["数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"];
        var indicators = Enumerable.Range(0, count)
            .Select(i => Indicator(
                level1[i * level1.Length / count],
                level2[i * level2.Length / count],
                $"第{number}号项目指标{i + 1}",
                $"≥{90 + (i % 10)}%",
                "4",
                "统计报表",
                "达到目标值得满分，未达到按比例得分"))
            .ToList();
        return new TargetSheet(
            $"项目{number:D4}", 2026, $"项目{number:D4}：城乡公共服务提升", $"2026{number:D8}", "市财政局", "市公共服务中心",
            "延续 · 常年性", "2022–2027年", "1000", "800", "100", "100",
            "中长期目标说明。", "年度目标说明。", indicators, NoCells);
    }

    private static TargetSheetIndicator Indicator(
        string level1, string level2, string name, string value, string weight, string source, string standard) =>
        new(0, level1, level2, name, value, weight, source, standard, NoCells);
}
