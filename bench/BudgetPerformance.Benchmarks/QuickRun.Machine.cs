using System.Runtime;
using System.Runtime.InteropServices;

namespace BudgetPerformance.Benchmarks;

/// <summary><c>quick</c> mode: what the figures were measured on.</summary>
public static partial class QuickRun
{
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
}
