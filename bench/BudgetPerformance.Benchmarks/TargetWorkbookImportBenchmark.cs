using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BudgetPerformance.Application.Targets.Workbooks;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// Importing a 1,000-project 项目支出绩效目标申报表 workbook (12 indicators per sheet) as the owning unit's user:
/// <see cref="Import"/> end to end (read, match projects, validate every row, review, save with the audit trail) on a
/// fresh copy of the template database per iteration; <see cref="ReadOnly"/> only reads the workbook.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
[MemoryDiagnoser]
public class TargetWorkbookImportBenchmark
{
    private TargetImportFixture? _fixture;
    private string? _path;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = TargetImportFixture.CreateAsync().GetAwaiter().GetResult();
        Console.WriteLine($"// workbook: {_fixture.Sheets} sheets, {_fixture.IndicatorRows} indicator rows, {_fixture.Workbook.Length / 1024} KB");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fixture?.Dispose();
        _fixture = null;
    }

    [IterationSetup(Target = nameof(Import))]
    public void CopyDatabase() => _path = _fixture!.CopyTemplate();

    [IterationCleanup(Target = nameof(Import))]
    public void DeleteDatabase()
    {
        BenchDatabase.DeleteSqlite(_path);
        _path = null;
    }

    /// <summary><see cref="ImportTargetWorkbookHandler.HandleAsync"/>: all 1,000 drafts filled, reviewed and saved in one transaction.</summary>
    [Benchmark(Baseline = true)]
    public Task<ImportTargetsResult> Import() => _fixture!.ImportAsync(_path!);

    /// <summary><c>TargetWorkbooks.Read</c> of the same workbook: the spreadsheet part alone.</summary>
    [Benchmark]
    public TargetWorkbookReadResult ReadOnly() => _fixture!.Read();
}
