using System.Diagnostics;
using BudgetPerformance.Application.Targets.Workbooks;

namespace BudgetPerformance.Benchmarks;

/// <summary><c>quick</c> mode: reading and importing the 1,000-project workbook.</summary>
public static partial class QuickRun
{
    private static async Task ImportWorkbookAsync(TextWriter output, int runs)
    {
        var watch = Stopwatch.StartNew();
        using var fixture = await TargetImportFixture.CreateAsync();
        var built = watch.Elapsed;
        output.WriteLine("== 导入申报表 / Import a 1,000-project workbook (ImportTargetWorkbookHandler, unit user, audit trail on) ==");
        output.WriteLine(Invariant($"  workbook          : {fixture.Sheets} sheets, {fixture.IndicatorRows} indicator rows, {fixture.Workbook.Length / 1024.0 / 1024.0:0.00} MB"));
        output.WriteLine(Invariant($"  setup             : template database + workbook written in {built.TotalSeconds:0.00} s (not timed below)"));

        var read = await QuickTimer.TimeAsync(1, runs, () => Task.FromResult(fixture.Read()));
        output.WriteLine($"  read only         : {QuickTimer.Describe(read)}");

        string? path = null;
        ImportTargetsResult? last = null;
        var audit = 0;
        var import = await QuickTimer.TimeAsync(
            1, runs,
            async () => last = await fixture.ImportAsync(path!),
            before: () => path = fixture.CopyTemplate(),
            after: () =>
            {
                audit = TargetImportFixture.AuditRecordsAsync(path!).GetAwaiter().GetResult();
                BenchDatabase.DeleteSqlite(path);
            });
        output.WriteLine($"  import end to end : {QuickTimer.Describe(import)}");
        output.WriteLine(Invariant($"  result            : {last!.Updated} targets updated, {last.Targets.Sum(t => t.ErrorCount)} review errors, {last.Targets.Sum(t => t.WarningCount)} warnings; {audit} audit records written"));
        output.WriteLine();
    }
}
