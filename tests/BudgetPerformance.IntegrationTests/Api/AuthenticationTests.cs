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

        Assert.Equal(HttpStatusCode.Forbidden, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("账户已锁定", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var actions = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.UserName == "rmyy").Select(r => r.Action).ToListAsync());
        Assert.Contains("登录失败", actions);
        Assert.Contains("登录失败并锁定", actions);
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
