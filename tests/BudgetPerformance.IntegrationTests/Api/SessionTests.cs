using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>Sessions end at once, for every cookie of the user, when they should.</summary>
public sealed class SessionTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static Task<long> UserIdAsync(PlatformFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    [Theory, MemberData(nameof(Providers))]
    public async Task AnOldCookie_IsRefused_AfterDeactivationPasswordResetAndRoleChange(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var unit = await app.SignedInClientAsync("yizhong");
        using var reviewer = await app.SignedInClientAsync("jxk");
        using var department = await app.SignedInClientAsync("jytj");
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/users/{await UserIdAsync(app, "yizhong")}/password", new { newPassword = "Reset#School2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{await UserIdAsync(app, "jxk")}/Deactivate", null)).StatusCode);
        var jytj = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "jytj"));
        var moved = await admin.PutAsJsonAsync($"/api/users/{jytj.Id}", new ReassignUserRequest(jytj.OrganizationId, [Role.BudgetUnit]), Json.Options);

        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unit.GetAsync("/api/targets?myQueue=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await department.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/auth/me")).StatusCode);
        using var again = await app.SignedInClientAsync("jytj");
        Assert.Equal(["BudgetUnit"], (await again.GetFromJsonAsync<CurrentUser>("/api/auth/me"))!.Roles);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SigningOut_EndsEverySessionOfTheUser_AndACopiedCookieIsRefused(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var first = await app.SignedInClientAsync("renda");
        using var second = await app.SignedInClientAsync("renda");
        using var other = await app.SignedInClientAsync("jxk");
        var copied = app.CreateClient(new() { HandleCookies = false });
        copied.DefaultRequestHeaders.Add("Cookie", await app.CopiedCookieAsync("renda"));
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copied.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ChangingOnesOwnPassword_KeepsThisSession_AndEndsTheOthers()
    {
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        using var here = await app.SignedInClientAsync("renda");
        using var elsewhere = await app.SignedInClientAsync("renda");

        var changed = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Jx#2026demo", newPassword = "Strong#Pass2027" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task AnAdministrator_CannotChangeTheirOwnRoles_NorGiveAnUnknownRole()
    {
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        using var admin = await app.SignedInClientAsync("czadmin");
        var self = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "czadmin"));
        var unit = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "yizhong"));

        var own = await admin.PutAsJsonAsync($"/api/users/{self.Id}", new ReassignUserRequest(self.OrganizationId, [Role.Auditor]), Json.Options);
        var unknown = await admin.PutAsJsonAsync($"/api/users/{unit.Id}", new { organizationId = unit.OrganizationId, roles = new[] { 4096 } });

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(Role.BudgetUnit, await app.WithDbAsync(db => db.Users.Where(u => u.Id == unit.Id).Select(u => u.Roles).SingleAsync()));
    }

    private sealed record CurrentUser(IReadOnlyList<string> Roles);
}
