using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// <c>-- quick</c>: one timed province load (targets included) into a fresh SQLite file, then the 全面审核 of every target
/// (in memory, and loaded from that file), each list query timed <see cref="BenchSettings.QuickRuns"/> times, and the
/// import of a 1,000-project workbook, with a Stopwatch after a short warm-up, printing medians. The multi-second
/// measurements run <see cref="BenchSettings.SlowRuns"/> times. A smoke check and a rough figure, not a substitute for
/// the BenchmarkDotNet runs. <c>-- quick province import concurrent</c> runs only the parts named (province: load,
/// reviews and list queries; import: the workbook; concurrent: 200 concurrent saves; rules, only when named: the cost of
/// each review rule; register, only when named: the 单位库 import beside reading it and a plain bulk insert; monitoring, only when named: 1M payments
/// imported beside a plain bulk insert, the province's warnings beside a GROUP BY, the red list beside a plain SELECT).
/// </summary>
public static partial class QuickRun
{
    private const int WarmupRuns = 3;

    public static async Task<int> RunAsync(TextWriter output, IReadOnlyCollection<string>? parts = null)
    {
        bool Runs(string part) => parts is null || parts.Count == 0 || parts.Contains(part);
        var counties = BenchSettings.Counties;
        var runs = BenchSettings.QuickRuns;
        var slowRuns = BenchSettings.SlowRuns;
        PrintMachine(output);
        output.WriteLine(Invariant($"Province: {counties} counties, seed {BenchDatabase.Seed}, fiscal year {BenchDatabase.FiscalYear}; {runs} timed runs per query, {slowRuns} per review or import"));
        output.WriteLine();

        if (parts?.Contains("rules") == true)
        {
            RuleCosts(output, counties);
        }

        if (Runs("province"))
        {
            await ProvinceAsync(output, counties, runs, slowRuns);
        }

        if (Runs("import"))
        {
            QuickTimer.Settle();
            await ImportWorkbookAsync(output, slowRuns);
        }

        if (parts?.Contains("register") == true)
        {
            QuickTimer.Settle();
            await RegisterAsync(output, slowRuns);
        }

        if (parts?.Contains("monitoring") == true)
        {
            QuickTimer.Settle();
            await MonitoringAsync(output, counties, runs);
        }

        if (Runs("concurrent"))
        {
            QuickTimer.Settle();
            await ConcurrentSavesAsync(output, slowRuns);
        }

        return 0;
    }

    /// <summary>The province load, both reviews and the list queries, on one SQLite file made for the run.</summary>
    private static async Task ProvinceAsync(TextWriter output, int counties, int runs, int slowRuns)
    {
        var path = BenchDatabase.NewTempSqlitePath("quick");
        try
        {
            var options = BenchDatabase.SqliteOptions(path, pooling: true);
            var actor = await LoadProvinceAndReviewInMemoryAsync(output, path, counties, slowRuns);
            QuickTimer.Settle();
            await LoadAndReviewAsync(output, options, actor, slowRuns);
            QuickTimer.Settle();
            await TimeQueriesAsync(output, "SQLite", options, actor, runs);

            if (BenchSettings.PostgresConnectionString is { } postgres)
            {
                var pgOptions = await BenchDatabase.EnsurePostgresProvinceAsync(postgres, counties, output);
                await TimeQueriesAsync(output, "PostgreSQL", pgOptions, await BenchDatabase.EnsureReviewerAsync(pgOptions), runs);
            }
            else
            {
                output.WriteLine("(PostgreSQL skipped: set BP_BENCH_POSTGRES to a connection string to include it.)");
                output.WriteLine();
            }
        }
        finally
        {
            BenchDatabase.DeleteSqlite(path);
        }
    }

    private static async Task TimeQueriesAsync(TextWriter output, string provider, DbContextOptions<AppDbContext> options, Actor actor, int runs)
    {
        output.WriteLine($"== 项目列表查询 / Project list queries ({provider}, ListProjectsHandler, province reviewer) ==");
        output.WriteLine(Invariant($"  {"query",-20} {"matching",9} {"median ms",10} {"min ms",9} {"p90 ms",9}"));
        foreach (var (name, query) in ProjectListQueries.All)
        {
            var matching = 0;
            var times = await QuickTimer.TimeAsync(WarmupRuns, runs, async () => matching = (await ProjectListQueries.RunAsync(options, actor, query)).TotalCount);
            output.WriteLine(Invariant($"  {name,-20} {matching,9} {QuickTimer.Percentile(times, 0.5),10:0.00} {times[0],9:0.00} {QuickTimer.Percentile(times, 0.9),9:0.00}"));
        }

        output.WriteLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
