using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>
/// Makes a county (the demo) or a province of ~100 counties (for benchmarks) deterministically from a seed:
/// the same seed and options always give the same data.
/// </summary>
public sealed class DemoDataGenerator
{
    public const string DemoPassword = "Jx#2026demo";
    public const string DemoProvinceCode = "990000";
    public const string DemoCityCode = "990100";
    public const string DemoCountyCode = "990121";
    public const string DemoCountyName = "临河县";

    /// <summary>The seeds' county scale: 34.48 亿元 of projects (金安区 2022).</summary>
    public static readonly Money DemoCountyTotal = Money.FromWanYuan(344_800m);

    private readonly Random _random;
    private readonly NameMaker _names;
    private readonly IdAllocator _ids;
    private readonly GeneratedDataset _data = new();
    private readonly int _year;

    private DemoDataGenerator(int seed, int fiscalYear, IdAllocator ids)
    {
        _random = new Random(seed);
        _names = new NameMaker(_random);
        _ids = ids;
        _year = fiscalYear;
    }

    /// <summary>The demo county 临河县 (青山市, 江淮省) with its finance bureau, oversight bodies, agencies, experts and demo accounts.</summary>
    /// <param name="sectionFor">The target-review rules of a region (by code); when given, every project gets a performance target reviewed by them.</param>
    public static GeneratedDataset GenerateDemoCounty(int seed, int fiscalYear, Func<string, string> hashPassword, IdAllocator? ids = null, Func<string, ResolvedSection<TargetReviewSection>>? sectionFor = null)
    {
        var g = new DemoDataGenerator(seed, fiscalYear, ids ?? new IdAllocator());
        var province = g.AddRegion(DemoProvinceCode, "江淮省", null);
        var city = g.AddRegion(DemoCityCode, "青山市", province);
        var county = g.AddRegion(DemoCountyCode, DemoCountyName, city);
        var bureau = g.AddCounty(county, DemoCountyTotal);
        g.AddDemoAccounts(county, bureau, hashPassword);
        g.AddTargets(seed, sectionFor);
        return g._data;
    }

    private void AddTargets(int seed, Func<string, ResolvedSection<TargetReviewSection>>? sectionFor)
    {
        if (sectionFor is null)
        {
            return;
        }

        var names = _data.Organizations.ToDictionary(o => o.Id, o => o.Name);
        var codes = _data.Regions.ToDictionary(r => r.Id, r => r.Code);
        // The demo units' accounts each find two fresh drafts to declare.
        var demoUnits = _data.Users.Where(u => u.Roles == Role.BudgetUnit).Select(u => u.OrganizationId).ToHashSet();
        var generator = new DemoTargetGenerator(seed + 1, _year);
        _data.Targets.AddRange(generator.Generate(_data.Projects, names, id => sectionFor(codes[id]), _ids, demoUnits));
        // The demo departments' own 部门整体 targets are left for their accounts to declare.
        var demoDepartments = _data.Users.Where(u => u.Roles.HasFlag(Role.Department)).Select(u => u.OrganizationId).ToHashSet();
        _data.Targets.AddRange(generator.GenerateOverall(
            _data.Policies, _data.DepartmentBudgets.Where(b => !demoDepartments.Contains(b.DepartmentId)).ToList(), _data.Projects, names, id => sectionFor(codes[id]), _ids));
        _data.RuleOutcomes.AddRange(generator.Outcomes);
    }

    /// <summary>A province of <paramref name="counties"/> counties in cities of about six, each county at the seeds' scale.</summary>
    public static GeneratedDataset GenerateProvince(int seed, int fiscalYear, int counties = 100, IdAllocator? ids = null, string provinceCode = "980000", Func<string, ResolvedSection<TargetReviewSection>>? sectionFor = null)
    {
        var g = new DemoDataGenerator(seed, fiscalYear, ids ?? new IdAllocator());
        var province = g.AddRegion(provinceCode, "江淮省（基准测试）", null);
        var used = new HashSet<string>();
        var made = 0;
        for (var c = 1; made < counties; c++)
        {
            var city = g.AddRegion($"{provinceCode[..2]}{c:D2}00", g._names.Place(used) + "市", province);
            for (var k = 1; k <= 6 && made < counties; k++, made++)
            {
                var county = g.AddRegion($"{provinceCode[..2]}{c:D2}{20 + k:D2}", g._names.Place(used) + (k % 3 == 0 ? "区" : "县"), city);
                var total = Money.FromWanYuan(g._random.Next(200_000, 500_000));
                g.AddCounty(county, total);
            }
        }

        g.AddTargets(seed, sectionFor);
        return g._data;
    }

    private Region AddRegion(string code, string name, Region? parent)
    {
        var region = Region.Create(code, name, parent).Value;
        region.AssignId(_ids.Next<Region>());
        _data.Regions.Add(region);
        return region;
    }

    private Organization AddOrganization(string code, string name, OrganizationKind kind, Region region, Organization? parent = null, Sector? sector = null)
    {
        var org = Organization.Create(code, name, kind, region, parent, sector).Value;
        org.AssignId(_ids.Next<Organization>());
        org.SetContact(_names.Person(), _names.Phone());
        _data.Organizations.Add(org);
        return org;
    }

    private Organization AddCounty(Region county, Money targetTotal)
    {
        _data.FiscalYears.Add(WithId(FiscalYear.Open(county.Id, _year).Value));
        // The next year is open for budget preparation: units declare new projects (新增项目申报) for it.
        _data.FiscalYears.Add(WithId(FiscalYear.Open(county.Id, _year + 1).Value));
        var bureau = AddOrganization(county.Code + "F00", county.Name + "财政局", OrganizationKind.FinanceBureau, county);
        var departments = new List<(Organization Dept, List<Organization> Units, DepartmentTemplate Template)>();
        for (var d = 0; d < CountyCatalog.Departments.Length; d++)
        {
            var template = CountyCatalog.Departments[d];
            var code = $"{county.Code}{d + 1:D3}";
            var dept = AddOrganization(code + "000", Localize(template.Name, county), OrganizationKind.Department, county, null, template.Sector);
            var units = new List<Organization> { dept };
            for (var u = 0; u < template.Units.Length; u++)
            {
                units.Add(AddOrganization($"{code}{u + 1:D3}", Localize(template.Units[u], county), OrganizationKind.BudgetUnit, county, dept, template.Sector));
            }

            departments.Add((dept, units, template));
        }

        var projects = new List<(Project Project, DepartmentTemplate Template)>();
        var sequence = 0;
        foreach (var (dept, units, template) in departments)
        {
            var namesUsed = new HashSet<string>();
            var repeatable = template.Projects.Where(IsRepeatable).ToArray();
            for (var i = 0; i < template.ProjectCount; i++)
            {
                var t = template.Projects[i % template.Projects.Length];
                if (i >= template.Projects.Length && !IsRepeatable(t))
                {
                    t = repeatable[_random.Next(repeatable.Length)];
                }

                // Fund-wide items (insurance funds, state capital) are run by the department itself.
                var owner = IsRepeatable(t) ? PickUnit(units) : dept;
                var name = ProjectName(t, owner, dept, i / template.Projects.Length, namesUsed);
                projects.Add((NewProject(county, owner, t, name, ++sequence), template));
            }
        }

        ScaleTo(projects.Select(p => p.Project).ToList(), targetTotal);
        _data.Projects.AddRange(projects.Select(p => p.Project));
        AddPolicies(county, departments.Select(d => d.Dept).ToList(), projects.Select(p => p.Project).ToList());
        foreach (var (dept, units, _) in departments)
        {
            var projectTotal = Money.Sum(projects.Where(p => p.Project.DepartmentId == dept.Id).Select(p => p.Project.AdjustedTotal));
            var personnel = Money.FromWanYuan(units.Count * _random.Next(180, 720));
            var operating = Money.FromWanYuan(decimal.Round(personnel.WanYuan * (decimal)(0.15 + (_random.NextDouble() * 0.2)), 2));
            _data.DepartmentBudgets.Add(WithId(DepartmentBudget.Create(dept.Id, county.Id, _year, personnel, operating, projectTotal).Value));
        }

        return bureau;
    }

    /// <summary>The catalog lists a department's main units first (第一中学, 人民医院…); they run more projects.</summary>
    private Organization PickUnit(List<Organization> units)
    {
        var weights = units.Select((_, i) => i is >= 1 and <= 3 ? 3 : 1).ToList();
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < units.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return units[i];
            }
        }

        return units[^1];
    }

    /// <summary>Insurance-fund and state-capital items exist once per county; other kinds recur by unit or town.</summary>
    private static bool IsRepeatable(ProjectTemplate t) => t.Kind is BudgetKind.GeneralPublic or BudgetKind.GovernmentFund;

    private static string Localize(string template, Region county) => template.Replace("{县}", county.Name, StringComparison.Ordinal);

    private string ProjectName(ProjectTemplate t, Organization owner, Organization dept, int round, HashSet<string> used)
    {
        var baseName = $"{_year}年{t.Name}";
        if (round == 0 && used.Add(baseName))
        {
            return baseName;
        }

        // Repeats of a template in one department are told apart by the unit or town they serve.
        var place = owner.Id != dept.Id
            ? owner.Name.Replace(dept.Name[..Math.Min(3, dept.Name.Length)], string.Empty, StringComparison.Ordinal)
            : CountyCatalog.Towns[_random.Next(CountyCatalog.Towns.Length)];
        foreach (var candidate in new[] { $"{_year}年{place}{t.Name}", $"{_year}年{place}{t.Name}（二期）", $"{_year}年{place}{t.Name}（{round + 1}）" })
        {
            var trimmed = candidate.Length > Project.MaxNameLength ? candidate[..Project.MaxNameLength] : candidate;
            if (used.Add(trimmed))
            {
                return trimmed;
            }
        }

        return $"{_year}年{t.Name}（{used.Count}）";
    }

    private Project NewProject(Region county, Organization owner, ProjectTemplate t, string name, int sequence)
    {
        var (start, end, isNew) = Period(t.Type);
        var wan = t.TypicalWanYuan * (decimal)Math.Exp(Gaussian() * 0.55);
        var total = Money.FromWanYuan(decimal.Round(wan, 2));
        var carry = isNew ? Money.Zero : Money.FromWanYuan(decimal.Round(total.WanYuan * (decimal)(_random.NextDouble() * 0.12), 2));
        var other = _random.Next(5) == 0 ? Money.FromWanYuan(decimal.Round(total.WanYuan * (decimal)(_random.NextDouble() * 0.15), 2)) : Money.Zero;
        var appropriation = total - carry - other;
        var definition = new ProjectDefinition(
            $"{county.Code}{_year}{sequence:D5}", name, _year, t.Kind, t.Category, t.Bond, t.Type, isNew, start, end,
            _names.Person(), new FundAmounts(appropriation, carry, other), _names.Phone(),
            $"{owner.Name}实施的{t.Name}，资金用于{BudgetTerms.Of(owner.Sector ?? Sector.GeneralAdministration)}领域。");
        return WithId(Project.Create(definition, owner).Value);
    }

    private (int Start, int End, bool IsNew) Period(ProjectType type)
    {
        switch (type)
        {
            case ProjectType.OneOff:
                return (_year, _year, true);
            case ProjectType.MultiYear:
                var start = _year - _random.Next(0, 3);
                return (start, Math.Max(start + 1, _year) + _random.Next(0, 3), start == _year);
            default:
                var isNew = _random.Next(10) == 0;
                return (isNew ? _year : _year - _random.Next(1, 9), _year + _random.Next(0, 3), isNew);
        }
    }

    /// <summary>Scales every project so that the county's total matches its target, then records a few mid-year adjustments.</summary>
    private void ScaleTo(List<Project> projects, Money target)
    {
        var raw = Money.Sum(projects.Select(p => p.InitialBudget.Total));
        var factor = target.Fen / (decimal)raw.Fen;
        foreach (var p in projects)
        {
            var b = p.InitialBudget;
            var scaled = new FundAmounts(Scale(b.CurrentYearAppropriation, factor), Scale(b.CarryOver, factor), Scale(b.Other, factor));
            p.ResetInitialBudget(scaled);
            if (_random.Next(100) < 15)
            {
                var delta = (decimal)(0.8 + (_random.NextDouble() * 0.35));
                p.AdjustBudget(new FundAmounts(Scale(scaled.CurrentYearAppropriation, delta), scaled.CarryOver, scaled.Other));
            }
        }
    }

    private static Money Scale(Money m, decimal factor) => Money.FromWanYuan(decimal.Round(m.WanYuan * factor, 2));

    private void AddPolicies(Region county, List<Organization> departments, List<Project> projects)
    {
        (string Name, string Lead, string[] Keywords)[] policies =
        [
            ("义务教育经费保障机制", "教育体育局", ["义务教育", "营养改善", "特设岗位", "寄宿制"]),
            ("学生资助政策", "教育体育局", ["助学金", "免学费", "生活补助", "保教费"]),
            ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "农业农村局", ["乡村振兴", "防返贫", "小额信贷", "雨露计划", "光伏扶贫", "驻村"]),
            ("城乡居民基本养老保险制度", "人力资源和社会保障局", ["城乡居民基本养老保险", "基础养老金"]),
            ("城乡社会救助体系", "民政局", ["最低生活保障", "特困人员", "临时救助", "医疗救助"]),
            ("城镇老旧小区改造和保障性安居工程", "住房和城乡建设局", ["老旧小区", "保障性安居", "棚户区"]),
            ("就业创业扶持政策", "人力资源和社会保障局", ["就业", "技能提升", "创业"]),
            ("耕地保护与粮食安全", "农业农村局", ["耕地", "高标准农田", "储备粮"]),
        ];

        foreach (var (name, lead, keywords) in policies)
        {
            var dept = departments.FirstOrDefault(d => d.Name.EndsWith(lead, StringComparison.Ordinal));
            if (dept is null)
            {
                continue;
            }

            var policy = WithId(Policy.Create($"{county.Code}ZC{_data.Policies.Count + 1:D3}", name, county.Id, dept.Id, _year, _year - 3, _year + 2,
                $"{county.Name}{name}，统筹{string.Join("、", keywords)}等项目。").Value);
            _data.Policies.Add(policy);
            foreach (var p in projects.Where(p => p.PolicyId is null && keywords.Any(k => p.Name.Contains(k, StringComparison.Ordinal))))
            {
                p.AssignToPolicy(policy);
            }
        }
    }

    private void AddDemoAccounts(Region county, Organization bureau, Func<string, string> hash)
    {
        var audit = AddOrganization(county.Code + "S00", county.Name + "审计局", OrganizationKind.AuditOffice, county);
        var congress = AddOrganization(county.Code + "R00", county.Name + "人大常委会预算工作委员会", OrganizationKind.PeoplesCongress, county);
        var pool = AddOrganization(county.Code + "E00", county.Name + "预算绩效管理专家库", OrganizationKind.ExpertPool, county);
        var agencies = new[] { "江淮正信会计师事务所有限公司", "青山华诚工程咨询有限公司", "江淮公信绩效评价研究中心" }
            .Select((n, i) => AddOrganization($"{county.Code}T{i + 1:D2}", n, OrganizationKind.ThirdPartyAgency, county)).ToList();

        string[] titles = ["高级会计师", "正高级经济师", "教授", "副教授", "高级工程师", "注册会计师", "主任医师"];
        string[] employers = ["江淮财经大学", "青山市财政科学研究所", "江淮省审计厅退休", "青山职业技术学院", "青山市人民医院", "江淮建筑设计研究院"];
        var experts = new List<Expert>();
        for (var i = 0; i < 24; i++)
        {
            var expert = Expert.Create(pool, _names.Person(), (Sector)(1 + (i % 16)), titles[i % titles.Length], employers[_random.Next(employers.Length)], $"{county.Code}E{i + 1:D3}").Value;
            expert.AssignId(_ids.Next<Expert>());
            experts.Add(expert);
        }

        var education = _data.Organizations.First(o => o.Kind == OrganizationKind.Department && o.Name.EndsWith("教育体育局", StringComparison.Ordinal));
        var health = _data.Organizations.First(o => o.Kind == OrganizationKind.Department && o.Name.EndsWith("卫生健康委员会", StringComparison.Ordinal));
        var school = _data.Organizations.First(o => o.ParentId == education.Id && o.Name.EndsWith("第一中学", StringComparison.Ordinal));
        var hospital = _data.Organizations.First(o => o.ParentId == health.Id && o.Name.EndsWith("人民医院", StringComparison.Ordinal));

        (string UserName, string Name, Organization Org, Role Roles)[] accounts =
        [
            ("czadmin", "周建国", bureau, Role.FinanceAdmin | Role.FinanceReviewer),
            ("jxk", "李静", bureau, Role.FinanceReviewer),
            ("jytj", "王海涛", education, Role.Department | Role.BudgetUnit),
            ("wjw", "陈丽", health, Role.Department | Role.BudgetUnit),
            ("yizhong", "刘敏", school, Role.BudgetUnit),
            ("rmyy", "赵强", hospital, Role.BudgetUnit),
            ("dsf", "孙伟", agencies[0], Role.ThirdParty),
            ("zhuanjia", experts[0].Name, pool, Role.Expert),
            ("shenji", "吴磊", audit, Role.Auditor),
            ("renda", "郑红", congress, Role.PeoplesCongress),
        ];

        var password = hash(DemoPassword);
        foreach (var (userName, name, org, roles) in accounts)
        {
            var user = User.Create(userName, name, org, roles, password).Value;
            user.AssignId(_ids.Next<User>());
            _data.Users.Add(user);
            _data.DemoAccounts.Add((userName, Roles.DisplayNames(roles), org.Name));
            if (roles == Role.Expert)
            {
                experts[0].LinkUser(user);
            }
        }

        // 回避 has content from the start: one expert works at the county hospital, the demo expert taught at the
        // school, and an agency audited the health commission.
        var declared = new DateTime(_year, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        var nurse = experts[1];
        nurse.Edit(nurse.Revision, new ExpertParticulars(nurse.Code, nurse.Name, Sector.HealthCare, "主任医师", hospital.Name, "0564-3210000"), hospital);
        var admin = _data.Users.First(u => u.UserName == "czadmin");
        var expertUser = _data.Users.First(u => u.UserName == "zhuanjia");
        _data.DeclaredRelations.Add(WithId(DeclaredRelation.Create(
            RelationParty.Expert, experts[0].Id, school, RelationKind.FormerEmployment, $"{_year - 6}—{_year - 3} 年在该校任教", declared, expertUser.Id).Value));
        _data.DeclaredRelations.Add(WithId(DeclaredRelation.Create(
            RelationParty.Agency, agencies[1].Id, health, RelationKind.PaidService, $"{_year - 1} 年为其提供部门决算审计服务", declared, admin.Id).Value));
        _data.Experts.AddRange(experts);
    }

    private double Gaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private T WithId<T>(T entity) where T : Entity
    {
        entity.AssignId(_ids.Next<T>());
        return entity;
    }
}
