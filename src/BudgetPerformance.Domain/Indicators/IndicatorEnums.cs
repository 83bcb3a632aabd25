namespace BudgetPerformance.Domain.Indicators;

/// <summary>The two indicator frameworks in use (DOMAIN.md §3).</summary>
public enum IndicatorFramework
{
    /// <summary>财预〔2020〕10号: 产出 / 效益 / 满意度, with 成本 under 产出.</summary>
    Classic = 1,
    /// <summary>财预〔2021〕101号: 成本 as a level-1 indicator beside 产出 / 效益 / 满意度.</summary>
    CostFirst = 2,
}

/// <summary>一级指标.</summary>
public enum Level1
{
    /// <summary>产出指标</summary>
    Output = 1,
    /// <summary>效益指标</summary>
    Benefit = 2,
    /// <summary>满意度指标</summary>
    Satisfaction = 3,
    /// <summary>成本指标 (CostFirst only)</summary>
    Cost = 4,
}

/// <summary>二级指标.</summary>
public enum Level2
{
    /// <summary>数量指标</summary>
    Quantity = 1,
    /// <summary>质量指标</summary>
    Quality = 2,
    /// <summary>时效指标</summary>
    Timeliness = 3,
    /// <summary>成本指标 (under 产出, Classic)</summary>
    OutputCost = 4,
    /// <summary>经济效益指标</summary>
    EconomicBenefit = 5,
    /// <summary>社会效益指标</summary>
    SocialBenefit = 6,
    /// <summary>生态效益指标</summary>
    EcologicalBenefit = 7,
    /// <summary>可持续影响指标</summary>
    Sustainability = 8,
    /// <summary>服务对象满意度指标</summary>
    ServiceSatisfaction = 9,
    /// <summary>经济成本指标 (CostFirst)</summary>
    EconomicCost = 10,
    /// <summary>社会成本指标 (CostFirst)</summary>
    SocialCost = 11,
    /// <summary>生态环境成本指标 (CostFirst)</summary>
    EnvironmentalCost = 12,
}

/// <summary>How a level-3 indicator's value is compared.</summary>
public enum IndicatorOperator
{
    /// <summary>≥ (positive)</summary>
    AtLeast = 1,
    /// <summary>＞ (positive)</summary>
    MoreThan = 2,
    /// <summary>＝</summary>
    EqualTo = 3,
    /// <summary>≤ (reverse)</summary>
    AtMost = 4,
    /// <summary>＜ (reverse)</summary>
    LessThan = 5,
    /// <summary>定性: graded 达成 / 部分达成 / 未达成</summary>
    Qualitative = 6,
    /// <summary>定量（其他）: quantitative but not a simple comparison; needs a value note</summary>
    OtherQuantitative = 7,
    /// <summary>时效：a date or period ("2026年11月", "12月31日前", "2026年3月—10月"), kept as written with the dates it means</summary>
    Schedule = 8,
    /// <summary>待修正: readable but incomplete as written (no unit, an unfilled template placeholder); blocks submission</summary>
    Unresolved = 9,
}

/// <summary>指标值来源.</summary>
public enum ValueSource
{
    /// <summary>计划标准</summary>
    Plan = 1,
    /// <summary>行业标准</summary>
    Industry = 2,
    /// <summary>历史标准</summary>
    Historical = 3,
    /// <summary>其他</summary>
    Other = 4,
}
