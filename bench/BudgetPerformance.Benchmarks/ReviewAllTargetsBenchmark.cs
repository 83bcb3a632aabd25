using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// 全面审核: the automatic review of every target of the ~100-county province (~114k targets, ~1.4M indicators) by the
/// province-level finance reviewer. <see cref="ReviewInMemory"/> reviews targets generated in memory (the review alone);
/// <see cref="LoadAndReview"/> is one request against the cached SQLite province (load + review). Each run takes seconds,
/// so each is measured a few times (Monitoring).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ReviewAllTargetsBenchmark
{
    private DbContextOptions<AppDbContext>? _options;
    private Actor? _reviewer;
    private ReviewAllTargetsRuns? _inMemory;

    /// <summary>[Params(100)] in effect; BP_BENCH_COUNTIES overrides it for quick runs.</summary>
    [ParamsSource(nameof(CountyValues))]
    public int Counties { get; set; }

    public static IEnumerable<int> CountyValues => [BenchSettings.Counties];

    /// <summary>Generates the province with its targets in memory, reviewed at generation by the stored national pack.</summary>
    [GlobalSetup(Target = nameof(ReviewInMemory))]
    public void GenerateTargets()
    {
        OpenProvince();
        var national = BenchDatabase.EnsureRulePacksAsync(_options!).GetAwaiter().GetResult();
        var data = DemoDataGenerator.GenerateProvince(
            BenchDatabase.Seed, BenchDatabase.FiscalYear, Counties, provinceCode: BenchDatabase.ProvinceCode, sectionFor: _ => national);
        Console.WriteLine($"// {data.Targets.Count} targets, {data.Targets.Sum(t => t.Indicators.Count)} indicators in memory");
        _inMemory = ReviewAllTargetsRuns.InMemoryAsync(_options!, _reviewer!, data.Targets).GetAwaiter().GetResult();
    }

    [GlobalSetup(Target = nameof(LoadAndReview))]
    public void OpenProvince()
    {
        var path = BenchDatabase.EnsureSqliteProvinceAsync(Counties, Console.Out).GetAwaiter().GetResult();
        _options = BenchDatabase.SqliteOptions(path, pooling: true);
        _reviewer = BenchDatabase.EnsureReviewerAsync(_options).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _inMemory?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _inMemory = null;
        SqliteConnection.ClearAllPools();
    }

    /// <summary><see cref="ReviewAllTargetsHandler.ReviewLoadedAsync"/> over every target: one copy index per county, every rule.</summary>
    [Benchmark(Baseline = true)]
    public async Task<ReviewAllResult> ReviewInMemory() => ReviewAllTargetsRuns.Check(await _inMemory!.ReviewInMemoryAsync());

    /// <summary><see cref="ReviewAllTargetsHandler.HandleAsync"/>: load every current 2026 target of the province, then review.</summary>
    [Benchmark]
    public async Task<ReviewAllResult> LoadAndReview() => ReviewAllTargetsRuns.Check(await ReviewAllTargetsRuns.LoadAndReviewAsync(_options!, _reviewer!));
}
