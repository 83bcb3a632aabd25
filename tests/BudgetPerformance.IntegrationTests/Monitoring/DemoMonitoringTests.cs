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

        // The 1—6月 round is completed (every form confirmed, the round closed) and the 1—8月 round is open, with 部门整体支出.
        var rounds = (await admin.GetFromJsonAsync<List<MonitoringRoundDto>>($"/api/monitoring/rounds?year={year}", Json.Options))!;
        Assert.Equal([8, 6], rounds.Select(r => r.Month));
        var june = rounds.Single(r => r.Month == 6);
        Assert.Equal((MonitoringRoundStatus.Closed, june.Forms, 0), (june.Status, june.Confirmed, june.NotFilled));
        var august = rounds.Single(r => r.Month == 8);
        Assert.Equal((MonitoringRoundStatus.Open, august.Forms), (august.Status, august.Pending));
        Assert.True(august.Forms > june.Forms, "1—8月含部门整体支出");
        // June's warnings judged the reported indicator progress too (W02), and the slow spenders explained themselves.
        var juneRed = (await admin.GetFromJsonAsync<PagedResult<WarningListItem>>($"/api/monitoring/warnings?year={year}&month=6&light=Red&pageSize=5", Json.Options))!.Items;
        var history = (await admin.GetFromJsonAsync<List<ProjectWarningHistoryItem>>($"/api/monitoring/projects/{juneRed[0].ProjectId}/warnings", Json.Options))!;
        Assert.Contains(history.Single(h => h.Month == 6).Findings, f => f.Rule == "W02");
        var schoolForms = (await school.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{june.Id}/forms", Json.Options))!;
        Assert.All(schoolForms.Items, f => Assert.Equal(MonitoringFormStatus.Confirmed, f.Status));
    }
}
