using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// Warnings computed over the stored execution data: a slow spender is red with its arithmetic, a project without data
/// is "未填报", the counts roll up by department; the red list and the summary follow the newest run; a unit sees only
/// its own projects, and only finance runs the computation.
/// </summary>
public sealed class WarningRunTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ASlowSpender_IsRed_WithItsArithmetic_AndTheListsFollowTheNewestRun(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var school = await app.SignedInClientAsync("yizhong");
        var (slow, steady, own, others) = await app.WithDbAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
            var projects = await db.Projects.InLibrary().Where(p => p.FiscalYear == 2026 && p.AdjustedTotalFen > 0).OrderBy(p => p.Code)
                .Select(p => new { p.Code, p.Id, p.AdjustedTotalFen, p.OwnerUnitId }).ToListAsync();
            var mine = projects.First(p => p.OwnerUnitId == unit);
            var notMine = projects.Where(p => p.OwnerUnitId != unit).Take(2).ToList();
            return (notMine[0], notMine[1], mine, projects.Count);
        });
        // August: time progress 66.67%. 20% spent is far behind (red); 60% is on track.
        var csv = $"项目编码,月份,累计执行数\n{slow.Code},8,{slow.AdjustedTotalFen * 20 / 100 / 100.0}\n{steady.Code},8,{steady.AdjustedTotalFen * 60 / 100 / 100.0}\n{own.Code},8,{own.AdjustedTotalFen * 20 / 100 / 100.0}\n";
        using (var content = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "file", "8月执行.csv");
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/monitoring/executions/import?year=2026", content)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsync("/api/monitoring/warnings/run?year=2026&month=8", null)).StatusCode);
        var run = (await (await admin.PostAsync("/api/monitoring/warnings/run?year=2026&month=8", null)).Content.ReadFromJsonAsync<WarningRunDto>(Json.Options))!;
        Assert.Equal(others, run.Projects);
        Assert.True(run.Red >= 2, $"红灯 {run.Red}");
        Assert.Equal(run.Projects, run.Red + run.Yellow + run.Missing + run.Green + run.Blue);

        var red = (await admin.GetFromJsonAsync<PagedResult<WarningListItem>>("/api/monitoring/warnings?year=2026&month=8&light=Red&pageSize=500", Json.Options))!.Items;
        Assert.Contains(red, w => w.ProjectCode == slow.Code);
        Assert.DoesNotContain(red, w => w.ProjectCode == steady.Code);
        Assert.All(red, w => Assert.Equal(WarningLight.Red, w.Light));
        Assert.Equal(run.Red, red.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/monitoring/warnings?year=2026&month=8&pageSize=501")).StatusCode);
        var all = (await admin.GetFromJsonAsync<PagedResult<WarningListItem>>("/api/monitoring/warnings?year=2026&month=8&pageSize=500", Json.Options))!.Items;
        Assert.Equal(WarningLight.Missing, all.First(w => w.ProjectCode != slow.Code && w.ProjectCode != steady.Code && w.ProjectCode != own.Code).Light);

        var history = (await admin.GetFromJsonAsync<List<ProjectWarningHistoryItem>>($"/api/monitoring/projects/{slow.Id}/warnings", Json.Options))!;
        var august = Assert.Single(history);
        Assert.Equal((8, WarningLight.Red), (august.Month, august.Light));
        Assert.Contains(august.Findings, f => f.Rule == "W01" && f.Arithmetic!.Contains("执行率 20% ÷ 时间进度 66.67% = 30% < 60% → 红灯", StringComparison.Ordinal));
        Assert.True(august.PackVersion >= 1);

        var summary = (await admin.GetFromJsonAsync<WarningSummary>("/api/monitoring/warnings/summary?year=2026&month=8", Json.Options))!;
        Assert.Equal((run.Projects, run.Red), (summary.Total.Projects, summary.Total.Red));
        Assert.Equal(run.Red, summary.ByDepartment.Sum(d => d.Red));
        Assert.Equal(0.6667m, summary.TimeProgress);

        // The unit sees its own projects only; another unit's history is not there for it.
        var mine = (await school.GetFromJsonAsync<PagedResult<WarningListItem>>("/api/monitoring/warnings?year=2026&month=8", Json.Options))!.Items;
        Assert.NotEmpty(mine);
        Assert.Contains(mine, w => w.ProjectCode == own.Code && w.Light == WarningLight.Red);
        Assert.DoesNotContain(mine, w => w.ProjectCode == slow.Code);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/api/monitoring/projects/{slow.Id}/warnings")).StatusCode);

        // A corrected delivery and a new run: the lists follow the newest run.
        using (var content = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"项目编码,月份,累计执行数\n{slow.Code},8,{slow.AdjustedTotalFen * 70 / 100 / 100.0}\n"));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "file", "8月执行（更正）.csv");
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/monitoring/executions/import?year=2026", content)).StatusCode);
        }

        var second = (await (await admin.PostAsync("/api/monitoring/warnings/run?year=2026&month=8", null)).Content.ReadFromJsonAsync<WarningRunDto>(Json.Options))!;
        Assert.Equal(run.Red - 1, second.Red);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<PagedResult<WarningListItem>>("/api/monitoring/warnings?year=2026&month=8&light=Red", Json.Options))!.Items, w => w.ProjectCode == slow.Code);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "计算运行监控预警：2026 年 1–8 月" && r.EntityId == run.Id.ToString())));
    }
}
