using System.Globalization;

namespace BudgetPerformance.Benchmarks;

/// <summary><c>quick</c> mode: 200 concurrent target saves through the audit path, beside the same saves without audit.</summary>
public static partial class QuickRun
{
    private static async Task ConcurrentSavesAsync(TextWriter output, int runs)
    {
        var path = BenchDatabase.NewTempSqlitePath("concurrent");
        try
        {
            await ConcurrentSavesAsync(output, "SQLite", BenchDatabase.SqliteOptions(path, pooling: true), runs);
        }
        finally
        {
            BenchDatabase.DeleteSqlite(path);
        }

        if (BenchSettings.PostgresConnectionString is { } postgres)
        {
            var name = "bp_bench_concurrent_" + Guid.NewGuid().ToString("N")[..8];
            var cs = await BenchDatabase.CreatePostgresDatabaseAsync(postgres, name);
            try
            {
                await ConcurrentSavesAsync(output, "PostgreSQL", BenchDatabase.PostgresOptions(cs), runs);
            }
            finally
            {
                await BenchDatabase.DropPostgresDatabaseAsync(postgres, name);
            }
        }
    }

    private static async Task ConcurrentSavesAsync(TextWriter output, string provider, Microsoft.EntityFrameworkCore.DbContextOptions<Infrastructure.Persistence.AppDbContext> options, int runs)
    {
        using var saves = await ConcurrentSaveRuns.PrepareAsync(options);
        output.WriteLine($"== {ConcurrentSaveRuns.Saves} 个绩效目标同时保存 / {ConcurrentSaveRuns.Saves} concurrent target saves ({provider}, SaveTargetHandler, 12 indicators each) ==");
        output.WriteLine(Invariant($"  {"path",-22} {"saves/s",9} {"wall s",8} {"p50 ms",9} {"p90 ms",9} {"audit rows",11} {"chain",6}"));
        var round = 0;
        for (var i = 0; i < runs; i++)
        {
            foreach (var audited in new[] { false, true })
            {
                QuickTimer.Settle();
                var r = await saves.RunAsync(audited, ++round);
                output.WriteLine(Invariant($"  {(audited ? "audited (sealed chain)" : "raw (no audit trail)"),-22} {r.SavesPerSecond,9:0.0} {r.Elapsed.TotalSeconds,8:0.00} {r.MedianLatencyMs,9:0} {r.P90LatencyMs,9:0} {r.AuditRecords,11} {(audited ? (r.ChainIntact ? "ok" : "BROKEN") : "-"),6}"));
            }
        }

        output.WriteLine();
    }
}
