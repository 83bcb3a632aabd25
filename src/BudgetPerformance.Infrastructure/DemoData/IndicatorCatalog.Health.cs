using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Indicators.IndicatorOperator;
using static BudgetPerformance.Domain.Indicators.Level1;
using static BudgetPerformance.Domain.Indicators.Level2;

namespace BudgetPerformance.Infrastructure.DemoData;

public static partial class IndicatorCatalog
{
    /// <summary>卫生健康、医疗保障行业个性指标.</summary>
    private static readonly IndicatorSeed[] Health =
    [
        // 产出 · 数量
        new(Sector.HealthCare, Output, Quantity, "居民电子健康档案建档率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "基本公共卫生 健康档案"),
        new(Sector.HealthCare, Output, Quantity, "65岁及以上老年人健康管理率", AtLeast, 62m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "基本公共卫生 老年人"),
        new(Sector.HealthCare, Output, Quantity, "家庭医生签约人数", AtLeast, 20000m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "家庭医生 签约"),
        new(Sector.HealthCare, Output, Quantity, "重点人群家庭医生签约率", AtLeast, 75m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "家庭医生 签约 基本公共卫生"),
        new(Sector.HealthCare, Output, Quantity, "计划生育奖励扶助人数", AtLeast, 3000m, "人", null, ValueSource.Plan, "应扶尽扶得满分，未达到按比例扣分", "计划生育 奖励扶助"),
        new(Sector.HealthCare, Output, Quantity, "适龄儿童免疫规划疫苗接种率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "传染病 防控 免疫 基本公共卫生"),
        new(Sector.HealthCare, Output, Quantity, "孕产妇系统管理率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "妇幼"),
        new(Sector.HealthCare, Output, Quantity, "0-6岁儿童健康管理率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "妇幼 基本公共卫生 儿童"),
        new(Sector.HealthCare, Output, Quantity, "医疗设备购置数量", AtLeast, 30m, "台", null, ValueSource.Plan, "全部到货安装得满分，每少1台扣1分", "医疗设备"),
        new(Sector.HealthCare, Output, Quantity, "村卫生室标准化建设数量", AtLeast, 20m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣1分", "村卫生室"),
        new(Sector.HealthCare, Output, Quantity, "卫生专业技术人才培养人数", AtLeast, 80m, "人", null, ValueSource.Plan, "达到目标值得满分，每少1人扣0.5分", "卫生人才 培养 能力建设"),
        new(Sector.HealthCare, Output, Quantity, "医疗救助人次", AtLeast, 5000m, "人次", null, ValueSource.Plan, "应救尽救得满分，未达到按比例扣分", "医疗救助"),
        new(Sector.HealthCare, Output, Quantity, "城乡居民医保参保人数", AtLeast, 400000m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "医保 医疗保险 参保"),
        new(Sector.HealthCare, Output, Quantity, "检查定点医药机构数", AtLeast, 100m, "家", null, ValueSource.Plan, "达到目标值得满分，每少5家扣1分", "医保 基金监管"),
        new(Sector.HealthCare, Output, Quantity, "病媒生物防制消杀面积", AtLeast, 500000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "爱国卫生 病媒"),

        // 产出 · 质量
        new(Sector.HealthCare, Output, Quality, "高血压患者规范管理率", AtLeast, 62m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "基本公共卫生 慢病"),
        new(Sector.HealthCare, Output, Quality, "2型糖尿病患者规范管理率", AtLeast, 62m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "基本公共卫生 慢病"),
        new(Sector.HealthCare, Output, Quality, "严重精神障碍患者规范管理率", AtLeast, 85m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "精神障碍 精神病"),
        new(Sector.HealthCare, Output, Quality, "基层医疗机构基本药物使用比例", AtLeast, 60m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "基本药物"),
        new(Sector.HealthCare, Output, Quality, "奖扶资金发放准确率", EqualTo, 100m, "%", null, ValueSource.Industry, "发放准确得满分，每发现1例错发扣1分", "计划生育 奖励扶助"),
        new(Sector.HealthCare, Output, Quality, "政策范围内住院费用报销比例", AtLeast, 70m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "医疗保险 医保 基金支出"),
        new(Sector.HealthCare, Output, Quality, "医保违规资金追回率", EqualTo, 100m, "%", null, ValueSource.Other, "全部追回得满分，未达到按比例扣分", "医保 基金监管"),

        // 产出 · 时效
        new(Sector.HealthCare, Output, Timeliness, "法定传染病报告及时率", AtLeast, 99m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "传染病 防控"),
        new(Sector.HealthCare, Output, Timeliness, "医保费用结算及时率", EqualTo, 100m, "%", null, ValueSource.Industry, "按时结算得满分，每降低1个百分点扣1分", "医疗保险 医保 医疗救助"),
        new(Sector.HealthCare, Output, Timeliness, "院前急救平均反应时间", AtMost, 15m, "分钟", null, ValueSource.Industry, "不超过目标值得满分，每超出1分钟扣0.5分", "急救 能力建设"),

        // 产出 · 成本
        new(Sector.HealthCare, Output, OutputCost, "奖励扶助人均年补助标准", AtMost, 1200m, "元/人", null, ValueSource.Industry, "按政策标准执行得满分，超标准发放不得分", "计划生育 奖励扶助"),
        new(Sector.HealthCare, Output, OutputCost, "单台医疗设备平均采购价", AtMost, 50m, "万元/台", null, ValueSource.Plan, "不超过预算单价得满分，每超出5%扣1分", "医疗设备"),
        new(Sector.HealthCare, Output, OutputCost, "单个村卫生室建设成本", AtMost, 30m, "万元/个", null, ValueSource.Plan, "不超过目标值得满分，每超出5%扣1分", "村卫生室"),
        new(Sector.HealthCare, Output, OutputCost, "医院建设单方造价", AtMost, 5000m, "元/平方米", null, ValueSource.Industry, "不超过概算标准得满分，每超出5%扣1分", "新院区 医院 建设"),

        // 效益
        new(Sector.HealthCare, Benefit, EconomicBenefit, "个人卫生支出占卫生总费用比例", AtMost, 27m, "%", null, ValueSource.Industry, "不超过目标值得满分，每超出1个百分点扣1分", "公立医院 医保 医疗救助"),
        new(Sector.HealthCare, Benefit, SocialBenefit, "县域内住院人次占比", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "公立医院 能力建设 医院"),
        new(Sector.HealthCare, Benefit, SocialBenefit, "婴儿死亡率", AtMost, 5m, "‰", null, ValueSource.Industry, "不超过目标值得满分，超出不得分", "妇幼"),
        new(Sector.HealthCare, Benefit, SocialBenefit, "居民健康素养水平", AtLeast, 30m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "基本公共卫生 爱国卫生 健康教育"),
        new(Sector.HealthCare, Benefit, SocialBenefit, "患者肇事肇祸案件发生数", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "精神障碍 精神病"),
        new(Sector.HealthCare, Benefit, SocialBenefit, "因病致贫返贫户数", EqualTo, 0m, "户", null, ValueSource.Other, "未发生得满分，每发生1户扣2分", "医疗救助 医保"),
        new(Sector.HealthCare, Benefit, EcologicalBenefit, "医疗废物规范处置率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部规范处置得满分，每降低1个百分点扣1分", "医院 卫生院 医疗"),
        new(Sector.HealthCare, Benefit, EcologicalBenefit, "病媒生物密度控制达标率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "爱国卫生 病媒"),
        new(Sector.HealthCare, Benefit, Sustainability, "基层医疗服务能力", Qualitative, null, null, "持续提升", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "能力建设 卫生院 村卫生室 卫生人才"),
        new(Sector.HealthCare, Benefit, Sustainability, "医保基金累计结余可支付月数", AtLeast, 6m, "个月", null, ValueSource.Industry, "达到目标值得满分，低于目标值不得分", "医疗保险 基金支出"),

        // 满意度
        new(Sector.HealthCare, Satisfaction, ServiceSatisfaction, "患者满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "医院 公立医院 医疗"),
        new(Sector.HealthCare, Satisfaction, ServiceSatisfaction, "签约居民满意度", AtLeast, 85m, "%", null, ValueSource.Industry, "满意度≥85%得满分，每降低1个百分点扣0.5分", "家庭医生 签约"),
        new(Sector.HealthCare, Satisfaction, ServiceSatisfaction, "参保群众满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "医保 医疗保险 医疗救助"),
    ];
}
