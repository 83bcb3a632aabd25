using System.Diagnostics;
using System.Globalization;

namespace BudgetPerformance.Benchmarks;

/// <summary>Stopwatch timing for <c>quick</c> mode: warm-up runs, then timed runs, in milliseconds, sorted.</summary>
public static class QuickTimer
{
    /// <summary>Times <paramref name="run"/>; <paramref name="before"/> and <paramref name="after"/> run around each call, untimed.</summary>
    public static async Task<double[]> TimeAsync(int warmups, int runs, Func<Task> run, Action? before = null, Action? after = null)
    {
        for (var i = 0; i < warmups; i++)
        {
            before?.Invoke();
            await run();
            after?.Invoke();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            before?.Invoke();
            var watch = Stopwatch.StartNew();
            await run();
            times[i] = watch.Elapsed.TotalMilliseconds;
            after?.Invoke();
        }

        Array.Sort(times);
        return times;
    }

    /// <summary>Linear interpolation between the nearest ranks of a sorted sample.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return Percentile(sorted, 0.5);
    }

    /// <summary>"median … ms (min …, p90 …, n runs)".</summary>
    public static string Describe(double[] sorted) => string.Create(CultureInfo.InvariantCulture,
        $"median {Percentile(sorted, 0.5),9:0.0} ms  (min {sorted[0]:0.0}, p90 {Percentile(sorted, 0.9):0.0}, {sorted.Length} runs)");

    /// <summary>Collects a full garbage collection before a heavy measurement, so the previous one's garbage is not billed to it.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
