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
    private static readonly string[] Commands = ["verify-audit", "audit-checkpoint", "audit-rotate-key", "migrate", "generate-province", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
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
            case "generate-province":
                return await GenerateProvinceAsync(sp, args);
            default:
                Console.WriteLine("用法：dotnet run --project src/BudgetPerformance.Web -- [verify-audit | audit-checkpoint | audit-rotate-key | migrate | generate-province --counties 100 --seed 7 --year 2026]");
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
