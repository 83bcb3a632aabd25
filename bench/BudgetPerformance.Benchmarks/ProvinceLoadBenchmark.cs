using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// Generating the ~100-county province — with a performance target of ~12 indicators, reviewed by the national rule
/// pack, for every project — and bulk-loading it into a fresh SQLite file. One iteration takes many seconds, so each is
/// measured once (Monitoring) on a database created and migrated (with the shipped rule packs) in <see cref="CreateDatabase"/>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[MemoryDiagnoser]
public class ProvinceLoadBenchmark
{
    private readonly ResolvedSection<TargetReviewSection> _section = BenchDatabase.InMemoryNationalSection();
    private string? _path;
    private DbContextOptions<AppDbContext>? _options;

    /// <summary>[Params(100)] in effect; BP_BENCH_COUNTIES overrides it for quick runs.</summary>
    [ParamsSource(nameof(CountyValues))]
    public int Counties { get; set; }

    public static IEnumerable<int> CountyValues => [BenchSettings.Counties];

    [IterationSetup(Target = nameof(GenerateAndLoad))]
    public void CreateDatabase()
    {
        _path = BenchDatabase.NewTempSqlitePath("load");
        _options = BenchDatabase.SqliteOptions(_path, pooling: false);
        BenchDatabase.MigrateAsync(_options).GetAwaiter().GetResult();
        BenchDatabase.EnsureRulePacksAsync(_options).GetAwaiter().GetResult();
    }

    [IterationCleanup(Target = nameof(GenerateAndLoad))]
    public void DeleteDatabase()
    {
        BenchDatabase.DeleteSqlite(_path);
        _path = null;
        _options = null;
    }

    /// <summary>Generate the province and load it in one transaction (what <c>generate-province</c> does after migrating).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> GenerateAndLoad()
    {
        var load = await BenchDatabase.LoadProvinceAsync(_options!, Counties);
        return load.Projects;
    }

    /// <summary>The generator alone (targets included), in memory, with the national pack made in memory.</summary>
    [Benchmark]
    public GeneratedDataset Generate() =>
        DemoDataGenerator.GenerateProvince(BenchDatabase.Seed, BenchDatabase.FiscalYear, Counties, provinceCode: BenchDatabase.ProvinceCode, sectionFor: _ => _section);
}
