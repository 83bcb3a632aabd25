namespace BudgetPerformance.Domain.Budgets;

/// <summary>四本预算: the four government budgets.</summary>
public enum BudgetKind
{
    /// <summary>一般公共预算</summary>
    GeneralPublic = 1,
    /// <summary>政府性基金预算</summary>
    GovernmentFund = 2,
    /// <summary>国有资本经营预算</summary>
    StateCapital = 3,
    /// <summary>社会保险基金预算</summary>
    SocialInsuranceFund = 4,
}

/// <summary>Special categories of money that 全覆盖 brings under performance management.</summary>
public enum SpecialCategory
{
    None = 0,
    /// <summary>政府投资基金</summary>
    GovernmentInvestmentFund = 1,
    /// <summary>政府和社会资本合作（PPP）</summary>
    Ppp = 2,
    /// <summary>政府采购</summary>
    GovernmentProcurement = 3,
    /// <summary>政府购买服务</summary>
    GovernmentPurchasedServices = 4,
    /// <summary>政府债务项目</summary>
    GovernmentDebt = 5,
}

/// <summary>The bond type of a 政府债务项目.</summary>
public enum DebtBondType
{
    None = 0,
    /// <summary>一般债券</summary>
    General = 1,
    /// <summary>专项债券</summary>
    Special = 2,
}

/// <summary>项目类型.</summary>
public enum ProjectType
{
    /// <summary>常年性项目</summary>
    Recurring = 1,
    /// <summary>延续性项目</summary>
    MultiYear = 2,
    /// <summary>一次性项目</summary>
    OneOff = 3,
}

/// <summary>Where money comes from, as in the 项目支出绩效目标申报表 funds block.</summary>
public enum FundSource
{
    /// <summary>当年财政拨款</summary>
    CurrentYearAppropriation = 1,
    /// <summary>上年结转</summary>
    CarryOver = 2,
    /// <summary>其他资金</summary>
    Other = 3,
}

/// <summary>Whether a project is in the project library (项目库).</summary>
public enum ProjectLibraryStatus
{
    /// <summary>入库</summary>
    InLibrary = 0,
    /// <summary>新增申报，待审核</summary>
    Proposed = 1,
    /// <summary>申报未通过</summary>
    Rejected = 2,
}
