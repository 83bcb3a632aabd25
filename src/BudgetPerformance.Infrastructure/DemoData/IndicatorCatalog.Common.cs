using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Indicators.IndicatorOperator;
using static BudgetPerformance.Domain.Indicators.Level1;
using static BudgetPerformance.Domain.Indicators.Level2;

namespace BudgetPerformance.Infrastructure.DemoData;

public static partial class IndicatorCatalog
{
    /// <summary>共性指标: usable by any project of any sector.</summary>
    private static readonly IndicatorSeed[] Common =
    [
        // 产出 · 数量
        new(null, Output, Quantity, "培训人次", AtLeast, 200m, "人次", null, ValueSource.Plan, "达到目标值得满分，每少5%扣1分", "培训 教育培训 业务培训"),
        new(null, Output, Quantity, "举办培训班次数", AtLeast, 4m, "次", null, ValueSource.Plan, "达到目标值得满分，每少1次扣1分", "培训 业务培训 会议"),
        new(null, Output, Quantity, "采购设备数量", AtLeast, 50m, "台", null, ValueSource.Plan, "按采购合同全部到货得满分，每少5%扣1分", "购置 设备 装备 采购"),
        new(null, Output, Quantity, "政府购买服务岗位人数", AtLeast, 20m, "人", null, ValueSource.Plan, "达到目标值得满分，每少1人扣0.5分", "政府购买服务 岗位"),
        new(null, Output, Quantity, "督查检查次数", AtLeast, 12m, "次", null, ValueSource.Plan, "达到目标值得满分，每少1次扣0.5分", "督查 检查 调研 监管"),
        new(null, Output, Quantity, "宣传活动场次", AtLeast, 10m, "场", null, ValueSource.Plan, "达到目标值得满分，每少1场扣0.5分", "宣传 普法 科普 活动"),
        new(null, Output, Quantity, "档案整理数量", AtLeast, 10000m, "件", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "档案 数字化"),
        new(null, Output, Quantity, "调研报告数量", AtLeast, 5m, "篇", null, ValueSource.Plan, "达到目标值得满分，每少1篇扣1分", "调研 督查 研究"),
        new(null, Output, Quantity, "保障在职人员数", AtLeast, 50m, "人", null, ValueSource.Plan, "保障全部在职人员正常履职得满分，未达到按比例扣分", "机关运行 综合业务 运转 保障"),
        new(null, Output, Quantity, "运维信息系统数量", AtLeast, 5m, "套", null, ValueSource.Plan, "全部纳入运维得满分，每少1套扣1分", "信息化 系统 运维 平台"),
        new(null, Output, Quantity, "宣传报道篇数", AtLeast, 30m, "篇", null, ValueSource.Plan, "达到目标值得满分，每少5篇扣0.5分", "宣传 精神文明 党建"),
        new(null, Output, Quantity, "开展专项工作次数", AtLeast, 6m, "次", null, ValueSource.Plan, "达到目标值得满分，每少1次扣1分", "专项 工作经费"),

        // 产出 · 质量
        new(null, Output, Quality, "项目验收合格率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部验收合格得满分，每降低1个百分点扣1分", "建设 工程 改造 购置"),
        new(null, Output, Quality, "资金支付合规率", EqualTo, 100m, "%", null, ValueSource.Other, "全部合规得满分，发现1笔违规支付扣2分", null),
        new(null, Output, Quality, "政府采购执行率", EqualTo, 100m, "%", null, ValueSource.Other, "应采尽采得满分，每降低1个百分点扣1分", "采购 购置 政府购买服务"),
        new(null, Output, Quality, "信息系统正常运行率", AtLeast, 99m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "信息化 系统 运维 平台 热线"),
        new(null, Output, Quality, "档案资料完整率", AtLeast, 98m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "档案 数字化"),
        new(null, Output, Quality, "培训考核合格率", AtLeast, 95m, "%", null, ValueSource.Historical, "达到目标值得满分，每降低1个百分点扣0.5分", "培训"),
        new(null, Output, Quality, "设备验收合格率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部验收合格得满分，每有1台不合格扣1分", "购置 设备 装备"),
        new(null, Output, Quality, "制度建设完善程度", Qualitative, null, null, "健全完善", ValueSource.Other, "制度健全并有效执行得满分，部分达成得50%，未达成不得分", null),
        new(null, Output, Quality, "资金使用合规性", Qualitative, null, null, "专款专用，无截留、挤占、挪用", ValueSource.Other, "资金使用合规得满分，发现违规问题不得分", null),
        new(null, Output, Quality, "审计及监督检查问题整改率", EqualTo, 100m, "%", null, ValueSource.Other, "全部整改到位得满分，每有1个问题未整改扣1分", null),
        new(null, Output, Quality, "服务人员到岗率", AtLeast, 98m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣0.5分", "政府购买服务 岗位 物业"),

        // 产出 · 时效
        new(null, Output, Timeliness, "项目完成及时率", AtLeast, 95m, "%", null, ValueSource.Plan, "按计划完成得满分，每降低1个百分点扣0.5分", null),
        new(null, Output, Timeliness, "资金拨付及时率", EqualTo, 100m, "%", null, ValueSource.Other, "按规定时限拨付得满分，每延迟1个月扣1分", null),
        new(null, Output, Timeliness, "项目完成时间", OtherQuantitative, null, null, "当年12月31日前完成全部建设（工作）任务", ValueSource.Plan, "按时完成得满分，每延迟1个月扣1分", null),
        new(null, Output, Timeliness, "系统故障响应时间", AtMost, 2m, "小时", null, ValueSource.Industry, "不超过目标值得满分，每超过1小时扣0.5分", "信息化 系统 运维 平台"),
        new(null, Output, Timeliness, "政府采购完成时限", AtMost, 6m, "个月", null, ValueSource.Plan, "在时限内完成采购得满分，每延迟1个月扣1分", "采购 购置"),
        new(null, Output, Timeliness, "问题整改完成时限", AtMost, 30m, "天", null, ValueSource.Plan, "在时限内完成整改得满分，每延迟5天扣0.5分", "督查 整改 检查"),

        // 产出 · 成本
        new(null, Output, OutputCost, "人均培训成本", AtMost, 800m, "元/人", null, ValueSource.Industry, "不超过标准得满分，每超出5%扣1分", "培训 业务培训"),
        new(null, Output, OutputCost, "项目总成本控制数", AtMost, 100m, "万元", null, ValueSource.Plan, "控制在批复预算内得满分，超出不得分", null),
        new(null, Output, OutputCost, "设备平均采购单价", AtMost, 0.8m, "万元/台", null, ValueSource.Industry, "不超过资产配置标准得满分，每超出5%扣1分", "购置 设备 办公设备"),
        new(null, Output, OutputCost, "购买服务岗位人均年成本", AtMost, 6m, "万元/人", null, ValueSource.Plan, "不超过合同标准得满分，每超出5%扣1分", "政府购买服务 岗位"),
        new(null, Output, OutputCost, "信息系统年运维费用", AtMost, 60m, "万元", null, ValueSource.Plan, "不超过合同金额得满分，超出不得分", "信息化 系统 运维"),
        new(null, Output, OutputCost, "会议费人均日标准", AtMost, 450m, "元/人天", null, ValueSource.Industry, "不超过会议费管理办法标准得满分，超出不得分", "会议 培训"),

        // 效益
        new(null, Benefit, EconomicBenefit, "行政运行成本节约情况", Qualitative, null, null, "有效降低", ValueSource.Other, "成本较上年有效降低得满分，持平得50%，上升不得分", "机关运行 综合业务"),
        new(null, Benefit, SocialBenefit, "工作效率提升情况", Qualitative, null, null, "明显提升", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "信息化 系统 机关运行"),
        new(null, Benefit, SocialBenefit, "公共服务水平", Qualitative, null, null, "有效提升", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", null),
        new(null, Benefit, SocialBenefit, "政策知晓率", AtLeast, 90m, "%", null, ValueSource.Historical, "达到目标值得满分，每降低1个百分点扣0.5分", "宣传 补助 补贴"),
        new(null, Benefit, SocialBenefit, "重大负面舆情发生次数", EqualTo, 0m, "起", null, ValueSource.Other, "未发生得满分，发生1起不得分", null),
        new(null, Benefit, EcologicalBenefit, "对生态环境的影响", Qualitative, null, null, "无负面影响", ValueSource.Other, "无负面影响得满分，出现不良影响不得分", "建设 工程"),
        new(null, Benefit, Sustainability, "长效管理机制建立情况", Qualitative, null, null, "建立健全并长期运行", ValueSource.Other, "机制健全并长效运行得满分，部分达成得50%，未达成不得分", null),
        new(null, Benefit, Sustainability, "设备使用年限", AtLeast, 6m, "年", null, ValueSource.Industry, "达到目标值得满分，未达到按比例扣分", "购置 设备 装备"),
        new(null, Benefit, Sustainability, "项目效益持续发挥", Qualitative, null, null, "长期", ValueSource.Other, "效益长期发挥得满分，部分达成得50%，未达成不得分", null),

        // 满意度
        new(null, Satisfaction, ServiceSatisfaction, "服务对象满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", null),
        new(null, Satisfaction, ServiceSatisfaction, "参训人员满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "培训"),
        new(null, Satisfaction, ServiceSatisfaction, "干部职工满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "机关运行 综合业务 党建"),
    ];
}
