using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Organizations.Workbooks;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Infrastructure.Bulk;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using BudgetPerformance.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// A migrated SQLite template with an empty county (its finance bureau, administrator and expert pool), and a 单位库
/// workbook that fills it: <see cref="Departments"/> departments with <see cref="UnitsPerDepartment"/> units each, kept as
/// registers are (no kind column, units found by their department's name or code prefix, blank sectors), and
/// <see cref="Experts"/> experts without numbers. Each run imports into a fresh copy of the template.
/// </summary>
public sealed class RegisterImportFixture : IDisposable
{
    public const int Departments = 300;
    public const int UnitsPerDepartment = 9;
    public const int Experts = 500;
    private const string CountyCode = "960121";

    private RegisterImportFixture(string templatePath, byte[] workbook, Actor admin, long countyId)
    {
        TemplatePath = templatePath;
        Workbook = workbook;
        Admin = admin;
        CountyId = countyId;
    }

    public string TemplatePath { get; }
    public byte[] Workbook { get; }
    public Actor Admin { get; }
    public long CountyId { get; }
    public static int Organizations => Departments * (1 + UnitsPerDepartment);

    public static async Task<RegisterImportFixture> CreateAsync(CancellationToken ct = default)
    {
        var path = BenchDatabase.NewTempSqlitePath("register-template");
        try
        {
            var options = BenchDatabase.SqliteOptions(path, pooling: false);
            await BenchDatabase.MigrateAsync(options, ct);
            await using var db = new AppDbContext(options);
            var ids = await DatasetLoader.NextIdsAsync(db, ct);
            var data = new GeneratedDataset();
            var province = With(ids, Region.Create("960000", "单位库基准省", null).Value, data.Regions);
            var city = With(ids, Region.Create("960100", "单位库基准市", province).Value, data.Regions);
            var county = With(ids, Region.Create(CountyCode, "单位库基准县", city).Value, data.Regions);
            var bureau = With(ids, Organization.Create(CountyCode + "F00", "单位库基准县财政局", OrganizationKind.FinanceBureau, county).Value, data.Organizations);
            With(ids, Organization.Create(CountyCode + "E00", "单位库基准县专家库", OrganizationKind.ExpertPool, county).Value, data.Organizations);
            var admin = With(ids, User.Create("bench.admin", "基准测试管理员", bureau, Role.FinanceAdmin, "not-a-real-password-hash").Value, data.Users);
            await DatasetLoader.LoadAsync(db, data, "单位库导入基准：空县", ct);

            using var buffer = new MemoryStream();
            await new TableWorkbookWriter().WriteAsync(buffer, [
                new ListSheet("单位", [new("单位编码（必填）"), new("单位名称"), new("主管部门"), new("行业"), new("联系人"), new("联系电话")], Rows(OrganizationRows())),
                new ListSheet("专家", [new("姓名"), new("专业"), new("职称"), new("工作单位"), new("联系电话")], Rows(ExpertRows())),
            ], ct);
            return new RegisterImportFixture(path, buffer.ToArray(), new Actor(admin.Id, admin.UserName, admin.DisplayName, admin.Roles, bureau.Id), county.Id);
        }
        catch
        {
            BenchDatabase.DeleteSqlite(path);
            throw;
        }
    }

    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();

    private static string DepartmentCode(int d) => string.Create(CultureInfo.InvariantCulture, $"{CountyCode}{d + 1:D3}");

    private static string DepartmentName(int d) => string.Create(CultureInfo.InvariantCulture, $"基准县{BudgetTerms.Of(Sectors[d % Sectors.Length])}第{d + 1}局");

    private static IEnumerable<object?[]> OrganizationRows()
    {
        for (var d = 0; d < Departments; d++)
        {
            yield return [DepartmentCode(d), DepartmentName(d), null, BudgetTerms.Of(Sectors[d % Sectors.Length]), "王明", "0564-1000000"];
            for (var u = 0; u < UnitsPerDepartment; u++)
            {
                // Every other unit names its department; the rest leave it to the code prefix.
                yield return [string.Create(CultureInfo.InvariantCulture, $"{DepartmentCode(d)}{u + 1:D3}"), string.Create(CultureInfo.InvariantCulture, $"{DepartmentName(d)}第{u + 1}所"),
                    u % 2 == 0 ? DepartmentName(d) : null, null, null, null];
            }
        }
    }

    private static IEnumerable<object?[]> ExpertRows()
    {
        for (var e = 0; e < Experts; e++)
        {
            yield return [string.Create(CultureInfo.InvariantCulture, $"专家{e + 1}号"), BudgetTerms.Of(Sectors[e % Sectors.Length]), "高级经济师", "某大学", "13900000000"];
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    public string CopyTemplate()
    {
        var copy = BenchDatabase.NewTempSqlitePath("register");
        File.Copy(TemplatePath, copy);
        return copy;
    }

    /// <summary>Only reading the workbook's tables (the raw limit of the import).</summary>
    public TableReadResult Read()
    {
        using var input = new MemoryStream(Workbook, writable: false);
        var read = new TableSheetReader().Read(input, OrganizationWorkbookLayout.All, new UploadLimits(), CancellationToken.None);
        return read.Errors.Count == 0 && read.Sheets.Sum(s => s.Rows.Count) == Organizations + Experts
            ? read
            : throw new InvalidOperationException($"工作簿读取结果不符：{read.Sheets.Sum(s => s.Rows.Count)} 行，{read.Errors.Count} 处问题。");
    }

    /// <summary>The import as the web layer runs it (audit trail on), previewing or applying.</summary>
    public async Task<ImportOrganizationsResult> ImportAsync(string databasePath, bool apply, CancellationToken ct = default)
    {
        var user = new BenchCurrentUser(Admin);
        var options = BenchDatabase.SqliteOptions(databasePath, pooling: true);
        using var audit = BenchAudit.Create(options);
        var trail = audit.Trail(user);
        await using var db = new AppDbContext(options, trail);
        var handler = new ImportOrganizationWorkbookHandler(
            db, new FinanceAdministration(db, user, new AccessScopeResolver(db, user)), new TableSheetReader(),
            new UploadGate(new UploadLimits(), TimeProvider.System), new BenchAuditEvents(options, audit, user), trail.Notes, TimeProvider.System);
        using var input = new MemoryStream(Workbook, writable: false);
        var result = await handler.HandleAsync(input, new ImportOrganizationsOptions(apply), ct);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message + Environment.NewLine + string.Join(Environment.NewLine, result.Error.Details.Take(5)));
        }

        return result.Value.Created == Organizations && result.Value.ExpertsCreated == Experts
            ? result.Value
            : throw new InvalidOperationException($"导入结果不符：新增 {result.Value.Created} 个单位、{result.Value.ExpertsCreated} 位专家。");
    }

    /// <summary>The raw limit of saving: the same organisations written by the bulk inserter, no reading, no checks, no audit.</summary>
    public async Task PlainInsertAsync(string databasePath, CancellationToken ct = default)
    {
        var options = BenchDatabase.SqliteOptions(databasePath, pooling: true);
        await using var db = new AppDbContext(options);
        var ids = await DatasetLoader.NextIdsAsync(db, ct);
        var county = await db.Regions.FindAsync([CountyId], ct) ?? throw new InvalidOperationException("基准县不存在。");
        var orgs = new List<Organization>();
        foreach (var row in OrganizationRows())
        {
            var code = (string)row[0]!;
            var parent = code.Length > 9 ? orgs.Last(o => o.Kind == OrganizationKind.Department) : null;
            var org = Organization.Create(code, (string)row[1]!, parent is null ? OrganizationKind.Department : OrganizationKind.BudgetUnit, county, parent,
                parent?.Sector ?? Sectors[orgs.Count(o => o.Kind == OrganizationKind.Department) % Sectors.Length]).Value;
            org.AssignId(ids.Next<Organization>());
            orgs.Add(org);
        }

        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await BulkInserter.InsertAsync(db, orgs, null, ct);
        await tx.CommitAsync(ct);
    }

    public void Dispose() => BenchDatabase.DeleteSqlite(TemplatePath);

    private static T With<T>(IdAllocator ids, T entity, List<T> list) where T : Domain.Common.Entity
    {
        entity.AssignId(ids.Next<T>());
        list.Add(entity);
        return entity;
    }
}
