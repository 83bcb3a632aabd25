using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// Other systems push execution data with a system account's token: created (shown once), listed and revoked by the
/// finance administrator; a batch id lands once; a bad record is named by number and field; a revoked token and a
/// token of another region are refused; a token opens nothing but the push endpoints, and a user's cookie does not
/// open them.
/// </summary>
public sealed class PushApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static HttpClient SystemClient(PlatformFactory app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json.Options)!;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ATreasurySystem_PushesWithItsToken_OnceperBatch_UntilRevoked(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var codes = await app.WithDbAsync(db => db.Projects.Where(p => p.FiscalYear == 2026).OrderBy(p => p.Code).Select(p => p.Code).Take(2).ToListAsync());

        var created = await OkAsync<CreatedSystemAccount>(await admin.PostAsJsonAsync("/api/system-accounts", new { name = "县国库集中支付系统" }, Json.Options));
        Assert.StartsWith(SystemAccount.TokenPrefix, created.Token, StringComparison.Ordinal);
        var listed = await OkAsync<List<SystemAccountDto>>(await admin.GetAsync("/api/system-accounts"));
        Assert.DoesNotContain(created.Token, JsonSerializer.Serialize(listed), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SystemAccounts.AnyAsync(a => a.TokenHash == created.Token)));

        using var treasury = SystemClient(app, created.Token);
        var payments = new
        {
            batchId = "GK-2026-06-001",
            fiscalYear = 2026,
            payments = new object[]
            {
                new { paidOn = "2026-06-03", projectCode = codes[0], amount = 1200.50m, voucherNo = "P1", payee = "某公司", fundSource = "一般公共预算" },
                new { paidOn = "2026-06-04", projectCode = codes[1], amount = -200m, voucherNo = "P2", payee = (string?)null, fundSource = (string?)null },
            },
        };
        var first = await OkAsync<ImportExecutionResult>(await treasury.PostAsJsonAsync("/api/push/payments", payments, Json.Options));
        var again = await OkAsync<ImportExecutionResult>(await treasury.PostAsJsonAsync("/api/push/payments", payments, Json.Options));
        Assert.Equal((2, 100_050L, false), (first.Rows, first.TotalFen, first.AlreadyImported));
        Assert.True(again.AlreadyImported);
        Assert.Contains(again.Notes, n => n.Contains("批次号“GK-2026-06-001”", StringComparison.Ordinal));
        var batch = await app.WithDbAsync(db => db.ExecutionBatches.SingleAsync());
        Assert.Equal((ExecutionSource.Api, "系统：县国库集中支付系统", "GK-2026-06-001"), (batch.Source, batch.ImportedBy, batch.ExternalId));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action.StartsWith("导入支付明细完成") && r.UserName == "系统：县国库集中支付系统")));

        // A bad record is named by its number and field; nothing lands.
        var bad = await treasury.PostAsJsonAsync("/api/push/executions", new
        {
            batchId = "ZX-06",
            fiscalYear = 2026,
            rows = new object[] { new { projectCode = codes[0], month = "6", executed = 100m }, new { projectCode = codes[1], month = "13", executed = 5m } },
        }, Json.Options);
        var badBody = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("第 2 条记录（字段 month）", badBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await treasury.PostAsJsonAsync("/api/push/executions", new { fiscalYear = 2026, rows = new object[] { new { projectCode = codes[0], month = "6", executed = 1m } } }, Json.Options)).StatusCode);

        // CSV, as the treasury exports it.
        using var csv = new StringContent($"支付日期,项目编码,支付金额,支付凭证号\n2026-07-01,{codes[0]},10,P3\n", Encoding.UTF8, "text/csv");
        Assert.Equal(1, (await OkAsync<ImportExecutionResult>(await treasury.PostAsync("/api/push/payments/csv?year=2026&batchId=GK-07", csv))).Rows);

        // The token opens nothing else; a user's cookie does not open the push endpoints.
        Assert.Equal(HttpStatusCode.Unauthorized, (await treasury.GetAsync("/api/monitoring/execution-batches")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await treasury.GetAsync("/api/system-accounts")).StatusCode);
        Assert.Contains((await admin.PostAsJsonAsync("/api/push/payments", payments, Json.Options)).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });

        // Revoked, the token is refused at once.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/system-accounts/{created.Account.Id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await treasury.PostAsJsonAsync("/api/push/payments", payments with { }, Json.Options)).StatusCode);
        Assert.False((await OkAsync<List<SystemAccountDto>>(await admin.GetAsync("/api/system-accounts"))).Single().IsActive);
        using var forged = SystemClient(app, SystemAccount.TokenPrefix + "not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsJsonAsync("/api/push/payments", payments, Json.Options)).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ATokenOfAnotherRegion_CannotPushThisRegionsProjects_AndOnlyTheAdministratorManagesAccounts(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var code = await app.WithDbAsync(db => db.Projects.Where(p => p.FiscalYear == 2026).OrderBy(p => p.Code).Select(p => p.Code).FirstAsync());
        var token = await app.WithDbAsync(async db =>
        {
            var county = await db.Regions.SingleAsync(r => r.Code == "990121");
            var city = await db.Regions.SingleAsync(r => r.Id == county.ParentId);
            var other = Region.Create("990122", "邻县", city).Value;
            db.Regions.Add(other);
            await db.SaveChangesAsync();
            var (account, secret) = SystemAccount.Create("邻县国库", other.Id, DateTime.UtcNow, "测试").Value;
            db.SystemAccounts.Add(account);
            await db.SaveChangesAsync();
            return secret;
        });

        using var neighbour = SystemClient(app, token);
        var response = await neighbour.PostAsJsonAsync("/api/push/payments", new
        {
            batchId = "LX-1",
            fiscalYear = 2026,
            payments = new object[] { new { paidOn = "2026-06-03", projectCode = code, amount = 1m, voucherNo = "L1" } },
        }, Json.Options);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 1 条记录（字段 projectCode）", body, StringComparison.Ordinal);
        Assert.Contains("不是本地区 2026 年度的项目", body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ExecutionBatches.CountAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync("/api/system-accounts", new { name = "x" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/system-accounts")).StatusCode);
    }
}
