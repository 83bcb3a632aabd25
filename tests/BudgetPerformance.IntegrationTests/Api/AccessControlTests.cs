using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>Who may see what, through the API and the pages, on both providers.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessControlTests(SharedPlatforms platforms)
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static async Task<(long OwnUnit, long OtherUnitProject, long OwnProject)> UnitFactsAsync(PlatformFactory app) =>
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "yizhong");
            var own = await db.Projects.Where(p => p.OwnerUnitId == user.OrganizationId).Select(p => p.Id).FirstAsync();
            var other = await db.Projects.Where(p => p.OwnerUnitId != user.OrganizationId).Select(p => p.Id).FirstAsync();
            return (user.OrganizationId, other, own);
        });

    [Theory, MemberData(nameof(Providers))]
    public async Task ListProjects_AsBudgetUnit_ReturnsOnlyOwnUnitsProjects(string provider)
    {
        var app = await platforms.GetAsync(provider);
        var (ownUnit, _, _) = await UnitFactsAsync(app);
        using var client = await app.SignedInClientAsync("yizhong");

        var page = await client.GetFromJsonAsync<PagedResult<ProjectListItem>>("/api/projects?pageSize=200", Json.Options);

        Assert.NotNull(page);
        Assert.True(page.TotalCount > 0);
        Assert.All(page.Items, p => Assert.Equal(ownUnit, p.OwnerUnitId));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetProject_OfAnotherUnit_IsForbiddenWithChineseProblem(string provider)
    {
        var app = await platforms.GetAsync(provider);
        var (_, otherProject, ownProject) = await UnitFactsAsync(app);
        using var client = await app.SignedInClientAsync("yizhong");

        var denied = await client.GetAsync($"/api/projects/{otherProject}");
        var allowed = await client.GetAsync($"/api/projects/{ownProject}");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
        var problem = await denied.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("无权访问", problem.GetProperty("title").GetString());
        Assert.Contains("无权查看该项目", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ProjectPage_OfAnotherUnit_ShowsDenialAndNoProjectData(string provider)
    {
        var app = await platforms.GetAsync(provider);
        var (_, otherProject, _) = await UnitFactsAsync(app);
        var otherName = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == otherProject).Select(p => p.Name).SingleAsync());
        using var client = await app.SignedInClientAsync("yizhong");

        var html = await client.GetStringAsync($"/projects/{otherProject}");

        Assert.Contains("您无权查看该项目", html);
        Assert.DoesNotContain(otherName, html);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ListProjects_AsDepartment_SeesItsUnitsButNotOtherDepartments(string provider)
    {
        var app = await platforms.GetAsync(provider);
        var deptId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "jytj").Select(u => u.OrganizationId).SingleAsync());
        using var client = await app.SignedInClientAsync("jytj");

        var page = await client.GetFromJsonAsync<PagedResult<ProjectListItem>>("/api/projects?pageSize=200", Json.Options);
        var foreign = await client.GetFromJsonAsync<PagedResult<ProjectListItem>>("/api/projects?keyword=基本公共卫生", Json.Options);

        Assert.NotNull(page);
        Assert.All(page.Items, p => Assert.Equal(deptId, p.DepartmentId));
        Assert.True(page.Items.Select(p => p.OwnerUnitId).Distinct().Count() > 1, "主管部门应能看到所属多个单位的项目");
        Assert.Equal(0, foreign!.TotalCount);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ListProjects_AsFinanceReviewer_SeesTheWholeCounty(string provider)
    {
        var app = await platforms.GetAsync(provider);
        var total = await app.WithDbAsync(db => db.Projects.CountAsync());
        using var client = await app.SignedInClientAsync("jxk");

        var page = await client.GetFromJsonAsync<PagedResult<ProjectListItem>>("/api/projects?pageSize=1", Json.Options);

        Assert.Equal(total, page!.TotalCount);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ListProjects_AsExpert_SeesNothingUnassigned(string provider)
    {
        var app = await platforms.GetAsync(provider);
        using var client = await app.SignedInClientAsync("zhuanjia");

        var page = await client.GetFromJsonAsync<PagedResult<ProjectListItem>>("/api/projects", Json.Options);

        Assert.Equal(0, page!.TotalCount);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AuditRecords_AsBudgetUnit_AreForbidden_AndAsAuditorAllowed(string provider)
    {
        var app = await platforms.GetAsync(provider);
        using var unit = await app.SignedInClientAsync("rmyy");
        using var auditor = await app.SignedInClientAsync("shenji");

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/audit/records")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/audit/records")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/users")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Api_WithoutLogin_Answers401ProblemInChinese(string provider)
    {
        var app = await platforms.GetAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("未登录", problem.GetProperty("title").GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Page_WithoutLogin_RedirectsToLogin(string provider)
    {
        var app = await platforms.GetAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.OriginalString);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ListProjects_WithImpossiblePageSize_IsRefusedNamingTheField(string provider)
    {
        var app = await platforms.GetAsync(provider);
        using var client = await app.SignedInClientAsync("jxk");

        var response = await client.GetAsync("/api/projects?pageSize=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pageSize", problem.GetProperty("field").GetString());
        Assert.Contains("每页条数", problem.GetProperty("detail").GetString());
    }
}
