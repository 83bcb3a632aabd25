using System.Diagnostics;
using BudgetPerformance.Application.Organizations.Workbooks;

namespace BudgetPerformance.Benchmarks;

/// <summary><c>quick register</c>: importing a 3,000-organisation, 500-expert 单位库 beside reading it and a plain bulk insert.</summary>
public static partial class QuickRun
{
    private static async Task RegisterAsync(TextWriter output, int runs)
    {
        var watch = Stopwatch.StartNew();
        using var fixture = await RegisterImportFixture.CreateAsync();
        output.WriteLine("== 导入单位库 / Import a register (ImportOrganizationWorkbookHandler, administrator, audit trail on) ==");
        output.WriteLine(Invariant($"  workbook          : {RegisterImportFixture.Organizations} organisations, {RegisterImportFixture.Experts} experts, {fixture.Workbook.Length / 1024.0 / 1024.0:0.00} MB; setup {watch.Elapsed.TotalSeconds:0.00} s (not timed)"));

        var read = await QuickTimer.TimeAsync(1, runs, () => Task.FromResult(fixture.Read()));
        output.WriteLine($"  read only (raw)   : {QuickTimer.Describe(read)}");

        string? path = null;
        var plain = await QuickTimer.TimeAsync(1, runs, () => fixture.PlainInsertAsync(path!), before: () => path = fixture.CopyTemplate(), after: () => BenchDatabase.DeleteSqlite(path));
        output.WriteLine($"  plain bulk insert : {QuickTimer.Describe(plain)}  (the same organisations, no checks, no audit)");

        ImportOrganizationsResult? last = null;
        var preview = await QuickTimer.TimeAsync(1, runs, async () => last = await fixture.ImportAsync(path!, apply: false),
            before: () => path = fixture.CopyTemplate(), after: () => BenchDatabase.DeleteSqlite(path));
        output.WriteLine($"  preview           : {QuickTimer.Describe(preview)}  ({last!.Notes.Count} reading notes)");

        var import = await QuickTimer.TimeAsync(1, runs, async () => last = await fixture.ImportAsync(path!, apply: true),
            before: () => path = fixture.CopyTemplate(), after: () => BenchDatabase.DeleteSqlite(path));
        output.WriteLine($"  import end to end : {QuickTimer.Describe(import)}");
        var readMedian = QuickTimer.Median(read);
        var plainMedian = QuickTimer.Median(plain);
        output.WriteLine(Invariant($"  ratios            : preview {QuickTimer.Median(preview) / readMedian:0.0}× the read; import {QuickTimer.Median(import) / (readMedian + plainMedian):0.0}× read + plain insert"));
        output.WriteLine();
    }
}
