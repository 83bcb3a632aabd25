using System.Diagnostics;
using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>Timings of one province load, and the dataset that was loaded (targets included).</summary>
public sealed record ProvinceLoad(TimeSpan Generate, TimeSpan Load, GeneratedDataset Data)
{
    public TimeSpan Total => Generate + Load;
    public int Regions => Data.Regions.Count;
    public int Organizations => Data.Organizations.Count;
    public int Projects => Data.Projects.Count;
    public int Targets => Data.Targets.Count;
    public int Indicators => Data.Targets.Sum(t => t.Indicators.Count);
}

/// <summary>Creates, fills and finds the benchmark databases. Everything here goes through the application's own code paths.</summary>
public static class BenchDatabase
{
    public const int Seed = 7;
    public const int FiscalYear = 2026;
    public const string ProvinceCode = "980000";
    public const string ReviewerUserName = "bench.reviewer";

    private static readonly string ReviewerOrganizationCode = ProvinceCode + "F00";
    private static readonly string ProvincePrefix = ProvinceCode[..2];

    /// <summary>A fresh, not yet existing SQLite file in the temp folder.</summary>
    public static string NewTempSqlitePath(string purpose) =>
        Path.Combine(Path.GetTempPath(), $"bp-bench-{purpose}-{Guid.NewGuid():N}.db");

    /// <summary>
    /// Without pooling the file is closed as soon as EF closes the connection, so it can be renamed or deleted at once;
    /// the query benchmarks keep pooling on, as the web application does.
    /// </summary>
    public static DbContextOptions<AppDbContext> SqliteOptions(string path, bool pooling) =>
        DbContextOptionsFactory.Create(false, new SqliteConnectionStringBuilder { DataSource = path, Pooling = pooling }.ToString());

    public static DbContextOptions<AppDbContext> PostgresOptions(string connectionString) =>
        DbContextOptionsFactory.Create(true, connectionString);

    /// <summary>A new empty database beside the one <paramref name="adminConnectionString"/> names; returns its connection string.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync(string adminConnectionString, string name)
    {
        await using var admin = new Npgsql.NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string adminConnectionString, string name)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var admin = new Npgsql.NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public static async Task MigrateAsync(DbContextOptions<AppDbContext> options, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(options);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// Creates the shipped rule packs when missing (as the application does at start) and returns the latest national
    /// pack, the one every benchmark region resolves to (the benchmark assigns no packs).
    /// </summary>
    public static async Task<ResolvedSection<TargetReviewSection>> EnsureRulePacksAsync(DbContextOptions<AppDbContext> options, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(options);
        await new EnsureRulePacksHandler(db, TimeProvider.System).HandleAsync(ct);
        return (await DatabaseInitializer.LatestSectionsAsync(new RulePackResolver(db, new RulePackCatalog()), ct))[ShippedRulePacks.National];
    }

    /// <summary>The national pack's target-review rules made in memory, for generating targets without a database.</summary>
    public static ResolvedSection<TargetReviewSection> InMemoryNationalSection()
    {
        var shipped = ShippedRulePacks.Get(ShippedRulePacks.National);
        var pack = RulePack.Create(shipped.Code, shipped.Name, shipped.Basis, null, null, new PackSections(ShippedRulePacks.CarriedSections(shipped)), "平台", "基准测试", DateTime.UtcNow).Value;
        pack.AssignId(1);
        return RulePackResolution.Section(pack, TargetReviewSectionDefinition.Instance, (_, _) => null).Value;
    }

    /// <summary>
    /// Generates the province with a reviewed performance target for every project and bulk-loads it, timing the two
    /// steps apart. The rule packs are made first (not timed) so the targets are reviewed by the stored national pack.
    /// </summary>
    public static async Task<ProvinceLoad> LoadProvinceAsync(DbContextOptions<AppDbContext> options, int counties, CancellationToken ct = default)
    {
        var national = await EnsureRulePacksAsync(options, ct);
        await using var db = new AppDbContext(options);
        var ids = await DatasetLoader.NextIdsAsync(db, ct);
        var watch = Stopwatch.StartNew();
        var data = DemoDataGenerator.GenerateProvince(Seed, FiscalYear, counties, ids, ProvinceCode, _ => national);
        var generated = watch.Elapsed;
        watch.Restart();
        await DatasetLoader.LoadAsync(db, data, Describe(counties), ct);
        return new ProvinceLoad(generated, watch.Elapsed, data);
    }

    public static string Describe(int counties) =>
        string.Create(CultureInfo.InvariantCulture, $"基准测试省份（{counties} 个县，种子 {Seed}）");

    /// <summary>
    /// The province generator makes no accounts, so add a finance bureau at the province and a 绩效科 reviewer in it:
    /// the reviewer's scope is then every region of the province. Idempotent; saved without the audit trail.
    /// </summary>
    public static async Task<Actor> EnsureReviewerAsync(DbContextOptions<AppDbContext> options, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(options);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == ReviewerUserName, ct);
        if (user is null)
        {
            var province = await db.Regions.AsNoTracking().FirstAsync(r => r.Code == ProvinceCode, ct);
            var bureau = await db.Organizations.FirstOrDefaultAsync(o => o.Code == ReviewerOrganizationCode, ct);
            if (bureau is null)
            {
                bureau = Organization.Create(ReviewerOrganizationCode, "江淮省财政厅（基准测试）", OrganizationKind.FinanceBureau, province).Value;
                db.Organizations.Add(bureau);
                await db.SaveChangesAsync(ct);
            }

            user = User.Create(ReviewerUserName, "基准测试绩效科", bureau, Role.FinanceReviewer, "not-a-real-password-hash").Value;
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
        }

        return new Actor(user.Id, user.UserName, user.DisplayName, user.Roles, user.OrganizationId);
    }

    /// <summary>
    /// A SQLite file holding the province of <paramref name="counties"/> counties (with targets) and the reviewer, kept in the temp
    /// folder between runs under a name made of its parameters. It is built under a temporary name and renamed only
    /// when complete, so an interrupted build is never reused. Delete the file to force a rebuild.
    /// </summary>
    public static async Task<string> EnsureSqliteProvinceAsync(int counties, TextWriter? log = null, CancellationToken ct = default)
    {
        var path = CachedSqlitePath(counties);
        if (!File.Exists(path))
        {
            log?.WriteLine($"// 正在生成基准数据库 / building benchmark database: {path}");
            var building = path + $".building-{Guid.NewGuid():N}";
            try
            {
                var options = SqliteOptions(building, pooling: false);
                await MigrateAsync(options, ct);
                var load = await LoadProvinceAsync(options, counties, ct);
                await EnsureReviewerAsync(options, ct);
                File.Move(building, path, overwrite: true);
                log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"// {load.Projects} projects, {load.Targets} targets, generate {load.Generate.TotalSeconds:0.0} s + load {load.Load.TotalSeconds:0.0} s"));
            }
            finally
            {
                DeleteSqlite(building);
            }
        }
        else
        {
            log?.WriteLine($"// 复用基准数据库 / reusing benchmark database: {path}");
        }

        // A no-op when the schema is current; brings an older cached file up to date otherwise.
        await MigrateAsync(SqliteOptions(path, pooling: false), ct);
        return path;
    }

    public static string CachedSqlitePath(int counties) =>
        Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
            $"bp-bench-province-{counties}c-seed{Seed}-{FiscalYear}-targets.db"));

    /// <summary>Makes sure the PostgreSQL database holds the benchmark province (loading it once) and the reviewer.</summary>
    public static async Task<DbContextOptions<AppDbContext>> EnsurePostgresProvinceAsync(string connectionString, int counties, TextWriter? log = null, CancellationToken ct = default)
    {
        var options = PostgresOptions(connectionString);
        await MigrateAsync(options, ct);
        await using (var db = new AppDbContext(options))
        {
            var province = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == ProvinceCode, ct);
            if (province is null)
            {
                log?.WriteLine("// 正在向 PostgreSQL 导入基准省份 / loading the benchmark province into PostgreSQL");
                var load = await LoadProvinceAsync(options, counties, ct);
                log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"// {load.Projects} projects, {load.Targets} targets, generate {load.Generate.TotalSeconds:0.0} s + load {load.Load.TotalSeconds:0.0} s"));
            }
            else
            {
                var present = await db.Regions.CountAsync(r => r.Level == RegionLevel.County && r.Code.StartsWith(ProvincePrefix), ct);
                if (present != counties)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"PostgreSQL 中已有 {present} 个县的基准省份（{ProvinceCode}），与请求的 {counties} 个县不符；请换一个空数据库。 / The database already holds a {present}-county benchmark province; use an empty database."));
                }

                if (!await db.PerformanceTargets.AnyAsync(t => t.FiscalYear == FiscalYear, ct))
                {
                    throw new InvalidOperationException(
                        "PostgreSQL 中的基准省份没有绩效目标（由旧版基准生成）；请换一个空数据库。 / The benchmark province in PostgreSQL has no targets (an older benchmark made it); use an empty database.");
                }
            }
        }

        await EnsureReviewerAsync(options, ct);
        return options;
    }

    public static void DeleteSqlite(string? path)
    {
        if (path is null)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
