using System.Globalization;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// Knobs read from the environment, so BenchmarkDotNet's child processes (which inherit it) see the same values:
/// <c>BP_BENCH_COUNTIES</c> (province size, default 100), <c>BP_BENCH_POSTGRES</c> (a connection string; PostgreSQL
/// benchmarks are skipped without it), <c>BP_BENCH_RUNS</c> (timed runs per query in quick mode, default 50) and
/// <c>BP_BENCH_SLOW_RUNS</c> (timed runs of each multi-second measurement in quick mode — review all, import — default 5).
/// </summary>
public static class BenchSettings
{
    public const int DefaultCounties = 100;
    public const int DefaultQuickRuns = 50;
    public const int DefaultSlowRuns = 5;

    public static int Counties => PositiveInt("BP_BENCH_COUNTIES", DefaultCounties);

    public static int QuickRuns => PositiveInt("BP_BENCH_RUNS", DefaultQuickRuns);

    public static int SlowRuns => PositiveInt("BP_BENCH_SLOW_RUNS", DefaultSlowRuns);

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("BP_BENCH_POSTGRES") is { Length: > 0 } cs ? cs : null;

    private static int PositiveInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : fallback;
}
