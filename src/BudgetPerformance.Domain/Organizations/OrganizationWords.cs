using BudgetPerformance.Domain.Budgets;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// How 单位库 workbooks write an organisation's kind, sector and status, read the way a careful person reads them
/// (宽进严审): “一级预算单位”, “主管部门”, “二级” and “下属单位” are all kinds; “卫生”, “卫生健康类” and
/// “卫生健康” are one sector; “撤销”, “已注销” and “停用” all mean closed. A word nobody could read gives null.
/// </summary>
public static class OrganizationWords
{
    private static readonly (string Word, OrganizationKind Kind)[] KindWords =
    [
        ("二级预算单位", OrganizationKind.BudgetUnit), ("三级预算单位", OrganizationKind.BudgetUnit), ("二级单位", OrganizationKind.BudgetUnit),
        ("三级单位", OrganizationKind.BudgetUnit), ("下属单位", OrganizationKind.BudgetUnit), ("所属单位", OrganizationKind.BudgetUnit),
        ("基层单位", OrganizationKind.BudgetUnit), ("基层预算单位", OrganizationKind.BudgetUnit), ("预算单位", OrganizationKind.BudgetUnit),
        ("二级", OrganizationKind.BudgetUnit), ("三级", OrganizationKind.BudgetUnit), ("单位", OrganizationKind.BudgetUnit),
        ("一级预算单位", OrganizationKind.Department), ("主管部门", OrganizationKind.Department), ("一级单位", OrganizationKind.Department),
        ("一级", OrganizationKind.Department), ("部门", OrganizationKind.Department), ("主管单位", OrganizationKind.Department),
        ("第三方机构", OrganizationKind.ThirdPartyAgency), ("第三方", OrganizationKind.ThirdPartyAgency), ("中介机构", OrganizationKind.ThirdPartyAgency),
        ("评价机构", OrganizationKind.ThirdPartyAgency), ("第三方评价机构", OrganizationKind.ThirdPartyAgency), ("会计师事务所", OrganizationKind.ThirdPartyAgency),
        ("咨询机构", OrganizationKind.ThirdPartyAgency), ("专家库", OrganizationKind.ExpertPool), ("审计机关", OrganizationKind.AuditOffice),
        ("审计", OrganizationKind.AuditOffice), ("人大", OrganizationKind.PeoplesCongress),
    ];

    // Searched in order, so a longer word comes before a shorter one inside it (医疗保障 before 医疗).
    private static readonly (string Word, Sector Sector)[] SectorWords =
    [
        ("医疗保障", Sector.SocialSecurity), ("一般公共服务", Sector.GeneralAdministration), ("行政管理", Sector.GeneralAdministration), ("综合", Sector.GeneralAdministration),
        ("教育", Sector.Education), ("卫生", Sector.HealthCare), ("医疗", Sector.HealthCare), ("医院", Sector.HealthCare), ("卫健", Sector.HealthCare),
        ("农业", Sector.Agriculture), ("农村", Sector.Agriculture), ("林业", Sector.Agriculture), ("乡村振兴", Sector.Agriculture), ("畜牧", Sector.Agriculture),
        ("交通", Sector.Transport), ("公路", Sector.Transport), ("社会保障", Sector.SocialSecurity), ("社保", Sector.SocialSecurity),
        ("人力资源", Sector.SocialSecurity), ("就业", Sector.SocialSecurity), ("民政", Sector.SocialSecurity), ("退役军人", Sector.SocialSecurity),
        ("生态环境", Sector.Environment), ("环保", Sector.Environment), ("环境", Sector.Environment), ("住房", Sector.HousingConstruction),
        ("住建", Sector.HousingConstruction), ("城乡建设", Sector.HousingConstruction), ("文化", Sector.CultureTourism), ("旅游", Sector.CultureTourism),
        ("体育", Sector.CultureTourism), ("文旅", Sector.CultureTourism), ("广电", Sector.CultureTourism), ("科学技术", Sector.Science), ("科技", Sector.Science),
        ("公共安全", Sector.PublicSecurity), ("公安", Sector.PublicSecurity), ("司法", Sector.PublicSecurity), ("法院", Sector.PublicSecurity),
        ("检察", Sector.PublicSecurity), ("水利", Sector.WaterResources), ("水务", Sector.WaterResources), ("自然资源", Sector.NaturalResources),
        ("国土", Sector.NaturalResources), ("规划", Sector.NaturalResources), ("商务", Sector.Commerce), ("商业服务", Sector.Commerce),
        ("市场监管", Sector.Commerce), ("市场监督", Sector.Commerce), ("应急", Sector.EmergencyManagement), ("消防", Sector.EmergencyManagement),
        ("城乡社区", Sector.UrbanManagement), ("城市管理", Sector.UrbanManagement), ("城管", Sector.UrbanManagement), ("城市", Sector.UrbanManagement),
        ("财政", Sector.GeneralAdministration), ("发展和改革", Sector.GeneralAdministration), ("发改", Sector.GeneralAdministration),
        ("统计", Sector.GeneralAdministration), ("政府办", Sector.GeneralAdministration), ("人民政府", Sector.GeneralAdministration),
        ("学校", Sector.Education), ("中学", Sector.Education), ("小学", Sector.Education), ("幼儿园", Sector.Education),
    ];

    private static readonly string[] ClosedWords = ["撤销", "已撤销", "注销", "已注销", "停用", "已停用", "关闭", "撤并", "已撤并", "合并", "已合并", "作废"];

    private static readonly string[] OpenWords = ["正常", "启用", "在用", "存续", "有效", "使用中", "运行", "在库", "入库"];

    /// <summary>The kind a cell names, or null when it names none.</summary>
    public static OrganizationKind? KindOf(string? text)
    {
        var t = Bare(text, "类");
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var (word, kind) in KindWords)
        {
            if (t == word)
            {
                return kind;
            }
        }

        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            if (t == BudgetTerms.Of(kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The sector a cell names (“卫生健康”, “卫生健康类”, “教育行业”, or one of the keywords), or null.</summary>
    public static Sector? SectorOf(string? text)
    {
        var t = Bare(text, "类", "行业", "领域");
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var sector in Enum.GetValues<Sector>())
        {
            if (t == BudgetTerms.Of(sector))
            {
                return sector;
            }
        }

        foreach (var (word, sector) in SectorWords)
        {
            if (t.Contains(word, StringComparison.Ordinal))
            {
                return sector;
            }
        }

        return null;
    }

    /// <summary>The sector an organisation's name suggests (“县教育体育局” → 教育), for a blank sector cell; null when none.</summary>
    public static Sector? SectorFromName(string name)
    {
        foreach (var (word, sector) in SectorWords)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return sector;
            }
        }

        return null;
    }

    /// <summary>Whether a status cell says closed (true), open (false), or nothing readable (null). Blank means open.</summary>
    public static bool? IsClosed(string? text)
    {
        var t = Bare(text);
        if (t.Length == 0 || OpenWords.Contains(t))
        {
            return false;
        }

        return ClosedWords.Contains(t) ? true : null;
    }

    /// <summary>A 是否撤销 cell: 是 / 否 (or Y / N, √ / 空白).</summary>
    public static bool? YesNo(string? text)
    {
        var t = Bare(text).ToUpperInvariant();
        return t switch
        {
            "" or "否" or "N" or "NO" or "0" or "×" => false,
            "是" or "Y" or "YES" or "1" or "√" => true,
            _ => null,
        };
    }

    private static string Bare(string? text, params string[] suffixes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var t = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u200b').ToArray());
        foreach (var suffix in suffixes)
        {
            if (t.Length > suffix.Length && t.EndsWith(suffix, StringComparison.Ordinal))
            {
                t = t[..^suffix.Length];
            }
        }

        return t;
    }
}
