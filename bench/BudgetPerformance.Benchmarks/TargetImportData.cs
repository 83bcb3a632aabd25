using System.Globalization;
using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Infrastructure.DemoData;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// The import benchmark's data: one county where one budget unit (a school) owns <see cref="ProjectCount"/> projects,
/// each with an empty draft target, a user of that unit, and the declaration forms that fill every draft: one sheet
/// per project, 12 valid indicators in the official form (weights 50 + 30 + 10 = 90), a specific annual goal.
/// Names are built from words, not numbers, because the copy check ignores digits.
/// </summary>
public static class TargetImportData
{
    public const int ProjectCount = 1_000;
    public const string CountyCode = "970121";
    public const string UnitUserName = "bench.unit";

    private const string CountyName = "导入基准县";

    private static readonly string[] Towns =
    [
        "城关镇", "东关镇", "西河镇", "南岗镇", "北山镇", "柳林镇", "桃园镇", "杨庄镇", "石桥镇", "青龙乡", "白马乡", "黄花乡", "红星乡",
        "金牛镇", "银杏乡", "龙泉镇", "凤凰镇", "清水镇", "双河镇", "三合乡", "五里镇", "七星乡", "九龙镇", "长岭乡", "高坪镇",
    ];

    private static readonly string[] Subjects = ["义务教育学校", "寄宿制学校", "乡村幼儿园", "特殊教育学校", "职业高中", "教师周转宿舍", "学生食堂", "校园安防设施"];
    private static readonly string[] Kinds = ["运转保障", "维修改造", "设备购置", "信息化建设", "后勤服务"];
    private static readonly string[] Benefits = ["办学条件明显改善", "学生就学环境持续优化", "教育教学质量稳步提升", "城乡教育差距逐步缩小"];

    /// <summary>Province → city → county, its finance bureau, the 教育体育局 and its 第一中学, the projects, drafts and user.</summary>
    public static GeneratedDataset Dataset(IdAllocator ids)
    {
        var data = new GeneratedDataset();
        var province = With(ids, Region.Create("970000", "导入基准省", null).Value, data.Regions);
        var city = With(ids, Region.Create("970100", "导入基准市", province).Value, data.Regions);
        var county = With(ids, Region.Create(CountyCode, CountyName, city).Value, data.Regions);
        With(ids, FiscalYear.Open(county.Id, BenchDatabase.FiscalYear).Value, data.FiscalYears);
        With(ids, Organization.Create(CountyCode + "F00", CountyName + "财政局", OrganizationKind.FinanceBureau, county).Value, data.Organizations);
        var department = With(ids, Organization.Create(CountyCode + "001000", CountyName + "教育体育局", OrganizationKind.Department, county, null, Sector.Education).Value, data.Organizations);
        var unit = With(ids, Organization.Create(CountyCode + "001001", CountyName + "第一中学", OrganizationKind.BudgetUnit, county, department, Sector.Education).Value, data.Organizations);
        With(ids, User.Create(UnitUserName, "基准测试填报员", unit, Role.BudgetUnit, "not-a-real-password-hash").Value, data.Users);

        var declaredAt = new DateTime(BenchDatabase.FiscalYear - 1, 10, 8, 2, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < ProjectCount; i++)
        {
            var definition = new ProjectDefinition(
                ProjectCode(i), ProjectName(i), BenchDatabase.FiscalYear, BudgetKind.GeneralPublic, SpecialCategory.None, DebtBondType.None,
                ProjectType.Recurring, false, BenchDatabase.FiscalYear - 4, BenchDatabase.FiscalYear + 1, "张伟",
                new FundAmounts(Money.FromWanYuan(50 + (i % 300)), Money.Zero, Money.Zero));
            var project = With(ids, Project.Create(definition, unit).Value, data.Projects);
            var subject = new TargetSubject(TargetSubjectKind.Project, project.Id, project.Name, unit.Id, department.Id, county.Id, project.FiscalYear);
            With(ids, PerformanceTarget.Declare(subject, IndicatorFramework.Classic, new ReviewActor(null, unit.Name), declaredAt), data.Targets);
        }

        return data;
    }

    /// <summary>Migrates the database at <paramref name="options"/>, creates the rule packs and loads the dataset.</summary>
    public static async Task<GeneratedDataset> LoadAsync(Microsoft.EntityFrameworkCore.DbContextOptions<Infrastructure.Persistence.AppDbContext> options, string description, CancellationToken ct = default)
    {
        await BenchDatabase.MigrateAsync(options, ct);
        await BenchDatabase.EnsureRulePacksAsync(options, ct);
        await using var db = new Infrastructure.Persistence.AppDbContext(options);
        var data = Dataset(await DatasetLoader.NextIdsAsync(db, ct));
        await DatasetLoader.LoadAsync(db, data, description, ct);
        return data;
    }

    /// <summary>One filled declaration form per project of <paramref name="data"/>, matched by project code.</summary>
    public static List<TargetSheet> Sheets(GeneratedDataset data)
    {
        var names = data.Organizations.ToDictionary(o => o.Id, o => o.Name);
        return data.Projects.Select((p, i) => new TargetSheet(
            p.Name, p.FiscalYear, p.Name, p.Code, names[p.DepartmentId], names[p.OwnerUnitId], "延续 · 常年性",
            $"{p.StartYear}–{p.EndYear}年", Plain(p.AdjustedTotal), Plain(p.AdjustedBudget.CurrentYearAppropriation), "0", "0",
            $"{p.StartYear}—{p.EndYear}年，持续推进{Place(i)}，{Benefits[i % Benefits.Length]}，服务对象满意度保持较高水平。",
            $"{p.FiscalYear}年度在{Towns[i / 40]}完成{Subjects[i / 5 % 8]}{Kinds[i % 5]}任务，资助学生不少于{200 + i}人，设备验收合格率达到98%，{Benefits[(i / 3) % Benefits.Length]}。",
            Indicators(i),
            new Dictionary<string, string>())).ToList();
    }

    private static List<TargetSheetIndicator> Indicators(int i)
    {
        (string Level1, string Level2, string Name, string Value, int Weight)[] rows =
        [
            ("产出指标", "数量指标", "资助学生人数", $"≥{200 + i}人", 10),
            ("产出指标", "数量指标", "配备教学设备数量", $"≥{20 + (i % 37)}套", 10),
            ("产出指标", "质量指标", "设备验收合格率", "≥98%", 8),
            ("产出指标", "质量指标", "资助对象认定准确率", "=100%", 8),
            ("产出指标", "时效指标", "资金拨付及时率", "≥95%", 7),
            ("产出指标", "成本指标", "生均补助标准", $"≤{1000 + (i % 500)}元/人", 7),
            ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "≥98%", 8),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥99%", 8),
            ("效益指标", "经济效益指标", "减轻家庭教育支出", $"≥{50 + (i % 80)}万元", 7),
            ("效益指标", "可持续影响指标", "资助政策持续实施年限", "≥3年", 7),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", 5),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", 5),
        ];
        return rows.Select(r => new TargetSheetIndicator(
            0, r.Level1, r.Level2, r.Name, r.Value, r.Weight.ToString(CultureInfo.InvariantCulture), "计划标准",
            $"{r.Name}达到{r.Value}得满分，未达到的按完成比例计分。", new Dictionary<string, string>())).ToList();
    }

    private static string ProjectCode(int i) => string.Create(CultureInfo.InvariantCulture, $"{CountyCode}{BenchDatabase.FiscalYear}{i + 1:D5}");

    private static string ProjectName(int i) => $"{BenchDatabase.FiscalYear}年{Place(i)}项目";

    /// <summary>25 towns × 8 subjects × 5 kinds: 1,000 different names.</summary>
    private static string Place(int i) => Towns[i / 40 % Towns.Length] + Subjects[i / 5 % Subjects.Length] + Kinds[i % Kinds.Length];

    private static string Plain(Money m) => m.ToWanYuanString().Replace(",", string.Empty, StringComparison.Ordinal);

    private static T With<T>(IdAllocator ids, T entity, List<T> list) where T : Entity
    {
        entity.AssignId(ids.Next<T>());
        list.Add(entity);
        return entity;
    }
}
