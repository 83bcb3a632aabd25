using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Indicators.IndicatorOperator;
using static BudgetPerformance.Domain.Indicators.Level1;
using static BudgetPerformance.Domain.Indicators.Level2;

namespace BudgetPerformance.Infrastructure.DemoData;

public static partial class IndicatorCatalog
{
    /// <summary>社会保障和就业（人社、民政、退役军人、残联）个性指标.</summary>
    private static readonly IndicatorSeed[] Social =
    [
        // 产出 · 数量
        new(Sector.SocialSecurity, Output, Quantity, "保障对象人数", AtLeast, 8000m, "人", null, ValueSource.Plan, "应保尽保、达到目标值得满分，未达到按比例扣分", "最低生活保障 低保"),
        new(Sector.SocialSecurity, Output, Quantity, "特困人员救助供养人数", AtLeast, 1500m, "人", null, ValueSource.Plan, "应养尽养得满分，未达到按比例扣分", "特困 供养 敬老院"),
        new(Sector.SocialSecurity, Output, Quantity, "临时救助人次", AtLeast, 2000m, "人次", null, ValueSource.Historical, "达到目标值得满分，未达到按比例扣分", "临时救助"),
        new(Sector.SocialSecurity, Output, Quantity, "孤儿基本生活保障人数", AtLeast, 100m, "人", null, ValueSource.Plan, "应保尽保得满分，每少1人扣1分", "孤儿"),
        new(Sector.SocialSecurity, Output, Quantity, "残疾人两项补贴发放人数", AtLeast, 6000m, "人", null, ValueSource.Plan, "应补尽补得满分，未达到按比例扣分", "残疾人 生活补贴 护理补贴"),
        new(Sector.SocialSecurity, Output, Quantity, "新增养老服务床位数", AtLeast, 200m, "张", null, ValueSource.Plan, "达到目标值得满分，每少10张扣1分", "养老服务 养老机构"),
        new(Sector.SocialSecurity, Output, Quantity, "居家养老服务人次", AtLeast, 20000m, "人次", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "居家 社区养老"),
        new(Sector.SocialSecurity, Output, Quantity, "惠民殡葬补贴人数", AtLeast, 2500m, "人", null, ValueSource.Historical, "达到目标值得满分，未达到按比例扣分", "殡葬"),
        new(Sector.SocialSecurity, Output, Quantity, "优抚对象抚恤补助人数", AtLeast, 3000m, "人", null, ValueSource.Plan, "应发尽发得满分，未达到按比例扣分", "优抚 抚恤"),
        new(Sector.SocialSecurity, Output, Quantity, "退役士兵安置人数", AtLeast, 100m, "人", null, ValueSource.Plan, "全部安置得满分，每少1人扣1分", "退役士兵 安置"),
        new(Sector.SocialSecurity, Output, Quantity, "城镇新增就业人数", AtLeast, 3000m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "就业 创业"),
        new(Sector.SocialSecurity, Output, Quantity, "职业技能培训人次", AtLeast, 5000m, "人次", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "职业技能 就业培训 技能提升"),
        new(Sector.SocialSecurity, Output, Quantity, "新发放创业担保贷款金额", AtLeast, 5000m, "万元", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "创业担保贷款 贴息"),
        new(Sector.SocialSecurity, Output, Quantity, "城乡居民养老保险参保人数", AtLeast, 300000m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "养老保险 基础养老金"),
        new(Sector.SocialSecurity, Output, Quantity, "残疾人康复救助人数", AtLeast, 500m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "残疾人康复 康复救助"),
        new(Sector.SocialSecurity, Output, Quantity, "困难残疾人家庭无障碍改造户数", AtLeast, 150m, "户", null, ValueSource.Plan, "达到目标值得满分，每少5户扣1分", "无障碍"),
        new(Sector.SocialSecurity, Output, Quantity, "托养服务残疾人数", AtLeast, 100m, "人", null, ValueSource.Plan, "达到目标值得满分，每少5人扣1分", "托养"),
        new(Sector.SocialSecurity, Output, Quantity, "引进各类人才人数", AtLeast, 100m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "人才引进 安居"),
        new(Sector.SocialSecurity, Output, Quantity, "烈士纪念设施维护数量", AtLeast, 10m, "处", null, ValueSource.Plan, "达到目标值得满分，每少1处扣1分", "烈士纪念"),

        // 产出 · 质量
        new(Sector.SocialSecurity, Output, Quality, "资金发放准确率", EqualTo, 100m, "%", null, ValueSource.Industry, "发放准确得满分，每发现1例错发扣1分", "最低生活保障 低保 救助 补贴 抚恤"),
        new(Sector.SocialSecurity, Output, Quality, "救助对象认定准确率", AtLeast, 98m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "救助 低保 特困 最低生活保障"),
        new(Sector.SocialSecurity, Output, Quality, "职业技能培训取证率", AtLeast, 70m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "职业技能 就业培训"),
        new(Sector.SocialSecurity, Output, Quality, "欠薪案件结案率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "欠薪 劳动保障监察"),
        new(Sector.SocialSecurity, Output, Quality, "养老机构安全责任事故数", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "养老 敬老院 社会福利"),

        // 产出 · 时效
        new(Sector.SocialSecurity, Output, Timeliness, "养老金按时足额发放率", EqualTo, 100m, "%", null, ValueSource.Industry, "按月足额发放得满分，出现延迟不得分", "养老保险 基础养老金 基金支出"),
        new(Sector.SocialSecurity, Output, Timeliness, "救助资金发放及时率", EqualTo, 100m, "%", null, ValueSource.Industry, "按月及时发放得满分，每延迟1个月扣1分", "救助 低保 特困 孤儿 补贴"),
        new(Sector.SocialSecurity, Output, Timeliness, "社保待遇审核办结时限", AtMost, 15m, "个工作日", null, ValueSource.Industry, "不超过目标值得满分，每超出1个工作日扣0.5分", "失业保险 工伤保险 养老保险"),

        // 产出 · 成本
        new(Sector.SocialSecurity, Output, OutputCost, "职业技能培训人均补贴", AtMost, 1800m, "元/人", null, ValueSource.Industry, "不超过补贴标准得满分，超出不得分", "职业技能 就业培训"),
        new(Sector.SocialSecurity, Output, OutputCost, "无障碍改造户均补助", AtMost, 5000m, "元/户", null, ValueSource.Plan, "不超过补助标准得满分，超出不得分", "无障碍"),
        new(Sector.SocialSecurity, Output, OutputCost, "新增养老床位建设成本", AtMost, 8m, "万元/张", null, ValueSource.Industry, "不超过目标值得满分，每超出5%扣1分", "养老服务 养老机构"),
        new(Sector.SocialSecurity, Output, OutputCost, "惠民殡葬人均补贴标准", AtMost, 1500m, "元/人", null, ValueSource.Industry, "按政策标准执行得满分，超标准发放不得分", "殡葬"),

        // 效益
        new(Sector.SocialSecurity, Benefit, EconomicBenefit, "创业带动就业人数", AtLeast, 1000m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "创业担保贷款 创业 就业"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "困难群众基本生活保障", Qualitative, null, null, "有效保障", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "救助 低保 特困 最低生活保障"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "低保应保尽保率", EqualTo, 100m, "%", null, ValueSource.Industry, "应保尽保得满分，每发现1户漏保扣1分", "最低生活保障 低保"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "城镇调查失业率", AtMost, 5.5m, "%", null, ValueSource.Plan, "控制在目标值以内得满分，超出不得分", "就业 失业保险"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "零就业家庭动态清零率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部清零得满分，每有1户未清零扣1分", "就业"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "城乡居民养老保险参保率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "养老保险 基础养老金"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "残疾人基本康复服务覆盖率", AtLeast, 85m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "残疾人康复 康复救助 托养"),
        new(Sector.SocialSecurity, Benefit, SocialBenefit, "退役军人安置政策落实率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部落实得满分，每有1人未落实扣1分", "退役士兵 安置 退役军人"),
        new(Sector.SocialSecurity, Benefit, Sustainability, "养老保险基金可支付月数", AtLeast, 12m, "个月", null, ValueSource.Industry, "达到目标值得满分，低于目标值不得分", "养老保险 基金支出"),
        new(Sector.SocialSecurity, Benefit, Sustainability, "养老服务体系完善程度", Qualitative, null, null, "逐步健全", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "养老服务 居家 社区养老"),

        // 满意度
        new(Sector.SocialSecurity, Satisfaction, ServiceSatisfaction, "救助对象满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "救助 低保 特困 孤儿"),
        new(Sector.SocialSecurity, Satisfaction, ServiceSatisfaction, "优抚对象满意度", AtLeast, 95m, "%", null, ValueSource.Other, "满意度≥95%得满分，每降低1个百分点扣0.5分", "优抚 抚恤 退役军人"),
        new(Sector.SocialSecurity, Satisfaction, ServiceSatisfaction, "服务老人满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "养老服务 居家 社区养老 敬老院"),
    ];
}
