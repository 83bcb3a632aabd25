using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// <c>-- quick</c>: one timed province load into a fresh SQLite file, then each list query timed
/// <see cref="BenchSettings.QuickRuns"/> times with a Stopwatch (after a short warm-up), printing medians.
/// A smoke check and a rough figure, not a substitute for the BenchmarkDotNet runs.
/// </summary>
public static class QuickRun
{
    private const int WarmupRuns = 3;

    public static async Task<int> RunAsync(TextWriter output)
    {
        var counties = BenchSettings.Counties;
        var runs = BenchSettings.QuickRuns;
        PrintMachine(output);
        output.WriteLine(Invariant($"Province: {counties} counties, seed {BenchDatabase.Seed}, fiscal year {BenchDatabase.FiscalYear}; {runs} timed runs per query"));
        output.WriteLine();

        var path = BenchDatabase.NewTempSqlitePath("quick");
        try
        {
            var loadOptions = BenchDatabase.SqliteOptions(path, pooling: false);
            var watch = Stopwatch.StartNew();
            await BenchDatabase.MigrateAsync(loadOptions);
            var migrated = watch.Elapsed;

            var load = await BenchDatabase.LoadProvinceAsync(loadOptions, counties);
            output.WriteLine("== 省级数据导入 / Province load (SQLite file) ==");
            output.WriteLine(Invariant($"  rows              : {load.Regions} regions, {load.Organizations} organisations, {load.Projects} projects"));
            output.WriteLine(Invariant($"  migrate (empty db): {migrated.TotalSeconds,8:0.00} s"));
            output.WriteLine(Invariant($"  generate          : {load.Generate.TotalSeconds,8:0.00} s"));
            output.WriteLine(Invariant($"  bulk load         : {load.Load.TotalSeconds,8:0.00} s"));
            output.WriteLine(Invariant($"  generate + load   : {load.Total.TotalSeconds,8:0.00} s"));
            output.WriteLine(Invariant($"  database file     : {new FileInfo(path).Length / 1024.0 / 1024.0,8:0.0} MB"));
            output.WriteLine();

            var actor = await BenchDatabase.EnsureReviewerAsync(loadOptions);
            await TimeQueriesAsync(output, "SQLite", BenchDatabase.SqliteOptions(path, pooling: true), actor, runs);

            if (BenchSettings.PostgresConnectionString is { } postgres)
            {
                var options = await BenchDatabase.EnsurePostgresProvinceAsync(postgres, counties, output);
                await TimeQueriesAsync(output, "PostgreSQL", options, await BenchDatabase.EnsureReviewerAsync(options), runs);
            }
            else
            {
                output.WriteLine("(PostgreSQL skipped: set BP_BENCH_POSTGRES to a connection string to include it.)");
            }
        }
        finally
        {
            BenchDatabase.DeleteSqlite(path);
        }

        return 0;
    }

    private static async Task TimeQueriesAsync(TextWriter output, string provider, DbContextOptions<AppDbContext> options, Actor actor, int runs)
    {
        output.WriteLine($"== 项目列表查询 / Project list queries ({provider}, ListProjectsHandler, province reviewer) ==");
        output.WriteLine(Invariant($"  {"query",-20} {"matching",9} {"median ms",10} {"min ms",9} {"p90 ms",9}"));
        foreach (var (name, query) in ProjectListQueries.All)
        {
            var matching = 0;
            for (var i = 0; i < WarmupRuns; i++)
            {
                matching = (await ProjectListQueries.RunAsync(options, actor, query)).TotalCount;
            }

            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await ProjectListQueries.RunAsync(options, actor, query);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            output.WriteLine(Invariant($"  {name,-20} {matching,9} {Percentile(times, 0.5),10:0.00} {times[0],9:0.00} {Percentile(times, 0.9),9:0.00}"));
        }

        output.WriteLine();
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }

    private static void PrintMachine(TextWriter output)
    {
        output.WriteLine("== 运行环境 / Machine ==");
        output.WriteLine(Invariant($"  processors : {Environment.ProcessorCount}"));
        output.WriteLine($"  cpu        : {CpuModel() ?? "unknown"}");
        output.WriteLine($"  os         : {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        output.WriteLine($"  .NET       : {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture})");
        output.WriteLine($"  gc         : {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}");
        if (LoadAverage() is { } load)
        {
            output.WriteLine($"  load avg   : {load} (other work on the machine skews the figures)");
        }

#if DEBUG
        output.WriteLine("  WARNING    : Debug build; run with -c Release for meaningful figures.");
#endif
        output.WriteLine();
    }

    private static string? CpuModel()
    {
        try
        {
            return File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
