using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

/// <summary>How 单位库 workbooks write kinds, sectors and status, one row per way people write them.</summary>
public sealed class OrganizationWordsTests
{
    [Theory]
    [InlineData("主管部门", OrganizationKind.Department)]
    [InlineData("一级预算单位", OrganizationKind.Department)]
    [InlineData("一级", OrganizationKind.Department)]
    [InlineData(" 一 级 ", OrganizationKind.Department)]
    [InlineData("部门", OrganizationKind.Department)]
    [InlineData("二级预算单位", OrganizationKind.BudgetUnit)]
    [InlineData("二级", OrganizationKind.BudgetUnit)]
    [InlineData("三级单位", OrganizationKind.BudgetUnit)]
    [InlineData("下属单位", OrganizationKind.BudgetUnit)]
    [InlineData("基层预算单位", OrganizationKind.BudgetUnit)]
    [InlineData("第三方机构", OrganizationKind.ThirdPartyAgency)]
    [InlineData("中介机构", OrganizationKind.ThirdPartyAgency)]
    [InlineData("会计师事务所", OrganizationKind.ThirdPartyAgency)]
    [InlineData("专家库", OrganizationKind.ExpertPool)]
    [InlineData("审计机关", OrganizationKind.AuditOffice)]
    [InlineData("人大", OrganizationKind.PeoplesCongress)]
    [InlineData("财政局", OrganizationKind.FinanceBureau)]
    [InlineData("第四级", null)]
    [InlineData("行政单位", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void KindOf_ReadsTheWaysKindsAreWritten(string? text, OrganizationKind? expected) =>
        Assert.Equal(expected, OrganizationWords.KindOf(text));

    [Theory]
    [InlineData("教育", Sector.Education)]
    [InlineData("教育类", Sector.Education)]
    [InlineData("教育行业", Sector.Education)]
    [InlineData("卫生健康", Sector.HealthCare)]
    [InlineData("卫生", Sector.HealthCare)]
    [InlineData("医疗保障", Sector.SocialSecurity)]
    [InlineData("社会保障和就业", Sector.SocialSecurity)]
    [InlineData("农业类", Sector.Agriculture)]
    [InlineData("乡村振兴", Sector.Agriculture)]
    [InlineData("城乡社区", Sector.UrbanManagement)]
    [InlineData("住房城乡建设", Sector.HousingConstruction)]
    [InlineData("文化旅游体育", Sector.CultureTourism)]
    [InlineData("科技", Sector.Science)]
    [InlineData("航天", null)]
    [InlineData("", null)]
    public void SectorOf_ReadsNamesVariantsAndKeywords(string text, Sector? expected) =>
        Assert.Equal(expected, OrganizationWords.SectorOf(text));

    [Theory]
    [InlineData("青山县教育体育局", Sector.Education)]
    [InlineData("青山县人民医院", Sector.HealthCare)]
    [InlineData("青山县医疗保障局", Sector.SocialSecurity)]
    [InlineData("青山县水利局", Sector.WaterResources)]
    [InlineData("青山县第一中学", Sector.Education)]
    [InlineData("青山县档案馆", null)]
    public void SectorFromName_GuessesOnlyFromAClearWord(string name, Sector? expected) =>
        Assert.Equal(expected, OrganizationWords.SectorFromName(name));

    [Theory]
    [InlineData("", false)]
    [InlineData("正常", false)]
    [InlineData("启用", false)]
    [InlineData("在库", false)]
    [InlineData("撤销", true)]
    [InlineData("已撤销", true)]
    [InlineData("注销", true)]
    [InlineData("停用", true)]
    [InlineData("已合并", true)]
    [InlineData("待定", null)]
    public void IsClosed_ReadsStatusWords(string text, bool? expected) =>
        Assert.Equal(expected, OrganizationWords.IsClosed(text));

    [Theory]
    [InlineData("是", true)]
    [InlineData("Y", true)]
    [InlineData("√", true)]
    [InlineData("否", false)]
    [InlineData("", false)]
    [InlineData("n", false)]
    [InlineData("也许", null)]
    public void YesNo_ReadsTheFlagColumn(string text, bool? expected) =>
        Assert.Equal(expected, OrganizationWords.YesNo(text));
}
