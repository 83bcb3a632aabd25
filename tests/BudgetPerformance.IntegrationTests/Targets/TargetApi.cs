using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Support;

namespace BudgetPerformance.IntegrationTests.Targets;

/// <summary>Calls of the target API as the tests make them.</summary>
public static class TargetApi
{
    public static async Task<TargetListItem> FreshDraftAsync(HttpClient unit)
    {
        var queue = await unit.GetFromJsonAsync<PagedResult<TargetListItem>>("/api/targets?myQueue=true&status=Draft&pageSize=50", Json.Options);
        return queue!.Items.First(t => t.IndicatorCount == 0);
    }

    public static async Task<TargetDto> GetAsync(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<TargetDto>($"/api/targets/{id}", Json.Options))!;

    public static TargetIndicatorRow Row(string level1, string level2, string name, string value, string weight) =>
        new(level1, level2, name, value, weight, "计划标准", "达到目标值得满分，未达到按比例扣分");

    /// <summary>A content that passes the seed county's rules (阿图什: 3/5/7 indicators, 70% quantified, 90 points).</summary>
    public static List<TargetIndicatorRow> GoodRows() =>
    [
        Row("产出指标", "数量指标", "受益学生人数", "≥1200人", "20"),
        Row("产出指标", "质量指标", "食品安全事故发生次数", "=0起", "10"),
        Row("产出指标", "时效指标", "资金拨付及时率", "=100%", "10"),
        Row("产出指标", "成本指标", "营养膳食补助生均标准", "≤5元/人天", "10"),
        Row("效益指标", "社会效益指标", "九年义务教育巩固率", "≥97%", "20"),
        Row("效益指标", "可持续影响指标", "营养改善长效机制", "持续有效", "10"),
        Row("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "10"),
    ];

    public const string AnnualGoal = "本年度为全校 1200 名学生提供营养膳食补助，食品安全零事故，补助资金按月足额拨付。";

    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, TargetDto t, IReadOnlyList<TargetIndicatorRow> rows, string annualGoal = AnnualGoal) =>
        await client.PutAsJsonAsync($"/api/targets/{t.Id}", new SaveTargetRequest(t.Id, t.Revision, IndicatorFramework.Classic, "三年内全面改善学生营养状况。", annualGoal, rows), Json.Options);

    public static async Task<TargetDto> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<TargetDto>(body, Json.Options)!;
    }
}
