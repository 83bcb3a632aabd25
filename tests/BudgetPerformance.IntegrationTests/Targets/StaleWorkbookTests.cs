using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.IntegrationTests.Support;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

/// <summary>A workbook exported before someone saved the target does not silently undo that save.</summary>
public sealed class StaleWorkbookTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string query = "")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "导出的申报表.xlsx");
        return await client.PostAsync("/api/targets/import" + query, content);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AWorkbookExportedBeforeALaterSave_IsRefusedUntilTheOverwriteIsConfirmed(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var saved = await OkAsync(await SaveAsync(unit, draft, GoodRows()));
        var export = await unit.GetAsync($"/api/targets/export?keyword={Uri.EscapeDataString(draft.SubjectName)}");
        var workbook = await export.Content.ReadAsByteArrayAsync();
        var later = await OkAsync(await SaveAsync(unit, saved, GoodRows(), annualGoal: "导出之后在平台上修改过的年度目标：" + AnnualGoal));

        var refused = await UploadAsync(unit, workbook);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var unchanged = await GetAsync(unit, draft.Id);
        var confirmed = await UploadAsync(unit, workbook, "?confirmOverwrite=true");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Overwrite", problem.GetProperty("field").GetString());
        Assert.Contains("导出之后", problem.GetProperty("detail").GetString());
        Assert.Contains($"导出时修订号 {saved.Revision}，现为 {later.Revision}", problem.GetProperty("detail").GetString());
        Assert.Equal(later.Revision, unchanged.Revision);
        Assert.StartsWith("导出之后在平台上修改过", unchanged.AnnualGoal, StringComparison.Ordinal);
        Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(AnnualGoal, (await GetAsync(unit, draft.Id)).AnnualGoal);
    }
}
