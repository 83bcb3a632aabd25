using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/BudgetPerformance.Benchmarks -- [BenchmarkDotNet arguments]</c>, or
/// <c>-- quick</c> for a fast Stopwatch smoke run without BenchmarkDotNet.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "quick", StringComparison.OrdinalIgnoreCase))
        {
            return await QuickRun.RunAsync(Console.Out, args.Skip(1).ToList());
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, CreateConfig());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static IConfig CreateConfig()
    {
        // Results go under the benchmark project (git-ignored), whatever the working directory; --artifacts overrides.
        IConfig config = ProjectDirectory() is { } dir
            ? DefaultConfig.Instance.WithArtifactsPath(Path.Combine(dir, "BenchmarkDotNet.Artifacts"))
            : DefaultConfig.Instance;
        if (BenchSettings.PostgresConnectionString is null)
        {
            // No PostgreSQL to talk to: leave its benchmarks out rather than fail them.
            config = config.AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(ProjectListQueryPostgresBenchmark)));
        }

        return config;
    }

    /// <summary>The folder holding this project's .csproj, found upwards from bin/Release/net10.0.</summary>
    private static string? ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.Benchmarks.csproj")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
