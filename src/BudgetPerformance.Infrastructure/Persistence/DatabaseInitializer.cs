using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BudgetPerformance.Infrastructure.Persistence;

/// <summary>Brings the schema up to date and, on an empty database, creates the demo county.</summary>
public sealed class DatabaseInitializer(AppDbContext db, DatabaseOptions options, IPasswordHasher hasher, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public const int DemoSeed = 20_260_101;

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!options.SeedDemoData || await db.Regions.AnyAsync(ct))
        {
            return;
        }

        var year = clock.GetUtcNow().Year;
        logger.LogInformation("数据库为空，正在生成演示数据（{County}，{Year} 年度）…", DemoDataGenerator.DemoCountyName, year);
        var data = DemoDataGenerator.GenerateDemoCounty(DemoSeed, year, hasher.Hash, await DatasetLoader.NextIdsAsync(db, ct));
        await DatasetLoader.LoadAsync(db, data, $"演示县 {DemoDataGenerator.DemoCountyName} 初始化", ct);
        logger.LogInformation("演示数据已生成：{Units} 个单位，{Projects} 个项目。", data.Organizations.Count, data.Projects.Count);
    }
}
