using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Infrastructure.Bulk;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BudgetPerformance.Infrastructure.Persistence;

/// <summary>
/// Brings the schema up to date, makes sure the shipped rule packs and the indicator library exist, and on an empty
/// database creates the demo county with its targets (and, unless switched off, its execution data, warnings and
/// disposals January–August).
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db, DatabaseOptions options, IPasswordHasher hasher, TimeProvider clock, EnsureRulePacksHandler rulePacks, RulePackResolver resolver,
    Application.Monitoring.RunWarningsHandler warnings, Application.Monitoring.MonitoringRoundsHandler rounds, ILogger<DatabaseInitializer> logger)
{
    public const int DemoSeed = 20_260_101;

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await LegacyData.UpgradeAsync(db, ct);
        await rulePacks.HandleAsync(ct);
        await LegacyData.UpgradeReviewsAsync(db, ct);
        await SeedLibraryAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        if (!options.SeedDemoData || await db.Regions.AnyAsync(ct))
        {
            return;
        }

        var year = clock.GetUtcNow().Year;
        logger.LogInformation("数据库为空，正在生成演示数据（{County}，{Year} 年度）…", DemoDataGenerator.DemoCountyName, year);
        var sections = await LatestSectionsAsync(resolver, ct);
        var data = DemoDataGenerator.GenerateDemoCounty(DemoSeed, year, hasher.Hash, await DatasetLoader.NextIdsAsync(db, ct),
            code => sections[code == DemoDataGenerator.DemoCountyCode ? ShippedRulePacks.Atushi : ShippedRulePacks.National]);
        await DatasetLoader.LoadAsync(db, data, $"演示县 {DemoDataGenerator.DemoCountyName} 初始化", ct);
        var county = data.Regions.Single(r => r.Code == DemoDataGenerator.DemoCountyCode);
        var province = data.Regions.Single(r => r.Code == DemoDataGenerator.DemoProvinceCode);
        var now = clock.GetUtcNow().UtcDateTime;
        db.RulePackAssignments.Add(RulePackAssignment.Create(province.Id, null, ShippedRulePacks.National, null, null, "平台", now).Value);
        db.RulePackAssignments.Add(RulePackAssignment.Create(county.Id, null, ShippedRulePacks.Atushi, null, null, "平台", now).Value);
        await db.SaveChangesAsync(ct);
        if (options.SeedDemoMonitoring)
        {
            resolver.Invalidate();
            await DemoMonitoring.SeedAsync(db, warnings, rounds, resolver, county.Id, year, now, ct);
        }

        logger.LogInformation("演示数据已生成：{Units} 个单位，{Projects} 个项目，{Targets} 个绩效目标。", data.Organizations.Count, data.Projects.Count, data.Targets.Count);
    }

    /// <summary>The target-review rules of the latest version of every pack, by code (for generated data).</summary>
    public static async Task<Dictionary<string, ResolvedSection<TargetReviewSection>>> LatestSectionsAsync(RulePackResolver resolver, CancellationToken ct)
    {
        var snapshot = await resolver.SnapshotAsync(ct);
        return snapshot.All.GroupBy(p => p.Code).ToDictionary(
            g => g.Key,
            g => snapshot.Section(g.MaxBy(p => p.Version)!, TargetReviewSectionDefinition.Instance).Value);
    }

    /// <summary>Loads the shipped indicator library into an empty library.</summary>
    public static async Task SeedLibraryAsync(AppDbContext db, DateTime at, CancellationToken ct)
    {
        if (await db.LibraryIndicators.AnyAsync(ct))
        {
            return;
        }

        var next = (await db.LibraryIndicators.MaxAsync(i => (long?)i.Id, ct) ?? 0) + 1;
        var entries = IndicatorCatalog.All.Select(s =>
        {
            var value = s.Operator switch
            {
                IndicatorOperator.Qualitative => IndicatorValue.Qualitative(s.Text!),
                IndicatorOperator.OtherQuantitative => IndicatorValue.OtherQuantitative(s.Text!),
                _ => IndicatorValue.Comparison(s.Operator, s.Value!.Value, s.Unit!),
            };
            var entry = LibraryIndicator.Add(new LibraryIndicatorInput(s.Name, s.Sector, s.Level1, s.Level2, value.Value, s.Source, s.ScoringStandard, s.Keywords), at).Value;
            entry.AssignId(next++);
            return entry;
        }).ToList();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.InTransactionAsync(async c =>
            {
                await BulkInserter.InsertAsync(db, entries, c);
                db.AuditNotes?.Record("导入指标库", "IndicatorLibrary", "shipped", null,
                    string.Create(CultureInfo.InvariantCulture, $"{{\"共性指标\":{entries.Count(e => e.IsCommon)},\"行业指标\":{entries.Count(e => !e.IsCommon)}}}"));
                return await db.SaveChangesAsync(c);
            }, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
