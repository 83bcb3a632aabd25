using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>The official Chinese terms for the budget vocabulary, used wherever a user reads them.</summary>
public static class BudgetTerms
{
    public static string Of(BudgetKind kind) => kind switch
    {
        BudgetKind.GeneralPublic => "一般公共预算",
        BudgetKind.GovernmentFund => "政府性基金预算",
        BudgetKind.StateCapital => "国有资本经营预算",
        BudgetKind.SocialInsuranceFund => "社会保险基金预算",
        _ => kind.ToString(),
    };

    public static string Of(SpecialCategory category) => category switch
    {
        SpecialCategory.None => "—",
        SpecialCategory.GovernmentInvestmentFund => "政府投资基金",
        SpecialCategory.Ppp => "PPP",
        SpecialCategory.GovernmentProcurement => "政府采购",
        SpecialCategory.GovernmentPurchasedServices => "政府购买服务",
        SpecialCategory.GovernmentDebt => "政府债务项目",
        _ => category.ToString(),
    };

    public static string Of(DebtBondType bond) => bond switch
    {
        DebtBondType.None => "—",
        DebtBondType.General => "一般债券",
        DebtBondType.Special => "专项债券",
        _ => bond.ToString(),
    };

    public static string Of(ProjectType type) => type switch
    {
        ProjectType.Recurring => "常年性",
        ProjectType.MultiYear => "延续性",
        ProjectType.OneOff => "一次性",
        _ => type.ToString(),
    };

    public static string Of(FundSource source) => source switch
    {
        FundSource.CurrentYearAppropriation => "当年财政拨款",
        FundSource.CarryOver => "上年结转",
        FundSource.Other => "其他资金",
        _ => source.ToString(),
    };

    public static string NewOrContinuing(bool isNew) => isNew ? "新增" : "延续";

    public static string Of(Sector sector) => sector switch
    {
        Sector.GeneralAdministration => "一般公共服务",
        Sector.Education => "教育",
        Sector.HealthCare => "卫生健康",
        Sector.Agriculture => "农业农村",
        Sector.Transport => "交通运输",
        Sector.SocialSecurity => "社会保障和就业",
        Sector.Environment => "生态环境",
        Sector.HousingConstruction => "住房城乡建设",
        Sector.CultureTourism => "文化旅游体育",
        Sector.Science => "科学技术",
        Sector.PublicSecurity => "公共安全",
        Sector.WaterResources => "水利",
        Sector.NaturalResources => "自然资源",
        Sector.Commerce => "商业服务与市场监管",
        Sector.EmergencyManagement => "应急管理",
        Sector.UrbanManagement => "城乡社区",
        _ => sector.ToString(),
    };

    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.FinanceBureau => "财政局",
        OrganizationKind.Department => "主管部门",
        OrganizationKind.BudgetUnit => "二级预算单位",
        OrganizationKind.ThirdPartyAgency => "第三方机构",
        OrganizationKind.ExpertPool => "专家库",
        OrganizationKind.AuditOffice => "审计机关",
        OrganizationKind.PeoplesCongress => "人大",
        _ => kind.ToString(),
    };

    public static string Of(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省级",
        RegionLevel.City => "市级",
        RegionLevel.County => "县级",
        _ => level.ToString(),
    };
}
