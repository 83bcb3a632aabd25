using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.RuleOutcomes;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.IntegrationTests.Support;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

public sealed class RulePackAdministrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static Task<HttpResponseMessage> ReviseAsync(HttpClient client, string code, TargetReviewSection settings, string note = "按本县实际调整") =>
        client.PostAsJsonAsync($"/api/rule-packs/{code}/sections/target-review", new { settings, note }, Json.Options);

    private static async Task<RulePackDto> DeriveAsync(HttpClient admin, string from, string code, string name, bool assign = true)
    {
        var response = await admin.PostAsJsonAsync($"/api/rule-packs/{from}/derive", new DeriveRulePackRequest(from, null, code, name, assign), Json.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RulePackDto>(Json.Options))!;
    }

    private static async Task<List<RulePackDto>> PacksAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<RulePackDto>>("/api/rule-packs", Json.Options))!;

    [Theory, MemberData(nameof(Providers))]
    public async Task Revision_IsANewVersion_UsedByLaterReviews_WhileEarlierResultsKeepTheirVersion(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var reviewer = await app.SignedInClientAsync("jxk");
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var before = await OkAsync(await SaveAsync(unit, draft, GoodRows()));
        var atushi = (await PacksAsync(admin)).Single(p => p.Code == ShippedRulePacks.Atushi);

        // The county derives its own copy instead of revising the shipped pack, and uses it from now on.
        var shippedRefused = await ReviseAsync(admin, atushi.Code, atushi.TargetReview! with { MinLevel3Count = 9 });
        var linhe = await DeriveAsync(admin, atushi.Code, "linhe", "临河县规则方案");
        var denied = await ReviseAsync(reviewer, linhe.Code, linhe.TargetReview! with { MinLevel3Count = 9 });
        var impossible = await ReviseAsync(admin, linhe.Code, linhe.TargetReview! with { MinQuantifiedShare = 1.5m });
        var revised = await ReviseAsync(admin, linhe.Code, linhe.TargetReview! with { MinLevel3Count = 9 });
        var after = await OkAsync(await SaveAsync(unit, await GetAsync(unit, draft.Id), GoodRows()));

        Assert.Equal(HttpStatusCode.Forbidden, shippedRefused.StatusCode);
        Assert.Contains("派生本地区方案", await shippedRefused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Equal(2, (await revised.Content.ReadFromJsonAsync<RulePackDto>(Json.Options))!.Version);
        Assert.Contains("第 1 版", before.AutoReview!.RulePackLabel);
        Assert.Empty(before.AutoReview.Findings);
        Assert.Contains("第 2 版", after.AutoReview!.RulePackLabel);
        Assert.Equal(("linhe", 2), (after.AutoReview.RulePackCode, after.AutoReview.RulePackVersion));
        Assert.Contains(after.AutoReview.Findings, f => f.Rule == "S04" && f.Message.Contains("不少于 9 个", StringComparison.Ordinal));
        Assert.Equal(2, (await PacksAsync(admin)).Count(p => p.Code == "linhe"));
        Assert.Single(await PacksAsync(admin), p => p.Code == ShippedRulePacks.Atushi);
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

    [Theory, MemberData(nameof(Providers))]
    public async Task ACountyDerivesAndRevisesItsPack_WhileAnotherCountyKeepsTheParent(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        var (otherCounty, otherAdmin) = await TwoCountiesAsync(app);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var neighbour = await app.SignedInClientAsync(otherAdmin);

        var linhe = await DeriveAsync(admin, ShippedRulePacks.Atushi, "linhe", "临河县规则方案");
        var revised = await ReviseAsync(admin, linhe.Code, linhe.TargetReview! with { MinQuantifiedShare = 0.8m });
        var neighbourRevising = await ReviseAsync(neighbour, linhe.Code, linhe.TargetReview! with { MinQuantifiedShare = 0.3m });
        var neighbourUsing = await neighbour.PutAsJsonAsync("/api/rule-packs/assignments", new AssignRulePackRequest(0, null, "linhe"), Json.Options);
        var neighbourParent = await neighbour.PutAsJsonAsync("/api/rule-packs/assignments", new AssignRulePackRequest(0, null, ShippedRulePacks.Atushi), Json.Options);

        Assert.True(revised.IsSuccessStatusCode, await revised.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, neighbourRevising.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, neighbourUsing.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, neighbourParent.StatusCode);
        var (linheSection, neighbourSection) = await app.WithDbAsync(async db =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var resolver = new RulePackResolver(db, scope.ServiceProvider.GetRequiredService<RulePackCatalog>());
            var county = await db.Regions.SingleAsync(r => r.Code == DemoDataGenerator.DemoCountyCode);
            return (await resolver.TargetReviewAsync(county.Id, DateTime.UtcNow.Year), await resolver.TargetReviewAsync(otherCounty, DateTime.UtcNow.Year));
        });
        Assert.Equal(("linhe", 2, 0.8m), (linheSection.Pack.Code, linheSection.Pack.Version, linheSection.Settings.MinQuantifiedShare));
        Assert.Equal((ShippedRulePacks.Atushi, 1, 0.7m), (neighbourSection.Pack.Code, neighbourSection.Pack.Version, neighbourSection.Settings.MinQuantifiedShare));
        Assert.DoesNotContain(await PacksAsync(neighbour), p => p.Code == "linhe");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AResultStoredUnderVersion1_ReadsAndRederivesIdentically_AfterVersion2Exists(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var unit = await app.SignedInClientAsync("yizhong");
        var linhe = await DeriveAsync(admin, ShippedRulePacks.Atushi, "linhe", "临河县规则方案");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var rows = GoodRows().Take(6).ToList();
        var first = (await OkAsync(await SaveAsync(unit, draft, rows))).AutoReview!;

        await ReviseAsync(admin, linhe.Code, linhe.TargetReview! with { MinLevel3Count = 5, MinQuantifiedShare = 0.5m });
        await OkAsync(await SaveAsync(unit, await GetAsync(unit, draft.Id), rows));
        var stored = await unit.GetFromJsonAsync<RuleOutcomeDto>($"/api/rule-outcomes/{first.OutcomeId}", Json.Options);
        var again = await (await unit.PostAsync($"/api/rule-outcomes/{first.OutcomeId}/rederive", null)).Content.ReadFromJsonAsync<RederivationDto>(Json.Options);

        Assert.Equal(("linhe", 1), (stored!.PackCode, stored.PackVersion));
        Assert.Contains(stored.Findings, f => f.Rule == "S04" && f.Message.Contains("不少于 7 个", StringComparison.Ordinal));
        Assert.Equal(first.Findings.Select(f => f.Message), stored.Findings.Select(f => f.Message));
        Assert.True(again!.Identical, again.Message);
        Assert.Equal(stored.Findings.Select(f => f.Message), again.Recomputed.Select(f => f.Message));
    }

    /// <summary>A second county with its own finance administrator, beside the demo county.</summary>
    private static async Task<(long RegionId, string AdminUser)> TwoCountiesAsync(PlatformFactory app) =>
        await app.WithDbAsync(async db =>
        {
            var city = await db.Regions.SingleAsync(r => r.Code == DemoDataGenerator.DemoCityCode);
            var region = Domain.Organizations.Region.Create("990122", "柳林县", city).Value;
            db.Regions.Add(region);
            await db.SaveChangesAsync();
            var bureau = Domain.Organizations.Organization.Create("990122-CZJ", "柳林县财政局", Domain.Organizations.OrganizationKind.FinanceBureau, region).Value;
            db.Organizations.Add(bureau);
            await db.SaveChangesAsync();
            var hasher = app.Services.GetRequiredService<Application.Common.IPasswordHasher>();
            db.Users.Add(Domain.Organizations.User.Create("lladmin", "柳林县财政局管理员", bureau, Domain.Organizations.Role.FinanceAdmin, hasher.Hash(DemoDataGenerator.DemoPassword)).Value);
            await db.SaveChangesAsync();
            return (region.Id, "lladmin");
        });
}
