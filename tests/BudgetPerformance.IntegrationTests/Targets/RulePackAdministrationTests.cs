using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.IntegrationTests.Support;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

public sealed class RulePackAdministrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Revision_IsANewVersion_UsedByLaterReviews_WhileEarlierResultsKeepTheirVersion(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var reviewer = await app.SignedInClientAsync("jxk");
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var before = await OkAsync(await SaveAsync(unit, draft, GoodRows()));
        var packs = await admin.GetFromJsonAsync<List<RulePackDto>>("/api/rule-packs", Json.Options);
        var atushi = packs!.Single(p => p.Code == ShippedRulePacks.Atushi);

        var denied = await reviewer.PostAsJsonAsync($"/api/rule-packs/{atushi.Code}/versions", atushi.Settings.TargetReview with { MinLevel3Count = 9 }, Json.Options);
        var impossible = await admin.PostAsJsonAsync($"/api/rule-packs/{atushi.Code}/versions", atushi.Settings.TargetReview with { MinQuantifiedShare = 1.5m }, Json.Options);
        var revised = await admin.PostAsJsonAsync($"/api/rule-packs/{atushi.Code}/versions", atushi.Settings.TargetReview with { MinLevel3Count = 9 }, Json.Options);
        var after = await OkAsync(await SaveAsync(unit, await GetAsync(unit, draft.Id), GoodRows()));

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Equal(2, (await revised.Content.ReadFromJsonAsync<RulePackDto>(Json.Options))!.Version);
        Assert.Contains("第 1 版", before.AutoReview!.RulePackLabel);
        Assert.Empty(before.AutoReview.Findings);
        Assert.Contains("第 2 版", after.AutoReview!.RulePackLabel);
        Assert.Contains(after.AutoReview.Findings, f => f.Rule == "S04" && f.Message.Contains("不少于 9 个", StringComparison.Ordinal));
        Assert.Equal(2, (await admin.GetFromJsonAsync<List<RulePackDto>>("/api/rule-packs", Json.Options))!.Count(p => p.Code == ShippedRulePacks.Atushi));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Assignment_ChangesThePackOfTheRegion(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var unit = await app.SignedInClientAsync("yizhong");

        var denied = await unit.PutAsJsonAsync("/api/rule-packs/assignments", new AssignRulePackRequest(0, null, ShippedRulePacks.Hubei), Json.Options);
        var assigned = await admin.PutAsJsonAsync("/api/rule-packs/assignments", new AssignRulePackRequest(0, null, ShippedRulePacks.Hubei), Json.Options);
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var saved = await OkAsync(await SaveAsync(unit, draft, GoodRows()));

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        Assert.Contains("湖北", saved.AutoReview!.RulePackLabel);
        Assert.Contains(saved.AutoReview.Findings, f => f.Rule == "S06" && f.Message.Contains("应为 80 分", StringComparison.Ordinal));
    }
}
