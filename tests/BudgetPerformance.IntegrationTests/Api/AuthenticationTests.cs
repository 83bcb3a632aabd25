using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

public sealed class AuthenticationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Login_FiveWrongPasswords_LocksTheAccount_EvenForTheRightPassword(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var client = app.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "rmyy", password = "Wrong#pass1" });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("用户名或密码错误", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        var fifth = await client.PostAsJsonAsync("/api/auth/login", new { userName = "rmyy", password = "Wrong#pass1" });
        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "rmyy", password = "Jx#2026demo" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody-here", password = "Jx#2026demo" });

        // Locked, wrong and unknown answer alike: nothing tells an attacker which names exist or are locked.
        Assert.Equal(HttpStatusCode.BadRequest, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var details = new[] { fifth, right, unknown }.Select(r => r.Content.ReadFromJsonAsync<JsonElement>().Result.GetProperty("detail").GetString()).ToList();
        Assert.Single(details.Distinct());
        Assert.Contains("暂时锁定", details[0]);
        var actions = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.UserName == "rmyy").Select(r => r.Action).ToListAsync());
        Assert.Contains("登录失败", actions);
        Assert.Contains("登录失败并锁定", actions);
        Assert.Contains("锁定期间登录被拒绝", actions);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "rmyy").Select(u => u.LockedUntil != null).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Login_FortyParallelWrongPasswords_LockTheAccountLikeFiveSequentialOnes(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var client = app.CreateClient();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            client.PostAsJsonAsync("/api/auth/login", new { userName = "rmyy", password = $"Wrong#pass{i}" })));
        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "rmyy", password = "Jx#2026demo" });

        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var actions = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.UserName == "rmyy").Select(r => r.Action).ToListAsync());
        // Exactly four attempts were counted, the fifth locked, and the rest found the account locked.
        var (failed, locked, whileLocked) = (actions.Count(a => a == "登录失败"), actions.Count(a => a == "登录失败并锁定"), actions.Count(a => a == "锁定期间登录失败"));
        Assert.Equal(1, locked);
        Assert.Equal(4, failed);
        Assert.Equal(40, failed + locked + whileLocked);
        Assert.Contains("锁定期间登录被拒绝", actions);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Login_AnUnknownUser_IsAuditedWithItsSource(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("probe/1.0");

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "ghost", password = "Whatever#2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var record = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.UserName == "ghost").SingleAsync());
        Assert.Equal("登录失败（用户名不存在）", record.Action);
        Assert.Contains("probe/1.0", record.Source);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Login_Success_IsAuditedWithoutThePasswordHash(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var client = await app.SignedInClientAsync("czadmin");

        var record = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.UserName == "czadmin" && r.Action == "登录").SingleAsync());

        Assert.Equal("User", record.EntityType);
        Assert.Contains("LastLoginAt", record.After);
        Assert.DoesNotContain("AQAAAA", record.After ?? string.Empty);
    }

    [Fact]
    public async Task ChangePassword_EnforcesThePolicy_AndTheNewPasswordWorks()
    {
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        using var client = await app.SignedInClientAsync("renda");

        var weak = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Jx#2026demo", newPassword = "short" });
        var wrongCurrent = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Nope#2026abc", newPassword = "Strong#Pass2027" });
        var ok = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Jx#2026demo", newPassword = "Strong#Pass2027" });
        using var fresh = app.CreateClient();
        var oldLogin = await fresh.PostAsJsonAsync("/api/auth/login", new { userName = "renda", password = "Jx#2026demo" });
        var newLogin = await fresh.PostAsJsonAsync("/api/auth/login", new { userName = "renda", password = "Strong#Pass2027" });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("密码长度至少 10 位", (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oldLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newLogin.StatusCode);
        var audited = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "修改密码").Select(r => r.After).SingleAsync());
        Assert.Contains("******", audited);
    }
}
