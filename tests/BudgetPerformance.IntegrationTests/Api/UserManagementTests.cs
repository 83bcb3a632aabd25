using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

public sealed class UserManagementTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Admin_CreatesAUnitAccount_ThatSeesItsUnit_AndCanDeactivateIt(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var unit = await app.SignedInClientAsync("yizhong");
        var school = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync());
        var request = new CreateUserRequest("xuexiao2", "张老师", school, [Role.BudgetUnit], "School#2026pass");

        var byUnit = await unit.PostAsJsonAsync("/api/users", request, Json.Options);
        var wrongRole = await admin.PostAsJsonAsync("/api/users", request with { Roles = [Role.FinanceReviewer] }, Json.Options);
        var weak = await admin.PostAsJsonAsync("/api/users", request with { Password = "weak" }, Json.Options);
        var created = await admin.PostAsJsonAsync("/api/users", request, Json.Options);
        var duplicate = await admin.PostAsJsonAsync("/api/users", request, Json.Options);

        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.Contains("财政绩效科", (await wrongRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Contains("密码长度至少", (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        using var newcomer = await app.SignedInClientAsync("xuexiao2", "School#2026pass");
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/api/targets?myQueue=true")).StatusCode);

        var id = await created.Content.ReadFromJsonAsync<long>();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{id}/Deactivate", null)).StatusCode);
        using var fresh = app.CreateClient();
        var login = await fresh.PostAsJsonAsync("/api/auth/login", new { userName = "xuexiao2", password = "School#2026pass" });
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }
}
