using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Infrastructure;

[Collection(PlatformCollection.Name)]
public sealed class DatabaseTests(SharedPlatforms platforms)
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Migrations_AreAllApplied_AndMatchTheModel(string provider)
    {
        var app = await platforms.GetAsync(provider);

        var (pending, modelChanged, applied) = await app.WithDbAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync()).ToList(), db.Database.HasPendingModelChanges(), (await db.Database.GetAppliedMigrationsAsync()).ToList()));

        Assert.Empty(pending);
        Assert.False(modelChanged, "模型有改动但没有对应的迁移：请为两个数据库各添加一次迁移。");
        Assert.NotEmpty(applied);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FirstStart_SeedsTheDemoCountyOnce_WithMoneyInFen(string provider)
    {
        var app = await platforms.GetAsync(provider);

        var (projects, total, datasetEvents, adjustedMatches) = await app.WithDbAsync(async db => (
            await db.Projects.CountAsync(),
            await db.Projects.SumAsync(p => p.AdjustedTotalFen),
            await db.AuditRecords.CountAsync(r => r.EntityType == "Dataset"),
            await db.Projects.AllAsync(p => p.AdjustedTotalFen == p.AdjustedAppropriationFen + p.AdjustedCarryOverFen + p.AdjustedOtherFen)));

        Assert.InRange(projects, 1_100, 1_200);
        Assert.InRange(total, 340_000_000_000L, 350_000_000_000L);
        Assert.Equal(1, datasetEvents);
        Assert.True(adjustedMatches);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task BulkLoad_OfASecondDataset_ContinuesIdsAndLeavesIdentityUsable(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = BudgetPerformance.Infrastructure.Persistence.DbContextOptionsFactory.Create(database.IsPostgres, database.ConnectionString);
        await using (var db = new BudgetPerformance.Infrastructure.Persistence.AppDbContext(options))
        {
            await db.Database.MigrateAsync();
            await DatasetLoader.LoadAsync(db, DemoDataGenerator.GenerateProvince(1, 2026, counties: 2, await DatasetLoader.NextIdsAsync(db), provinceCode: "980000"), "一");
            await DatasetLoader.LoadAsync(db, DemoDataGenerator.GenerateProvince(2, 2026, counties: 1, await DatasetLoader.NextIdsAsync(db), provinceCode: "970000"), "二");
        }

        await using (var db = new BudgetPerformance.Infrastructure.Persistence.AppDbContext(options))
        {
            var region = BudgetPerformance.Domain.Organizations.Region.Create("960000", "新增省", null).Value;
            db.Regions.Add(region);
            await db.SaveChangesAsync();

            Assert.Equal(await db.Regions.MaxAsync(r => r.Id), region.Id);
            Assert.Equal(3 * CountyCatalog.Departments.Sum(d => d.ProjectCount), await db.Projects.CountAsync());
            Assert.Equal(3, await db.FiscalYears.CountAsync(y => y.Year == 2026));
            Assert.True(await db.Projects.AllAsync(p => p.BudgetKind != 0));
        }
    }
}
