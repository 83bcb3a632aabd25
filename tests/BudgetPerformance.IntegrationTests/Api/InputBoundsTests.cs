using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>Inputs out of bounds get a 400 naming the field and change nothing; races get a 409, never a 500.</summary>
public sealed class InputBoundsTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Theory, MemberData(nameof(Providers))]
    public async Task HugeComments_UnknownEnums_NullCollections_AndExtremePaging_Give400(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var rows = GoodRows();
        var good = new { id = draft.Id, revision = draft.Revision, framework = 1, overallGoal = "三年内全面改善学生营养状况。", annualGoal = AnnualGoal, indicators = rows };

        var huge = await unit.PutAsJsonAsync($"/api/targets/{draft.Id}", good with { annualGoal = new string('长', 1_000_000) });
        var framework = await unit.PutAsJsonAsync($"/api/targets/{draft.Id}", good with { framework = 99 });
        var nullRows = await unit.PutAsJsonAsync($"/api/targets/{draft.Id}", new { id = draft.Id, revision = draft.Revision, framework = 1, overallGoal = "x", annualGoal = AnnualGoal, indicators = (object?)null });
        var statusQuery = await unit.GetAsync("/api/targets?status=77");
        var page = await unit.GetAsync("/api/targets?page=-5&pageSize=1000000");

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("文字过长", await DetailAsync(huge));
        Assert.Equal(HttpStatusCode.BadRequest, framework.StatusCode);
        Assert.Contains("framework", await DetailAsync(framework));
        Assert.Equal(HttpStatusCode.BadRequest, nullRows.StatusCode);
        Assert.Contains("indicators", await DetailAsync(nullRows));
        Assert.Equal(HttpStatusCode.BadRequest, statusQuery.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(draft.Revision, (await GetAsync(unit, draft.Id)).Revision);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ALongReviewComment_IsRefusedByTheRule_NotByTheDatabase(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var hospital = await app.SignedInClientAsync("rmyy");
        var hospitalId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "rmyy").Select(u => u.OrganizationId).SingleAsync());
        var published = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.OwnerUnitId == hospitalId && t.Status == TargetStatus.Published).Select(t => t.Id).FirstAsync());

        var adjust = await hospital.PostAsJsonAsync($"/api/targets/{published}/adjust", new StartAdjustmentRequest(published, new string('因', 5_000)), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, adjust.StatusCode);
        Assert.Contains("不超过 1000 个字", await DetailAsync(adjust));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ConcurrentAdjustments_OfOneTarget_GiveOneSuccessAndConflicts(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        var hospitalId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "rmyy").Select(u => u.OrganizationId).SingleAsync());
        var published = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.OwnerUnitId == hospitalId && t.Status == TargetStatus.Published).Select(t => t.Id).FirstAsync());
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SignedInClientAsync("rmyy")));

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.PostAsJsonAsync($"/api/targets/{published}/adjust", new StartAdjustmentRequest(published, $"同时发起的调整 {i}"), Json.Options)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var versions = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.PreviousVersionId == published).CountAsync());
        Assert.Equal(1, versions);
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }
}
