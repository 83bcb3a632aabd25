using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using System.Diagnostics;
using Xunit;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

public sealed class TargetWorkbookVolumeTests
{
    [Fact]
    public void Thousand_sheet_workbook_round_trips()
    {
        const int SheetCount = 1_000;
        const int IndicatorCount = 25;
        var projects = Enumerable.Range(1, SheetCount).Select(n => SampleSheets.Generated(n, IndicatorCount)).ToList();
        var output = TestContext.Current.TestOutputHelper!;

        var stream = new MemoryStream();
        var watch = Stopwatch.StartNew();
        TargetWorkbookWriter.Write(stream, projects);
        var writeTime = watch.Elapsed;

        stream.Position = 0;
        watch.Restart();
        var result = TargetWorkbookReader.Read(stream);
        var readTime = watch.Elapsed;

        output.WriteLine($"1,000 sheets × {IndicatorCount} indicators: {stream.Length / 1024.0 / 1024.0:F1} MiB, " +
                         $"write {writeTime.TotalMilliseconds:F0} ms, read {readTime.TotalMilliseconds:F0} ms");
        Assert.Empty(result.Errors);
        Assert.Equal(SheetCount, result.Sheets.Count);
        SheetAssert.SameContent(projects[0], result.Sheets[0]);
        SheetAssert.SameContent(projects[^1], result.Sheets[^1]);
        Assert.All(result.Sheets, sheet => Assert.Equal(IndicatorCount, sheet.Indicators.Count));
    }
}
