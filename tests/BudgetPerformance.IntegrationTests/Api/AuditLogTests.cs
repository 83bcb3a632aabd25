using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Common;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>The audit log as an assessor uses it: filtered by day, user and action, exported, and exports themselves on record.</summary>
public sealed class AuditLogTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TheLog_FiltersByBeijingDayUserAndAction_ExportsToXlsx_AndRecordsTheExport(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "rmyy").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/users/{id}/password", new { newPassword = "Hospital#Reset27" })).StatusCode);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var found = await admin.GetFromJsonAsync<PagedResult<AuditRecordDto>>($"/api/audit/records?from={today}&to={today}&userName=czadmin&action=重置密码", Json.Options);
        var before = await admin.GetFromJsonAsync<PagedResult<AuditRecordDto>>($"/api/audit/records?to={yesterday}&action=重置密码", Json.Options);
        var export = await admin.GetAsync($"/api/audit/export?from={today}&action=重置密码");
        var targets = await admin.GetAsync("/api/targets/list-export?grain=Target");

        Assert.Equal("重置密码：rmyy", Assert.Single(found!.Items).Action);
        Assert.Equal(0, before!.TotalCount);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using (var zip = new ZipArchive(new MemoryStream(await export.Content.ReadAsByteArrayAsync())))
        {
            var text = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
            Assert.Contains("重置密码：rmyy", text);
            Assert.Contains("时间（北京时间）", text);
        }

        Assert.Equal(HttpStatusCode.OK, targets.StatusCode);
        var exports = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action.StartsWith("导出")).Select(r => new { r.Action, r.UserName }).ToListAsync());
        Assert.Contains(exports, e => e.Action == "导出审计日志" && e.UserName == "czadmin");
        Assert.Contains(exports, e => e.Action == "导出目标清单" && e.UserName == "czadmin");
    }

    [Fact]
    public void AuditValues_ReadInChinese_WithBeijingTimes() =>
        Assert.Equal("最近登录：2026-12-01 18:30:00（北京时间）\n是否启用：否", AuditTerms.Readable("{\"LastLoginAt\":\"2026-12-01T10:30:00Z\",\"IsActive\":false}"));

    [Fact]
    public async Task AnUnknownPage_IsAChinesePageWith404_AndAnUnknownApiAddressIsProblemDetails()
    {
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        using var client = app.CreateClient();

        var page = await client.GetAsync("/no-such-page");
        var api = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("您访问的页面不存在", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
