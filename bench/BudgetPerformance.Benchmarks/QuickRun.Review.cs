using System.Diagnostics;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary><c>quick</c> mode: the province load with targets, and the 全面审核 of every target (in memory; loaded from the file).</summary>
public static partial class QuickRun
{
    /// <summary>
    /// Loads the province into the empty file at <paramref name="path"/> and prints the timings; then reviews the
    /// targets just generated, still in memory, and prints that. The dataset is dropped on return.
    /// </summary>
    private static async Task<Actor> LoadProvinceAndReviewInMemoryAsync(TextWriter output, string path, int counties, int runs)
    {
        var loadOptions = BenchDatabase.SqliteOptions(path, pooling: false);
        var watch = Stopwatch.StartNew();
        await BenchDatabase.MigrateAsync(loadOptions);
        var migrated = watch.Elapsed;

        var load = await BenchDatabase.LoadProvinceAsync(loadOptions, counties);
        output.WriteLine("== 省级数据导入（含绩效目标）/ Province load with targets (SQLite file) ==");
        output.WriteLine(Invariant($"  rows              : {load.Regions} regions, {load.Organizations} organisations, {load.Projects} projects"));
        output.WriteLine(Invariant($"  targets           : {load.Targets} targets, {load.Indicators} indicators"));
        output.WriteLine(Invariant($"  migrate (empty db): {migrated.TotalSeconds,8:0.00} s"));
        output.WriteLine(Invariant($"  generate          : {load.Generate.TotalSeconds,8:0.00} s"));
        output.WriteLine(Invariant($"  bulk load         : {load.Load.TotalSeconds,8:0.00} s"));
        output.WriteLine(Invariant($"  generate + load   : {load.Total.TotalSeconds,8:0.00} s"));
        output.WriteLine(Invariant($"  database file     : {new FileInfo(path).Length / 1024.0 / 1024.0,8:0.0} MB"));
        output.WriteLine();

        var actor = await BenchDatabase.EnsureReviewerAsync(loadOptions);
        QuickTimer.Settle();
        await using var review = await ReviewAllTargetsRuns.InMemoryAsync(BenchDatabase.SqliteOptions(path, pooling: true), actor, load.Data.Targets);
        ReviewAllResult? last = null;
        var times = await QuickTimer.TimeAsync(1, runs, async () => last = ReviewAllTargetsRuns.Check(await review.ReviewInMemoryAsync()));
        output.WriteLine("== 全部目标自动审核（内存中）/ Review all targets in memory (ReviewAllTargetsHandler.ReviewLoadedAsync) ==");
        PrintReview(output, last!);
        output.WriteLine($"  review            : {QuickTimer.Describe(times)}");
        output.WriteLine();
        return actor;
    }

    private static async Task LoadAndReviewAsync(TextWriter output, DbContextOptions<AppDbContext> options, Actor actor, int runs)
    {
        var results = new List<ReviewAllResult>();
        var times = await QuickTimer.TimeAsync(1, runs, async () => results.Add(ReviewAllTargetsRuns.Check(await ReviewAllTargetsRuns.LoadAndReviewAsync(options, actor))));
        var timed = results.Skip(1).ToList();
        output.WriteLine("== 全部目标自动审核（读库 + 审核）/ Review all targets, load + review (ReviewAllTargetsHandler.HandleAsync, province reviewer) ==");
        PrintReview(output, results[^1]);
        output.WriteLine($"  load + review     : {QuickTimer.Describe(times)}");
        output.WriteLine(Invariant($"    of which load   : median {QuickTimer.Median(timed.Select(r => (double)r.LoadMilliseconds)),9:0} ms (as the handler reports it)"));
        output.WriteLine(Invariant($"    of which review : median {QuickTimer.Median(timed.Select(r => (double)r.ReviewMilliseconds)),9:0} ms"));
        output.WriteLine();
    }

    private static void PrintReview(TextWriter output, ReviewAllResult r)
    {
        output.WriteLine(Invariant($"  reviewed          : {r.Targets} targets, {r.Indicators} indicators; {r.WithErrors} with errors, {r.WithWarnings} with warnings; pack {string.Join(", ", r.RulePacks)}"));
    }
}
