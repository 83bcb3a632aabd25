using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Indicators.IndicatorOperator;
using static BudgetPerformance.Domain.Indicators.Level1;
using static BudgetPerformance.Domain.Indicators.Level2;

namespace BudgetPerformance.Infrastructure.DemoData;

public static partial class IndicatorCatalog
{
    /// <summary>教育体育行业个性指标.</summary>
    private static readonly IndicatorSeed[] Education =
    [
        // 产出 · 数量
        new(Sector.Education, Output, Quantity, "受益学生人数", AtLeast, 3000m, "人", null, ValueSource.Plan, "达到目标值得满分，每少5%扣1分", "营养 学生 义务教育"),
        new(Sector.Education, Output, Quantity, "营养餐供应天数", AtLeast, 200m, "天", null, ValueSource.Plan, "达到目标值得满分，每少5天扣1分", "营养 学生"),
        new(Sector.Education, Output, Quantity, "资助学生人数", AtLeast, 1500m, "人", null, ValueSource.Plan, "应助尽助、达到目标值得满分，未达到按比例扣分", "助学金 资助 免学费 困难学生 生活补助"),
        new(Sector.Education, Output, Quantity, "学前教育资助幼儿人数", AtLeast, 800m, "人", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "学前教育 幼儿 保教费"),
        new(Sector.Education, Output, Quantity, "公用经费保障学校数", AtLeast, 60m, "所", null, ValueSource.Plan, "全部覆盖得满分，每少1所扣1分", "公用经费 义务教育"),
        new(Sector.Education, Output, Quantity, "校舍维修改造面积", AtLeast, 12000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "校舍 维修 改造 食堂"),
        new(Sector.Education, Output, Quantity, "特岗教师聘用人数", AtLeast, 60m, "人", null, ValueSource.Plan, "达到目标值得满分，每少1人扣0.5分", "特岗 特设岗位 教师"),
        new(Sector.Education, Output, Quantity, "教师培训人次", AtLeast, 1500m, "人次", null, ValueSource.Plan, "达到目标值得满分，每少5%扣1分", "教师培训 继续教育"),
        new(Sector.Education, Output, Quantity, "智慧教室建设数量", AtLeast, 80m, "间", null, ValueSource.Plan, "达到目标值得满分，每少1间扣0.5分", "智慧校园 教学装备"),
        new(Sector.Education, Output, Quantity, "开展课后服务学校数", AtLeast, 50m, "所", null, ValueSource.Plan, "义务教育学校全覆盖得满分，每少1所扣1分", "课后服务 双减"),
        new(Sector.Education, Output, Quantity, "校车运营数量", AtLeast, 40m, "辆", null, ValueSource.Plan, "达到目标值得满分，每少1辆扣0.5分", "校车"),
        new(Sector.Education, Output, Quantity, "新增学位数", AtLeast, 2000m, "个", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "新建学校 改扩建 寄宿制"),
        new(Sector.Education, Output, Quantity, "新建校舍建筑面积", AtLeast, 30000m, "平方米", null, ValueSource.Plan, "达到目标值得满分，未达到按比例扣分", "新建学校 改扩建 寄宿制 建设"),
        new(Sector.Education, Output, Quantity, "全民健身设施建设数量", AtLeast, 20m, "处", null, ValueSource.Plan, "达到目标值得满分，每少1处扣1分", "全民健身 体育 设施"),
        new(Sector.Education, Output, Quantity, "群众体育赛事活动场次", AtLeast, 30m, "场", null, ValueSource.Plan, "达到目标值得满分，每少1场扣0.5分", "体育彩票 公益金 群众体育"),
        new(Sector.Education, Output, Quantity, "校园足球特色学校数", AtLeast, 10m, "所", null, ValueSource.Plan, "达到目标值得满分，每少1所扣1分", "足球"),

        // 产出 · 质量
        new(Sector.Education, Output, Quality, "资助对象认定准确率", EqualTo, 100m, "%", null, ValueSource.Industry, "认定准确得满分，每发现1例错评扣1分", "助学金 资助 困难学生 免学费"),
        new(Sector.Education, Output, Quality, "生均公用经费拨付达标率", EqualTo, 100m, "%", null, ValueSource.Industry, "全部按标准拨付得满分，每有1所不达标扣1分", "公用经费"),
        new(Sector.Education, Output, Quality, "食品安全事故发生次数", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "营养 食堂"),
        new(Sector.Education, Output, Quality, "校园安全责任事故发生数", EqualTo, 0m, "起", null, ValueSource.Industry, "未发生得满分，发生1起不得分", "安保 校车 校园"),
        new(Sector.Education, Output, Quality, "教学装备配备达标率", AtLeast, 95m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "智慧校园 教学装备"),

        // 产出 · 时效
        new(Sector.Education, Output, Timeliness, "助学资金发放及时率", EqualTo, 100m, "%", null, ValueSource.Industry, "按学期及时足额发放得满分，每延迟1个月扣1分", "助学金 资助 补助 免学费"),
        new(Sector.Education, Output, Timeliness, "校舍维修改造完成时限", OtherQuantitative, null, null, "秋季开学前（8月31日前）完工并交付使用", ValueSource.Plan, "按时交付得满分，每延迟半个月扣1分", "校舍 维修 改造 食堂"),

        // 产出 · 成本
        new(Sector.Education, Output, OutputCost, "营养膳食补助生均标准", AtMost, 5m, "元/人天", null, ValueSource.Industry, "按国家标准执行得满分，超标准支出不得分", "营养 学生"),
        new(Sector.Education, Output, OutputCost, "校舍维修单位面积成本", AtMost, 800m, "元/平方米", null, ValueSource.Industry, "不超过目标值得满分，每超出5%扣1分", "校舍 维修 改造"),
        new(Sector.Education, Output, OutputCost, "新建校舍单方造价", AtMost, 3500m, "元/平方米", null, ValueSource.Industry, "不超过概算标准得满分，每超出5%扣1分", "新建学校 改扩建 寄宿制"),
        new(Sector.Education, Output, OutputCost, "教师人均培训费用", AtMost, 1200m, "元/人", null, ValueSource.Industry, "不超过目标值得满分，每超出5%扣1分", "教师培训 继续教育"),
        new(Sector.Education, Output, OutputCost, "校车单车年运营补贴", AtMost, 10m, "万元/辆", null, ValueSource.Plan, "不超过补贴标准得满分，超出不得分", "校车"),

        // 效益
        new(Sector.Education, Benefit, EconomicBenefit, "减轻受助家庭经济负担", Qualitative, null, null, "有效减轻", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "资助 助学金 免学费 保教费 营养"),
        new(Sector.Education, Benefit, SocialBenefit, "九年义务教育巩固率", AtLeast, 97m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "义务教育 公用经费 寄宿制"),
        new(Sector.Education, Benefit, SocialBenefit, "学前三年毛入园率", AtLeast, 92m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣1分", "学前教育 幼儿"),
        new(Sector.Education, Benefit, SocialBenefit, "因贫辍学学生人数", EqualTo, 0m, "人", null, ValueSource.Industry, "无因贫辍学得满分，出现1人扣2分", "资助 助学金 困难学生"),
        new(Sector.Education, Benefit, SocialBenefit, "学生营养健康状况", Qualitative, null, null, "持续改善", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "营养 学生"),
        new(Sector.Education, Benefit, SocialBenefit, "课后服务学生参与率", AtLeast, 85m, "%", null, ValueSource.Historical, "达到目标值得满分，每降低1个百分点扣0.5分", "课后服务 双减"),
        new(Sector.Education, Benefit, SocialBenefit, "大班额比例", AtMost, 5m, "%", null, ValueSource.Industry, "不超过目标值得满分，每超出1个百分点扣1分", "新建学校 改扩建 学位"),
        new(Sector.Education, Benefit, SocialBenefit, "经常参加体育锻炼人数比例", AtLeast, 38m, "%", null, ValueSource.Industry, "达到目标值得满分，每降低1个百分点扣0.5分", "全民健身 体育 群众体育"),
        new(Sector.Education, Benefit, Sustainability, "办学条件改善情况", Qualitative, null, null, "持续改善", ValueSource.Other, "完全达成得满分，部分达成得50%，未达成不得分", "校舍 智慧校园 改扩建 食堂"),
        new(Sector.Education, Benefit, Sustainability, "特岗教师服务期满留任率", AtLeast, 85m, "%", null, ValueSource.Historical, "达到目标值得满分，每降低1个百分点扣0.5分", "特岗 特设岗位 教师"),

        // 满意度
        new(Sector.Education, Satisfaction, ServiceSatisfaction, "学生及家长满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "学生 营养 资助 课后服务 校车"),
        new(Sector.Education, Satisfaction, ServiceSatisfaction, "参训教师满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "教师培训 继续教育"),
        new(Sector.Education, Satisfaction, ServiceSatisfaction, "健身群众满意度", AtLeast, 90m, "%", null, ValueSource.Other, "满意度≥90%得满分，每降低1个百分点扣0.5分", "全民健身 体育"),
    ];
}
