using System.Net.Http.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>On first start the demo county has monitoring content: execution January–August, the June and August warnings, disposals under way.</summary>
public sealed class DemoMonitoringTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDemoCounty_HasExecutionWarningsAndDisposals_OnFirstStart(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider, settings: new Dictionary<string, string> { ["Database:SeedDemoMonitoring"] = "true" });
        using var admin = await app.SignedInClientAsync("czadmin");
        using var school = await app.SignedInClientAsync("yizhong");
        var year = DateTime.UtcNow.Year;

        var batches = (await admin.GetFromJsonAsync<List<ExecutionBatchDto>>($"/api/monitoring/execution-batches?year={year}", Json.Options))!;
        Assert.Equal(Enumerable.Range(1, 8).Reverse(), batches.Select(b => b.ThroughMonth));
        var summary = (await admin.GetFromJsonAsync<WarningSummary>($"/api/monitoring/warnings/summary?year={year}&month=8", Json.Options))!;
        Assert.True(summary.Total.Red > 0 && summary.Total.Green > 0, $"红 {summary.Total.Red}，绿 {summary.Total.Green}");
        Assert.True(summary.Total.Red < summary.Total.Projects / 3, $"红灯 {summary.Total.Red} / {summary.Total.Projects}");
        Assert.NotEmpty(summary.ByDepartment);
        Assert.True((await admin.GetFromJsonAsync<WarningSummary>($"/api/monitoring/warnings/summary?year={year}&month=6", Json.Options))!.Total.Projects > 0);

        var disposals = (await admin.GetFromJsonAsync<List<DisposalDto>>($"/api/monitoring/disposals?year={year}", Json.Options))!;
        Assert.Contains(disposals, d => d.Status == DisposalStatus.Chosen && d.Choice == DisposalChoice.Continue);
        Assert.Contains(disposals, d => d.Status == DisposalStatus.Suspended && !d.SuspendedAutomatically);
        Assert.Contains(disposals, d => d.Status == DisposalStatus.Pending);
        Assert.NotEmpty((await school.GetFromJsonAsync<PagedResult<WarningListItem>>($"/api/monitoring/warnings?year={year}&month=8", Json.Options))!.Items);
        Assert.Equal(2, await app.WithDbAsync(db => db.WarningRuns.CountAsync()));
    }
}
