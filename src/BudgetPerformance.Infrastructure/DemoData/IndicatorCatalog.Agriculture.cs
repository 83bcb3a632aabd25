using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Indicators.IndicatorOperator;
using static BudgetPerformance.Domain.Indicators.Level1;
using static BudgetPerformance.Domain.Indicators.Level2;

namespace BudgetPerformance.Infrastructure.DemoData;

public static partial class IndicatorCatalog
{
    /// <summary>农业农村、林业、乡村振兴及乡镇个性指标.</summary>
    private static readonly IndicatorSeed[] Agriculture =
    [
        // 产出 · 数量
        new(Sector.Agriculture, Output, Quantity, "耕地地力保护补贴面积", AtLeast, 500000m, "亩", null, ValueSource.Plan, "按核定面积足额补贴得满分，未达到按比例扣分", "耕地地力 补贴"),
        new(Sector.Agriculture, Output, Quantity, "高标准农田建设面积", AtLeast, 30000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "高标准农田"),
        new(Sector.Agriculture, Output, Quantity, "农业社会化服务面积", AtLeast, 100000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "社会化服务 托管"),
        new(Sector.Agriculture, Output, Quantity, "病虫害统防统治面积", AtLeast, 50000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "病虫害 统防统治"),
        new(Sector.Agriculture, Output, Quantity, "重大动物疫病强制免疫数量", AtLeast, 500000m, "头", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "动物疫病 防控 畜牧"),
        new(Sector.Agriculture, Output, Quantity, "农业保险承保面积", AtLeast, 300000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "农业保险 保费补贴"),
        new(Sector.Agriculture, Output, Quantity, "农村户厕改造数量", AtLeast, 2000m, "户", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "改厕 人居环境"),
        new(Sector.Agriculture, Output, Quantity, "美丽乡村建设村庄数", AtLeast, 10m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣2分", "美丽乡村 人居环境"),
        new(Sector.Agriculture, Output, Quantity, "补贴农机具数量", AtLeast, 500m, "台", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "农机 购置"),
        new(Sector.Agriculture, Output, Quantity, "扶持发展村集体经济村数", AtLeast, 20m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣1分", "集体经济"),
        new(Sector.Agriculture, Output, Quantity, "衔接资金支持项目个数", AtLeast, 30m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣0.5分", "衔接 乡村振兴"),
        new(Sector.Agriculture, Output, Quantity, "完成造林面积", AtLeast, 5000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "造林 国土绿化 植树"),
        new(Sector.Agriculture, Output, Quantity, "生态护林员聘用人数", AtLeast, 300m, "人", null, ValueSource.Plan, "达到目标值得满分，每少5人扣1分", "护林员 森林防火 林长制"),
        new(Sector.Agriculture, Output, Quantity, "林业有害生物防治面积", AtLeast, 20000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "林业有害生物 防治"),
        new(Sector.Agriculture, Output, Quantity, "生态公益林补偿面积", AtLeast, 200000m, "亩", null, ValueSource.Plan, "按区划界定面积足额补偿得满分，未达到按比例扣分", "生态公益林 补偿"),
        new(Sector.Agriculture, Output, Quantity, "农产品质量安全抽检批次", AtLeast, 1000m, "批", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "农产品质量安全 检测"),
        new(Sector.Agriculture, Output, Quantity, "小额信贷贴息脱贫户数", AtLeast, 800m, "户", null, ValueSource.Plan, "应贴尽贴得满分，未达到按比例扣分", "小额信贷 贴息"),
        new(Sector.Agriculture, Output, Quantity, "雨露计划补助人数", AtLeast, 600m, "人", null, ValueSource.Plan, "应补尽补得满分，未达到按比例扣分", "雨露计划"),
        new(Sector.Agriculture, Output, Quantity, "新增冷链仓储库容", AtLeast, 5000m, "吨", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "冷链 物流"),
        new(Sector.Agriculture, Output, Quantity, "特色产业基地建设面积", AtLeast, 3000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "特色 种植 茶产业 产业园 水产"),
        new(Sector.Agriculture, Output, Quantity, "保障运转村级组织数", AtLeast, 15m, "个", null, ValueSource.Plan, "全部保障得满分，每少1个扣1分", "村级组织 运转"),

        // 产出 · 质量
        new(Sector.Agriculture, Output, Quality, "惠农补贴发放准确率", EqualTo, 100m, "%", null, ValueSource.Industry, "发放准确得满分，每发现1户错发扣1分", "补贴 耕地地力 农机 保费"),
        new(Sector.Agriculture, Output, Quality, "重大动物疫病免疫密度", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "动物疫病 防控"),
        new(Sector.Agriculture, Output, Quality, "农作物病虫害防治处置率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "病虫害 统防统治"),
        new(Sector.Agriculture, Output, Quality, "当年造林成活率", AtLeast, 85m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "造林 国土绿化 植树"),
        new(Sector.Agriculture, Output, Quality, "农产品质量安全抽检合格率", AtLeast, 98m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "农产品质量安全"),
        new(Sector.Agriculture, Output, Quality, "防返贫监测对象帮扶覆盖率", EqualTo, 100m, "%", null, ValueSource.Industry, "应帮尽帮得满分，每少1户扣1分", "防返贫 监测 帮扶 驻村"),
        new(Sector.Agriculture, Output, Quality, "户厕改造验收合格率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "改厕"),

        // 产出 · 时效
        new(Sector.Agriculture, Output, Timeliness, "惠农补贴发放及时率", EqualTo, 100m, "%", null, ValueSource.Industry, "在规定时限内兑付到户得满分，每延迟1个月扣1分", "补贴 耕地地力 农机 保费"),
        new(Sector.Agriculture, Output, Timeliness, "高标准农田建设完成时限", OtherQuantitative, null, null, "次年6月30日前完成建设任务并通过县级验收", ValueSource.Plan, "按时完成得满分，每延迟1个月扣1分", "高标准农田"),
        new(Sector.Agriculture, Output, Timeliness, "动物疫情处置及时率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部及时处置得满分，每有1起延误扣2分", "动物疫病 防控"),

        // 产出 · 成本
        new(Sector.Agriculture, Output, OutputCost, "高标准农田亩均投资", AtMost, 3000m, "元/亩", null, ValueSource.Industry, "不超过建设标准得满分，每超出5%扣1分", "高标准农田"),
        new(Sector.Agriculture, Output, OutputCost, "造林亩均成本", AtMost, 1500m, "元/亩", null, ValueSource.Industry, "不超过目标值得满分，每超出5%扣1分", "造林 国土绿化 植树"),
        new(Sector.Agriculture, Output, OutputCost, "户厕改造户均补助", AtMost, 1500m, "元/户", null, ValueSource.Plan, "不超过补助标准得满分，超出不得分", "改厕"),
        new(Sector.Agriculture, Output, OutputCost, "社会化服务亩均补助", AtMost, 60m, "元/亩", null, ValueSource.Plan, "不超过补助标准得满分，超出不得分", "社会化服务 托管"),

        // 效益
        new(Sector.Agriculture, Benefit, EconomicBenefit, "项目区亩均增产粮食", AtLeast, 50m, "公斤", null, ValueSource.Historical, "达到目标值得满分，未达到按比例扣分", "高标准农田 社会化服务"),
        new(Sector.Agriculture, Benefit, EconomicBenefit, "脱贫人口人均纯收入增幅", AtLeast, 8m, "%", null, ValueSource.Historical, "较上年增长达到目标值得满分，每降低1个百分点扣1分", "衔接 乡村振兴 小额信贷 光伏 帮扶"),
        new(Sector.Agriculture, Benefit, EconomicBenefit, "集体经济收入10万元以上村占比", AtLeast, 60m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣0.5分", "集体经济 光伏"),
        new(Sector.Agriculture, Benefit, EconomicBenefit, "带动农户增收", Qualitative, null, null, "有效带动", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "产业 特色 茶产业 水产 龙头企业 产业园"),
        new(Sector.Agriculture, Benefit, SocialBenefit, "返贫致贫人数", EqualTo, 0m, "人", null, ValueSource.Other, "未发生规模性返贫得满分，每发生1人扣2分", "防返贫 衔接 乡村振兴"),
        new(Sector.Agriculture, Benefit, SocialBenefit, "农村卫生厕所普及率", AtLeast, 85m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "改厕 人居环境"),
        new(Sector.Agriculture, Benefit, SocialBenefit, "主要农作物保险覆盖率", AtLeast, 80m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "农业保险 保费补贴"),
        new(Sector.Agriculture, Benefit, EcologicalBenefit, "森林覆盖率", AtLeast, 45m, "%", null, ValueSource.Historical, "保持或高于目标值得满分，下降不得分", "造林 国土绿化 生态公益林 林长制"),
        new(Sector.Agriculture, Benefit, EcologicalBenefit, "森林火灾受害率", AtMost, 0.9m, "‰", null, ValueSource.Industry, "控制在目标值以内得满分，超出不得分", "森林防火 护林员"),
        new(Sector.Agriculture, Benefit, EcologicalBenefit, "农村生活垃圾收运处置体系覆盖率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "人居环境 保洁 美丽乡村"),
        new(Sector.Agriculture, Benefit, Sustainability, "高标准农田工程使用年限", AtLeast, 15m, "年", null, ValueSource.Industry, "达到设计年限得满分，未达到不得分", "高标准农田"),
        new(Sector.Agriculture, Satisfaction, ServiceSatisfaction, "受益农户满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "补贴 农田 农机 保险 产业"),
        new(Sector.Agriculture, Satisfaction, ServiceSatisfaction, "村民满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "人居环境 美丽乡村 改厕 保洁 村级"),
    ];
}
