using BudgetPerformance.Domain.Common;
using System.Diagnostics;
using System.Globalization;
using BudgetPerformance.Application;
using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Web.Cli;

/// <summary>
/// Maintenance commands run against the configured database instead of starting the web server:
/// <c>verify-audit</c>, <c>audit-checkpoint</c>, <c>audit-rotate-key</c>, <c>migrate</c>,
/// <c>generate-province [--counties N] [--seed S] [--year Y]</c>.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["verify-audit", "audit-checkpoint", "audit-rotate-key", "migrate", "bootstrap", "backup", "health", "generate-province", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "health")
        {
            return await HealthAsync(StringOption(args, "--url", "http://127.0.0.1:8080/health"));
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Skip(1).Where(a => a.StartsWith("--Database", StringComparison.Ordinal) || a.StartsWith("--ConnectionStrings", StringComparison.Ordinal) || a.StartsWith("--Audit", StringComparison.Ordinal)).ToArray())
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddApplication()
            .AddInfrastructure(configuration)
            .AddScoped<ICurrentUser, SystemUser>()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;

        switch (args[0])
        {
            case "verify-audit":
                var result = await sp.GetRequiredService<VerifyAuditChainHandler>().HandleAsync();
                Console.WriteLine(result.Message);
                if (result.LastHash is { } head)
                {
                    // Printed so an operator can keep the head somewhere else too (a report to the 人大, a ticket).
                    Console.WriteLine($"链头：第 {result.RecordsChecked} 条，哈希 {head}");
                }

                return result.IsIntact ? 0 : 2;
            case "audit-checkpoint":
                await sp.GetRequiredService<IAuditChainAnchors>().SealAsync(default);
                await sp.GetRequiredService<IAuditChainAnchors>().CheckpointAsync(default);
                Console.WriteLine($"已写入审计链检查点：{sp.GetRequiredService<Infrastructure.Auditing.AuditChainSettings>().CheckpointLog.Path}");
                return 0;
            case "audit-rotate-key":
                var id = Infrastructure.Auditing.AuditKeyStore.Rotate(sp.GetRequiredService<Infrastructure.Auditing.AuditOptions>(),
                    sp.GetRequiredService<Infrastructure.Auditing.AuditOptions>().ResolveDirectory(sp.GetRequiredService<DatabaseOptions>().DataDirectory));
                Console.WriteLine($"已生成新的审计链密钥 #{id}，此后封存的记录使用新密钥；旧密钥保留在密钥环中用于核验旧记录。请重启平台的所有实例。");
                return 0;
            case "migrate":
                await sp.GetRequiredService<AppDbContext>().Database.MigrateAsync();
                Console.WriteLine("数据库结构已更新到最新版本。");
                return 0;
            case "bootstrap":
                return await BootstrapAsync(sp, args);
            case "backup":
                return await BackupAsync(sp.GetRequiredService<DatabaseOptions>(), StringOption(args, "--output", string.Create(CultureInfo.InvariantCulture, $"budget-performance-{DateTime.UtcNow:yyyyMMdd-HHmmss}.bak")));
            case "generate-province":
                return await GenerateProvinceAsync(sp, args);
            default:
                Console.WriteLine("用法：BudgetPerformance.Web [verify-audit | audit-checkpoint | audit-rotate-key | migrate | bootstrap --parents \"650000 新疆维吾尔自治区,653000 克孜勒苏柯尔克孜自治州\" --region-code 653001 --region-name 阿图什市 --admin czadmin --admin-name 姓名（密码取自环境变量 BP_ADMIN_PASSWORD）| backup --output 文件 | health --url 地址 | generate-province --counties 100 --seed 7 --year 2026]");
                return 0;
        }
    }

    private static async Task<int> GenerateProvinceAsync(IServiceProvider sp, string[] args)
    {
        var counties = IntOption(args, "--counties", 100);
        var seed = IntOption(args, "--seed", 7);
        var year = IntOption(args, "--year", sp.GetRequiredService<TimeProvider>().GetUtcNow().Year);
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        var watch = Stopwatch.StartNew();
        var data = DemoDataGenerator.GenerateProvince(seed, year, counties, await DatasetLoader.NextIdsAsync(db));
        var generated = watch.Elapsed;
        await DatasetLoader.LoadAsync(db, data, $"基准测试省份（{counties} 个县，种子 {seed}）");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"已生成并导入 {data.Regions.Count} 个行政区划、{data.Organizations.Count} 个单位、{data.Projects.Count} 个项目：生成 {generated.TotalSeconds:0.0} 秒，合计 {watch.Elapsed.TotalSeconds:0.0} 秒。"));
        return 0;
    }

    /// <summary>
    /// A new installation without demo data: the region, its 财政局 and the first finance administrator, who then
    /// creates everything else in the platform. The password comes from BP_ADMIN_PASSWORD (never the command line,
    /// which other users of the machine can read) and must meet the password policy.
    /// </summary>
    private static async Task<int> BootstrapAsync(IServiceProvider sp, string[] args)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (await db.Users.AnyAsync())
        {
            Console.Error.WriteLine("数据库中已有用户，无需初始化。");
            return 4;
        }

        var password = Environment.GetEnvironmentVariable("BP_ADMIN_PASSWORD") ?? string.Empty;
        var adminName = StringOption(args, "--admin", "czadmin");
        var policy = sp.GetRequiredService<Domain.Organizations.SecurityPolicy>().CheckPassword(password, adminName);
        if (!policy.IsSuccess)
        {
            Console.Error.WriteLine($"BP_ADMIN_PASSWORD：{policy.Error!.Message}");
            return 4;
        }

        // The region and, above a province, its parents from the top: --parents "650000 新疆维吾尔自治区,653000 克孜勒苏柯尔克孜自治州".
        var chain = StringOption(args, "--parents", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Append([StringOption(args, "--region-code", string.Empty), StringOption(args, "--region-name", string.Empty)]);
        Result<Domain.Organizations.Region> region = Error.Validation("未指定区划。");
        Domain.Organizations.Region? parent = null;
        foreach (var link in chain)
        {
            region = Domain.Organizations.Region.Create(link[0], link.Length > 1 ? link[1] : string.Empty, parent);
            if (!region.IsSuccess)
            {
                Console.Error.WriteLine(region.Error!.Message);
                return 4;
            }

            db.Regions.Add(region.Value);
            await db.SaveChangesAsync();
            parent = region.Value;
        }

        var bureau = Domain.Organizations.Organization.Create(region.Value.Code + "-CZJ", region.Value.Name + "财政局", Domain.Organizations.OrganizationKind.FinanceBureau, region.Value).Value;
        db.Organizations.Add(bureau);
        await db.SaveChangesAsync();
        var user = Domain.Organizations.User.Create(adminName, StringOption(args, "--admin-name", "财政局管理员"), bureau,
            Domain.Organizations.Role.FinanceAdmin | Domain.Organizations.Role.FinanceReviewer, sp.GetRequiredService<IPasswordHasher>().Hash(password));
        if (!user.IsSuccess)
        {
            Console.Error.WriteLine(user.Error!.Message);
            return 4;
        }

        db.Users.Add(user.Value);
        await db.SaveChangesAsync();
        Console.WriteLine($"已初始化：{region.Value.Name}（{region.Value.Code}）、{bureau.Name}、管理员 {user.Value.UserName}。请登录后在平台中建立部门、单位和其他账户。");
        return 0;
    }

    /// <summary>
    /// A consistent copy of the database while the platform runs: SQLite's online backup API (readers and writers go
    /// on), or pg_dump's custom format for PostgreSQL (restore with pg_restore). The audit key ring and checkpoint log
    /// live outside the database (Audit:Directory) and are backed up with it — see docs/deployment.md.
    /// </summary>
    private static async Task<int> BackupAsync(DatabaseOptions options, string output)
    {
        var target = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!options.IsPostgres)
        {
            await using var source = new Microsoft.Data.Sqlite.SqliteConnection(options.ResolveConnectionString());
            await using var copy = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await source.OpenAsync();
            await copy.OpenAsync();
            source.BackupDatabase(copy);
            Console.WriteLine($"已备份 SQLite 数据库到：{target}（恢复：停止平台，用该文件替换数据库文件后启动）");
            return 0;
        }

        var cs = new Npgsql.NpgsqlConnectionStringBuilder(options.ResolveConnectionString());
        var start = new ProcessStartInfo("pg_dump")
        {
            ArgumentList = { "--format=custom", "--no-owner", "--file", target, "--host", cs.Host ?? "127.0.0.1", "--port", cs.Port.ToString(CultureInfo.InvariantCulture), "--username", cs.Username ?? "postgres", cs.Database ?? "postgres" },
            UseShellExecute = false,
        };
        start.Environment["PGPASSWORD"] = cs.Password ?? string.Empty;
        try
        {
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync();
            Console.WriteLine(process.ExitCode == 0
                ? $"已用 pg_dump 备份 PostgreSQL 数据库到：{target}（恢复：pg_restore --clean --if-exists -d 数据库 {target}）"
                : $"pg_dump 失败（退出码 {process.ExitCode}），未生成备份。");
            return process.ExitCode == 0 ? 0 : 3;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("未找到 pg_dump：请安装 postgresql-client（与服务器相同的主版本）。");
            return 3;
        }
    }

    /// <summary>For container health checks (the runtime image has no curl): exit 0 when /health answers 200.</summary>
    private static async Task<int> HealthAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"健康检查失败：{exception.Message}");
            return 1;
        }
    }

    private static string StringOption(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private sealed class SystemUser : ICurrentUser
    {
        public ValueTask<Actor?> GetActorAsync() => ValueTask.FromResult<Actor?>(null);
    }
}
