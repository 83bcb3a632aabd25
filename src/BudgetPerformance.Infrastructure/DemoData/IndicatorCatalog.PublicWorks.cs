using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Indicators.IndicatorOperator;
using static BudgetPerformance.Domain.Indicators.Level1;
using static BudgetPerformance.Domain.Indicators.Level2;

namespace BudgetPerformance.Infrastructure.DemoData;

public static partial class IndicatorCatalog
{
    /// <summary>交通运输、住房城乡建设、城市管理、水利、自然资源、生态环境个性指标.</summary>
    private static readonly IndicatorSeed[] PublicWorks =
    [
        // ── 交通运输 ──
        new(Sector.Transport, Output, Quantity, "农村公路养护里程", AtLeast, 1500m, "公里", null, ValueSource.Plan, "全部纳入养护得满分，未达到按比例扣分", "农村公路 养护"),
        new(Sector.Transport, Output, Quantity, "公路提质改造里程", AtLeast, 80m, "公里", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "提质改造 县道 升级改造 镇区道路"),
        new(Sector.Transport, Output, Quantity, "危桥改造数量", AtLeast, 10m, "座", null, ValueSource.Plan, "达到目标值得满分，每少1座扣2分", "危桥"),
        new(Sector.Transport, Output, Quantity, "城乡公交线路开通数", AtLeast, 30m, "条", null, ValueSource.Plan, "达到目标值得满分，每少1条扣1分", "公交 客运 城乡公交一体化"),
        new(Sector.Transport, Output, Quantity, "航道疏浚量", AtLeast, 200000m, "立方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "疏浚 航道 港口"),
        new(Sector.Transport, Output, Quantity, "交通枢纽站建筑面积", AtLeast, 8000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "枢纽 客运站"),
        new(Sector.Transport, Output, Quantity, "道路运输安全检查次数", AtLeast, 48m, "次", null, ValueSource.Plan, "达到目标值得满分，每少1次扣0.5分", "运输安全 监管 执法"),
        new(Sector.Transport, Output, Quantity, "安全生命防护工程里程", AtLeast, 50m, "公里", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "安全防护 山区道路 车辆购置税"),
        new(Sector.Transport, Output, Quality, "农村公路优良中等路率", AtLeast, 85m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "农村公路 养护"),
        new(Sector.Transport, Output, Quality, "公路工程交工验收合格率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部合格得满分，每有1个标段不合格扣2分", "提质改造 县道 升级改造 危桥"),
        new(Sector.Transport, Output, Quality, "改造后桥梁技术状况达标率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部达到二类及以上得满分，每有1座不达标扣2分", "危桥"),
        new(Sector.Transport, Output, Timeliness, "路面病害处治及时率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "农村公路 养护"),
        new(Sector.Transport, Output, Timeliness, "公路工程按期完工率", AtLeast, 95m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣1分", "提质改造 县道 危桥 枢纽"),
        new(Sector.Transport, Output, OutputCost, "农村公路养护单公里成本", AtMost, 1.5m, "万元/公里", null, ValueSource.Industry, "不超过养护定额得满分，每超出5%扣1分", "农村公路 养护"),
        new(Sector.Transport, Output, OutputCost, "提质改造单公里造价", AtMost, 150m, "万元/公里", null, ValueSource.Industry, "不超过概算标准得满分，每超出5%扣1分", "提质改造 县道 升级改造"),
        new(Sector.Transport, Output, OutputCost, "客运车辆单车年运营补贴", AtMost, 8m, "万元/辆", null, ValueSource.Plan, "不超过补贴标准得满分，超出不得分", "公交 客运 运营补贴"),
        new(Sector.Transport, Benefit, EconomicBenefit, "群众出行和物流运输成本", Qualitative, null, null, "有效降低", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "农村公路 县道 枢纽 公交"),
        new(Sector.Transport, Benefit, SocialBenefit, "具备条件的建制村通客车率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部通达得满分，每少1个村扣1分", "公交 客运 城乡公交一体化"),
        new(Sector.Transport, Benefit, SocialBenefit, "较大及以上道路运输安全事故", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "运输安全 监管 公交 客运"),
        new(Sector.Transport, Benefit, EcologicalBenefit, "新能源公交车辆占比", AtLeast, 60m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣0.5分", "公交 城乡公交一体化"),
        new(Sector.Transport, Benefit, EcologicalBenefit, "县乡道路可绿化路段绿化率", AtLeast, 85m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "农村公路 县道 提质改造"),
        new(Sector.Transport, Benefit, Sustainability, "公路设计使用年限", AtLeast, 15m, "年", null, ValueSource.Industry, "达到设计年限得满分，未达到不得分", "提质改造 县道 升级改造 危桥"),
        new(Sector.Transport, Satisfaction, ServiceSatisfaction, "沿线群众满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "农村公路 提质改造 县道 危桥"),
        new(Sector.Transport, Satisfaction, ServiceSatisfaction, "乘客满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "公交 客运 枢纽"),

        // ── 住房城乡建设 ──
        new(Sector.HousingConstruction, Output, Quantity, "老旧小区改造数量", AtLeast, 20m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣1分", "老旧小区 城市更新"),
        new(Sector.HousingConstruction, Output, Quantity, "改造惠及居民户数", AtLeast, 3000m, "户", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "老旧小区 棚户区 城市更新"),
        new(Sector.HousingConstruction, Output, Quantity, "棚户区改造套数", AtLeast, 800m, "套", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "棚户区"),
        new(Sector.HousingConstruction, Output, Quantity, "发放住房租赁补贴户数", AtLeast, 500m, "户", null, ValueSource.Plan, "应保尽保得满分，未达到按比例扣分", "保障性安居 住房保障"),
        new(Sector.HousingConstruction, Output, Quantity, "新建改造污水管网长度", AtLeast, 30m, "公里", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "污水管网"),
        new(Sector.HousingConstruction, Output, Quantity, "农村危房改造户数", AtLeast, 150m, "户", null, ValueSource.Plan, "达到目标值得满分，每少1户扣0.5分", "危房"),
        new(Sector.HousingConstruction, Output, Quantity, "燃气管道更新改造长度", AtLeast, 50m, "公里", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "燃气"),
        new(Sector.HousingConstruction, Output, Quantity, "易涝积水点整治数量", AtLeast, 10m, "处", null, ValueSource.Plan, "达到目标值得满分，每少1处扣1分", "排水防涝 内涝"),
        new(Sector.HousingConstruction, Output, Quantity, "人防工程维护面积", AtLeast, 20000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "人防"),
        new(Sector.HousingConstruction, Output, Quality, "污水处理厂出水水质达标率", EqualTo, 100m, "%", null, ValueSource.Industry, "稳定达到一级A标准得满分，每降低1个百分点扣1分", "污水处理厂 PPP"),
        new(Sector.HousingConstruction, Output, Quality, "较大及以上建筑施工安全事故", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "建筑工程 质量安全 监管"),
        new(Sector.HousingConstruction, Output, OutputCost, "老旧小区改造户均投资", AtMost, 3m, "万元/户", null, ValueSource.Industry, "不超过目标值得满分，每超出5%扣1分", "老旧小区"),
        new(Sector.HousingConstruction, Output, OutputCost, "危房改造户均补助", AtMost, 2.5m, "万元/户", null, ValueSource.Industry, "不超过补助标准得满分，超出不得分", "危房"),
        new(Sector.HousingConstruction, Benefit, SocialBenefit, "群众居住条件改善情况", Qualitative, null, null, "明显改善", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "老旧小区 棚户区 危房 保障性安居"),
        new(Sector.HousingConstruction, Benefit, EcologicalBenefit, "城市生活污水集中收集率", AtLeast, 70m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "污水管网 污水处理厂"),
        new(Sector.HousingConstruction, Satisfaction, ServiceSatisfaction, "改造区域居民满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "老旧小区 棚户区 燃气 城市更新"),

        // ── 城市管理 ──
        new(Sector.UrbanManagement, Output, Quantity, "道路清扫保洁面积", AtLeast, 3000000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "清扫保洁 环卫 保洁"),
        new(Sector.UrbanManagement, Output, Quantity, "园林绿化养护面积", AtLeast, 1500000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "园林绿化 养护"),
        new(Sector.UrbanManagement, Output, Quantity, "路灯维护数量", AtLeast, 12000m, "盏", null, ValueSource.Plan, "全部纳入维护得满分，未达到按比例扣分", "路灯 照明"),
        new(Sector.UrbanManagement, Output, Quantity, "生活垃圾无害化处理量", AtLeast, 60000m, "吨", null, ValueSource.Historical, "达到目标值得满分，未达到按比例扣分", "垃圾 无害化 环卫一体化"),
        new(Sector.UrbanManagement, Output, Quantity, "新建改造公园数量", AtLeast, 5m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣2分", "公园 口袋公园"),
        new(Sector.UrbanManagement, Output, Quantity, "背街小巷改造条数", AtLeast, 15m, "条", null, ValueSource.Plan, "达到目标值得满分，每少1条扣1分", "背街小巷 微改造 老旧片区"),
        new(Sector.UrbanManagement, Output, Quantity, "社区网格员配备人数", AtLeast, 100m, "人", null, ValueSource.Plan, "达到目标值得满分，每少1人扣0.5分", "网格员 社区"),
        new(Sector.UrbanManagement, Output, Quality, "路灯亮灯率", AtLeast, 98m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "路灯 照明"),
        new(Sector.UrbanManagement, Output, Quality, "市政设施完好率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "市政设施 道路 桥梁"),
        new(Sector.UrbanManagement, Output, Quality, "数字城管案件结案率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "数字城管 网格"),
        new(Sector.UrbanManagement, Output, Timeliness, "市政设施损坏修复及时率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "市政设施 维护"),
        new(Sector.UrbanManagement, Output, OutputCost, "垃圾处理吨均成本", AtMost, 150m, "元/吨", null, ValueSource.Industry, "不超过合同单价得满分，每超出5%扣1分", "垃圾 无害化"),
        new(Sector.UrbanManagement, Output, OutputCost, "清扫保洁单位面积年成本", AtMost, 8m, "元/平方米", null, ValueSource.Industry, "不超过合同单价得满分，每超出5%扣1分", "清扫保洁 环卫 保洁"),
        new(Sector.UrbanManagement, Benefit, SocialBenefit, "市容环境面貌", Qualitative, null, null, "明显改善", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "环境综合整治 清扫保洁 背街小巷 微改造"),
        new(Sector.UrbanManagement, Benefit, EcologicalBenefit, "城市生活垃圾无害化处理率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部无害化处理得满分，每降低1个百分点扣1分", "垃圾 无害化 环卫一体化"),
        new(Sector.UrbanManagement, Benefit, EcologicalBenefit, "建成区绿地率", AtLeast, 38m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "园林绿化 公园"),
        new(Sector.UrbanManagement, Satisfaction, ServiceSatisfaction, "市民满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "城区 市政 环卫 园林 社区"),

        // ── 水利 ──
        new(Sector.WaterResources, Output, Quantity, "小型水库除险加固数量", AtLeast, 5m, "座", null, ValueSource.Plan, "达到目标值得满分，每少1座扣2分", "水库 除险加固"),
        new(Sector.WaterResources, Output, Quantity, "饮水安全巩固提升受益人口", AtLeast, 50000m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "饮水安全 供水 城乡供水一体化"),
        new(Sector.WaterResources, Output, Quantity, "河道治理长度", AtLeast, 15m, "公里", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "河流治理 中小河流"),
        new(Sector.WaterResources, Output, Quantity, "水土流失治理面积", AtLeast, 10m, "平方公里", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "水土保持"),
        new(Sector.WaterResources, Output, Quantity, "防汛抗旱物资储备种类", AtLeast, 20m, "类", null, ValueSource.Industry, "达到储备定额得满分，每少1类扣1分", "防汛 抗旱 度汛"),
        new(Sector.WaterResources, Output, Quantity, "恢复改善灌溉面积", AtLeast, 20000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "农田水利 灌区"),
        new(Sector.WaterResources, Output, Quantity, "后期扶持移民人数", AtLeast, 10000m, "人", null, ValueSource.Plan, "按核定人数足额扶持得满分，未达到按比例扣分", "移民 后期扶持"),
        new(Sector.WaterResources, Output, Quantity, "山洪灾害监测站点维护数", AtLeast, 50m, "处", null, ValueSource.Plan, "全部正常运行得满分，每少1处扣0.5分", "山洪"),
        new(Sector.WaterResources, Output, Quantity, "河湖巡查次数", AtLeast, 1000m, "次", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "河长制 河湖"),
        new(Sector.WaterResources, Output, Quality, "农村供水水质达标率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "饮水安全 供水 集中供水"),
        new(Sector.WaterResources, Output, Quality, "河湖“四乱”问题整改销号率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部销号得满分，每有1个问题未销号扣1分", "河长制 河湖"),
        new(Sector.WaterResources, Output, OutputCost, "河道治理单公里投资", AtMost, 300m, "万元/公里", null, ValueSource.Industry, "不超过概算标准得满分，每超出5%扣1分", "河流治理 中小河流"),
        new(Sector.WaterResources, Benefit, SocialBenefit, "农村自来水普及率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "饮水安全 供水 城乡供水一体化"),
        new(Sector.WaterResources, Benefit, SocialBenefit, "水库安全度汛垮坝事故", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "水库 除险加固 防汛 度汛"),
        new(Sector.WaterResources, Benefit, EcologicalBenefit, "水土保持率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "水土保持"),
        new(Sector.WaterResources, Benefit, Sustainability, "水利工程设计使用年限", AtLeast, 30m, "年", null, ValueSource.Industry, "达到设计年限得满分，未达到不得分", "水库 河流治理 供水 农田水利"),
        new(Sector.WaterResources, Satisfaction, ServiceSatisfaction, "受益群众满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "饮水安全 供水 河流治理 移民 农田水利"),

        // ── 自然资源 ──
        new(Sector.NaturalResources, Output, Quantity, "土地收储面积", AtLeast, 1000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "土地 出让 储备 前期开发"),
        new(Sector.NaturalResources, Output, Quantity, "完成土地征收面积", AtLeast, 2000m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "征收 拆迁"),
        new(Sector.NaturalResources, Output, Quantity, "国土空间规划编制数量", AtLeast, 3m, "项", null, ValueSource.Plan, "达到目标值得满分，每少1项扣2分", "规划编制 国土空间"),
        new(Sector.NaturalResources, Output, Quantity, "补充耕地面积", AtLeast, 1500m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "耕地保护 占补平衡"),
        new(Sector.NaturalResources, Output, Quantity, "地质灾害隐患点监测数量", AtLeast, 150m, "处", null, ValueSource.Plan, "全部纳入监测得满分，每少1处扣0.5分", "地质灾害"),
        new(Sector.NaturalResources, Output, Quantity, "矿山生态修复面积", AtLeast, 1500m, "亩", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "矿山 生态修复"),
        new(Sector.NaturalResources, Output, Quality, "卫片图斑核查处置率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部核查处置得满分，每降低1个百分点扣1分", "卫片执法 执法 监测"),
        new(Sector.NaturalResources, Output, Quality, "规划成果审查情况", Qualitative, null, null, "通过专家评审并获批复", ValueSource.Other, "通过评审并获批得满分，通过评审未获批得50%，未通过不得分", "规划编制 国土空间"),
        new(Sector.NaturalResources, Output, Quality, "征地补偿款足额到位率", EqualTo, 100m, "%", null, ValueSource.Industry, "足额到位得满分，每降低1个百分点扣1分", "征收 拆迁 补偿"),
        new(Sector.NaturalResources, Output, Timeliness, "不动产登记办理时限", AtMost, 5m, "个工作日", null, ValueSource.Industry, "不超过承诺时限得满分，每超出1个工作日扣1分", "不动产登记"),
        new(Sector.NaturalResources, Output, OutputCost, "矿山修复亩均成本", AtMost, 8000m, "元/亩", null, ValueSource.Industry, "不超过目标值得满分，每超出5%扣1分", "矿山 生态修复"),
        new(Sector.NaturalResources, Benefit, EconomicBenefit, "实现土地出让收入", AtLeast, 50000m, "万元", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "土地 出让 储备"),
        new(Sector.NaturalResources, Benefit, SocialBenefit, "地质灾害造成人员伤亡数", EqualTo, 0m, "人", null, ValueSource.Industry, "未发生得满分，发生伤亡不得分", "地质灾害"),
        new(Sector.NaturalResources, Benefit, Sustainability, "耕地保有量任务完成率", EqualTo, 100m, "%", null, ValueSource.Plan, "完成任务得满分，未完成不得分", "耕地保护 占补平衡"),
        new(Sector.NaturalResources, Satisfaction, ServiceSatisfaction, "被征地群众满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "征收 拆迁 补偿"),

        // ── 生态环境 ──
        new(Sector.Environment, Output, Quantity, "大气污染治理项目数", AtLeast, 15m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣1分", "大气污染"),
        new(Sector.Environment, Output, Quantity, "农村环境整治村庄数", AtLeast, 20m, "个", null, ValueSource.Plan, "达到目标值得满分，每少1个扣1分", "农村环境 综合整治"),
        new(Sector.Environment, Output, Quantity, "环境监测设备购置数量", AtLeast, 20m, "台", null, ValueSource.Plan, "全部到货安装得满分，每少1台扣1分", "监测能力 监测"),
        new(Sector.Environment, Output, Quantity, "环境执法检查企业数", AtLeast, 300m, "家", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "执法"),
        new(Sector.Environment, Output, Quality, "环境监测数据有效率", AtLeast, 90m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "监测能力 监测"),
        new(Sector.Environment, Output, Quality, "督察反馈问题整改完成率", EqualTo, 100m, "%", null, ValueSource.Plan, "全部整改销号得满分，每有1个问题未完成扣2分", "督察 整改"),
        new(Sector.Environment, Output, Timeliness, "生态环境信访投诉办结率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部按时办结得满分，每降低1个百分点扣1分", "执法 信访"),
        new(Sector.Environment, Output, OutputCost, "单村环境整治投资", AtMost, 60m, "万元/个", null, ValueSource.Plan, "不超过目标值得满分，每超出5%扣1分", "农村环境 综合整治"),
        new(Sector.Environment, Benefit, SocialBenefit, "突发环境事件发生次数", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "执法 水污染 土壤污染"),
        new(Sector.Environment, Benefit, EcologicalBenefit, "空气质量优良天数比例", AtLeast, 85m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣1分", "大气污染"),
        new(Sector.Environment, Benefit, EcologicalBenefit, "地表水考核断面水质达标率", AtLeast, 90m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣1分", "水污染 流域"),
        new(Sector.Environment, Benefit, EcologicalBenefit, "重点建设用地安全利用率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "土壤污染"),
        new(Sector.Environment, Benefit, EcologicalBenefit, "农村生活污水治理率", AtLeast, 40m, "%", null, ValueSource.Plan, "达到目标值得满分，每降低1个百分点扣1分", "农村环境 综合整治"),
        new(Sector.Environment, Benefit, EcologicalBenefit, "饮用水水源地水质达标率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部达标得满分，不达标不得分", "水污染 饮用水"),
        new(Sector.Environment, Benefit, Sustainability, "区域生态环境质量", Qualitative, null, null, "持续改善", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "大气污染 水污染 土壤污染 督察"),
        new(Sector.Environment, Satisfaction, ServiceSatisfaction, "公众生态环境满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "大气污染 水污染 农村环境"),
    ];
}
