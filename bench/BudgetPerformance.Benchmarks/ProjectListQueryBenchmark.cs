using BenchmarkDotNet.Attributes;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// The Application-layer project list (<see cref="ListProjectsHandler"/>) at province scale, for a province-level
/// finance reviewer whose scope is every region of the province. Each invocation is one request: new context,
/// scope resolution, count and page query.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public abstract class ProjectListBenchmarkBase
{
    private DbContextOptions<AppDbContext>? _options;
    private Actor? _actor;

    /// <summary>[Params(100)] in effect; BP_BENCH_COUNTIES overrides it for quick runs.</summary>
    [ParamsSource(nameof(CountyValues))]
    public int Counties { get; set; }

    public static IEnumerable<int> CountyValues => [BenchSettings.Counties];

    protected abstract Task<DbContextOptions<AppDbContext>> PrepareDatabaseAsync();

    [GlobalSetup]
    public void Setup()
    {
        _options = PrepareDatabaseAsync().GetAwaiter().GetResult();
        _actor = BenchDatabase.EnsureReviewerAsync(_options).GetAwaiter().GetResult();
        ProjectListQueries.CheckAsync(_options, _actor, Console.Out).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Fiscal year filter, sorted by code, page 1 of 20.</summary>
    [Benchmark(Baseline = true)]
    public Task<PagedResult<ProjectListItem>> DefaultPage() => Run(ProjectListQueries.DefaultPage);

    /// <summary>政府性基金预算 only, by adjusted total descending.</summary>
    [Benchmark]
    public Task<PagedResult<ProjectListItem>> BudgetKindByAmount() => Run(ProjectListQueries.BudgetKindByAmount);

    /// <summary>Keyword “义务教育”.</summary>
    [Benchmark]
    public Task<PagedResult<ProjectListItem>> KeywordSearch() => Run(ProjectListQueries.KeywordSearch);

    /// <summary>Page 2000 of the default list.</summary>
    [Benchmark]
    public Task<PagedResult<ProjectListItem>> DeepPage() => Run(ProjectListQueries.DeepPage);

    private Task<PagedResult<ProjectListItem>> Run(ListProjectsQuery query) => ProjectListQueries.RunAsync(_options!, _actor!, query);
}

/// <summary>The list against a SQLite file built once and kept in the temp folder (see <see cref="BenchDatabase.EnsureSqliteProvinceAsync"/>).</summary>
public class ProjectListQueryBenchmark : ProjectListBenchmarkBase
{
    protected override async Task<DbContextOptions<AppDbContext>> PrepareDatabaseAsync()
    {
        var path = await BenchDatabase.EnsureSqliteProvinceAsync(Counties, Console.Out);
        return BenchDatabase.SqliteOptions(path, pooling: true);
    }
}

/// <summary>The same list against PostgreSQL; runs only when BP_BENCH_POSTGRES holds a connection string.</summary>
public class ProjectListQueryPostgresBenchmark : ProjectListBenchmarkBase
{
    protected override Task<DbContextOptions<AppDbContext>> PrepareDatabaseAsync()
    {
        var connectionString = BenchSettings.PostgresConnectionString
            ?? throw new InvalidOperationException("未设置 BP_BENCH_POSTGRES。 / Set BP_BENCH_POSTGRES to a PostgreSQL connection string.");
        return BenchDatabase.EnsurePostgresProvinceAsync(connectionString, Counties, Console.Out);
    }
}
