using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// 预警处置: a red project's unit is given a deadline in working days; it chooses before it (another unit cannot);
/// overdue, the daily check suspends the project and the treasury reads it among the held payments; finance lifts
/// with a reason; a second run opens no second disposal; the calendar finance keeps moves the deadline.
/// </summary>
public sealed class DisposalTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ARedProject_IsDisposedByItsUnit_OrSuspendedWhenOverdue_AndTheTreasuryReadsTheHold(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var school = await app.SignedInClientAsync("yizhong");
        using var hospital = await app.SignedInClientAsync("rmyy");
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
            var projects = await db.Projects.Where(p => p.FiscalYear == 2026 && p.AdjustedTotalFen > 0 && p.LibraryStatus == Domain.Budgets.ProjectLibraryStatus.InLibrary)
                .OrderBy(p => p.Code).Select(p => new { p.Code, p.AdjustedTotalFen, p.OwnerUnitId }).ToListAsync();
            return (projects.First(p => p.OwnerUnitId == unit), projects.First(p => p.OwnerUnitId != unit));
        });

        // The calendar finance keeps: a holiday inside the deadline window pushes the deadline one working day on.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var holiday = Enumerable.Range(1, 10).Select(today.AddDays).First(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && d.Year == today.Year);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/monitoring/calendar?year={today.Year}",
            new[] { new { date = holiday, kind = "MakeUpWorkday", name = "调休" } }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/monitoring/calendar?year={today.Year}",
            new[] { new { date = holiday, kind = "Holiday", name = "测试假日" } }, Json.Options)).StatusCode);
        Assert.Single((await admin.GetFromJsonAsync<List<CalendarDayDto>>($"/api/monitoring/calendar?year={today.Year}", Json.Options))!);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync($"/api/monitoring/calendar?year={today.Year}")).StatusCode);

        var csv = $"项目编码,月份,累计执行数\n{own.Code},8,{own.AdjustedTotalFen * 10 / 100 / 100.0}\n{other.Code},8,{other.AdjustedTotalFen * 10 / 100 / 100.0}\n";
        using (var content = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "file", "8月执行.csv");
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/monitoring/executions/import?year=2026", content)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/monitoring/warnings/run?year=2026&month=8", null)).StatusCode);
        var all = (await admin.GetFromJsonAsync<List<DisposalDto>>("/api/monitoring/disposals?year=2026", Json.Options))!;
        var mine = all.Single(d => d.ProjectCode == own.Code);
        var theirs = all.Single(d => d.ProjectCode == other.Code);
        Assert.Equal((DisposalStatus.Pending, today), (mine.Status, mine.IssuedOn));
        var expected = today;
        for (var counted = 0; counted < 10;)
        {
            expected = expected.AddDays(1);
            if (expected.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && expected != holiday)
            {
                counted++;
            }
        }

        Assert.Equal(expected, mine.Deadline);

        // The unit chooses; another unit does not see it; a department is not the one to choose.
        var schoolList = (await school.GetFromJsonAsync<List<DisposalDto>>("/api/monitoring/disposals?year=2026", Json.Options))!;
        Assert.All(schoolList, d => Assert.Equal(mine.Unit, d.Unit));
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.PostAsJsonAsync($"/api/monitoring/disposals/{mine.Id}/choose", new { choice = "Cancel", measures = "x" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await school.PostAsJsonAsync($"/api/monitoring/disposals/{mine.Id}/choose", new { choice = "Continue", measures = "加快采购" }, Json.Options)).StatusCode);
        var chosen = (await (await school.PostAsJsonAsync($"/api/monitoring/disposals/{mine.Id}/choose",
            new { choice = "Continue", measures = "加快政府采购进度", newSchedule = "9月底前支付至 60%", revision = mine.Revision }, Json.Options)).Content.ReadFromJsonAsync<DisposalDto>(Json.Options))!;
        Assert.Equal((DisposalStatus.Chosen, DisposalChoice.Continue, "9月底前支付至 60%"), (chosen.Status, chosen.Choice, chosen.NewSchedule));
        Assert.Equal(HttpStatusCode.Conflict, (await school.PostAsJsonAsync($"/api/monitoring/disposals/{mine.Id}/choose",
            new { choice = "Cancel", measures = "取消", revision = chosen.Revision }, Json.Options)).StatusCode);

        // Overdue: the daily check suspends the other project, as the system's act.
        var suspended = await WithHandlerAsync(app, h => h.SuspendOverdueAsync(theirs.Deadline.AddDays(1)));
        Assert.True(suspended >= 1);
        var held = (await admin.GetFromJsonAsync<List<DisposalDto>>("/api/monitoring/disposals?year=2026&status=Suspended", Json.Options))!.Single(d => d.Id == theirs.Id);
        Assert.True(held.SuspendedAutomatically);
        Assert.Contains("逾期未处置", held.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action.StartsWith("逾期未处置，自动暂缓拨款") && r.UserName == "系统")));

        var token = (await (await admin.PostAsJsonAsync("/api/system-accounts", new { name = "国库" }, Json.Options)).Content.ReadFromJsonAsync<CreatedSystemAccount>(Json.Options))!.Token;
        using var treasury = app.CreateClient();
        treasury.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Contains((await treasury.GetFromJsonAsync<List<HeldPayment>>("/api/push/held-payments", Json.Options))!, h => h.ProjectCode == other.Code);
        Assert.DoesNotContain((await treasury.GetFromJsonAsync<List<HeldPayment>>("/api/push/held-payments", Json.Options))!, h => h.ProjectCode == own.Code);

        // Finance lifts with a reason; the unit cannot; a second run opens no second disposal.
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync($"/api/monitoring/disposals/{theirs.Id}/lift", new { reason = "x", revision = held.Revision }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/monitoring/disposals/{theirs.Id}/lift", new { reason = " ", revision = held.Revision }, Json.Options)).StatusCode);
        var lifted = (await (await admin.PostAsJsonAsync($"/api/monitoring/disposals/{theirs.Id}/lift", new { reason = "单位已补交整改方案", revision = held.Revision }, Json.Options)).Content.ReadFromJsonAsync<DisposalDto>(Json.Options))!;
        Assert.Equal(DisposalStatus.Lifted, lifted.Status);
        Assert.DoesNotContain((await treasury.GetFromJsonAsync<List<HeldPayment>>("/api/push/held-payments", Json.Options))!, h => h.ProjectCode == other.Code);
        var before = await app.WithDbAsync(db => db.ProjectDisposals.CountAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/monitoring/warnings/run?year=2026&month=8", null)).StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.ProjectDisposals.CountAsync()));
    }

    private static async Task<T> WithHandlerAsync<T>(PlatformFactory app, Func<DisposalsHandler, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DisposalsHandler>());
    }
}
