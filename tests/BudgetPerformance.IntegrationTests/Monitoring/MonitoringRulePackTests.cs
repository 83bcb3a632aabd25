using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.IntegrationTests.Support;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// 运行监控 is a section of every rule pack: shipped with the national and 四川 values, inherited by the others,
/// revised by the owning region only (strictly, a new version each time), while other packs keep theirs.
/// </summary>
public sealed class MonitoringRulePackTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static Task<HttpResponseMessage> ReviseAsync(HttpClient client, string code, object settings, string note = "本县按 55% 判红") =>
        client.PostAsJsonAsync($"/api/rule-packs/{code}/sections/monitoring", new { settings, note }, Json.Options);

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryPack_HasMonitoringRules_AndACountyRevisesItsOwnCopyOnly(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var reviewer = await app.SignedInClientAsync("jxk");
        var packs = (await admin.GetFromJsonAsync<List<RulePackDto>>("/api/rule-packs", Json.Options))!;
        var national = packs.Single(p => p.Code == ShippedRulePacks.National);
        var sichuan = packs.Single(p => p.Code == ShippedRulePacks.Sichuan);
        var hubei = packs.Single(p => p.Code == ShippedRulePacks.Hubei);

        Assert.Equal(ShippedMonitoring.National with { Checkpoints = national.Monitoring!.Checkpoints }, national.Monitoring);
        Assert.Equal([4, 6, 8, 10], sichuan.Monitoring!.Checkpoints.Keys.Order());
        Assert.True(sichuan.Monitoring.UseCheckpoints);
        Assert.Equal(0.60m, hubei.Monitoring!.ExecutionRedBelow);
        Assert.Contains(hubei.Sections, s => s.Stage == RuleStage.Monitoring && s.Inherited);
        Assert.Contains(sichuan.Sections.Single(s => s.Stage == RuleStage.Monitoring).Settings, s => s.Value.Contains("4 月末 25%", StringComparison.Ordinal));

        var derived = await admin.PostAsJsonAsync($"/api/rule-packs/{ShippedRulePacks.National}/derive",
            new DeriveRulePackRequest(ShippedRulePacks.National, null, "linhe-monitoring", "临河县监控规则", false), Json.Options);
        Assert.True(derived.IsSuccessStatusCode, await derived.Content.ReadAsStringAsync());

        var shipped = await ReviseAsync(admin, ShippedRulePacks.National, national.Monitoring with { ExecutionRedBelow = 0.55m });
        var byReviewer = await ReviseAsync(reviewer, "linhe-monitoring", national.Monitoring with { ExecutionRedBelow = 0.55m });
        var crossed = await ReviseAsync(admin, "linhe-monitoring", national.Monitoring with { ExecutionRedBelow = 0.9m });
        var missing = await admin.PostAsJsonAsync("/api/rule-packs/linhe-monitoring/sections/monitoring",
            new { settings = new { UseTimeRatio = true }, note = "缺项" }, Json.Options);
        var badMonth = await ReviseAsync(admin, "linhe-monitoring", national.Monitoring with { UseCheckpoints = true, Checkpoints = new Dictionary<int, decimal> { [13] = 0.5m } });
        var revised = await ReviseAsync(admin, "linhe-monitoring", national.Monitoring with { ExecutionRedBelow = 0.55m });

        Assert.Equal(HttpStatusCode.Forbidden, shipped.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Contains("黄灯线”不能低于", await crossed.Content.ReadAsStringAsync());
        Assert.Contains("缺少设置项", await missing.Content.ReadAsStringAsync());
        Assert.Contains("不是 1–12 的月份", await badMonth.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var latest = (await revised.Content.ReadFromJsonAsync<RulePackDto>(Json.Options))!;
        Assert.Equal((2, 0.55m), (latest.Version, latest.Monitoring!.ExecutionRedBelow));
        Assert.Equal(0.60m, (await admin.GetFromJsonAsync<List<RulePackDto>>("/api/rule-packs", Json.Options))!
            .Single(p => p.Code == ShippedRulePacks.National).Monitoring!.ExecutionRedBelow);
        var diff = await admin.GetStringAsync("/api/rule-packs/linhe-monitoring/diff?from=1&to=2");
        Assert.Contains("执行进度红灯线", diff);
    }
}
