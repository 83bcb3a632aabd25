using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

public sealed class TargetWorkbookImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static TargetSheet Sheet(string code, string name, string badValue = "≥97%")
    {
        var rows = GoodRows();
        var indicators = rows.Select(r => new TargetSheetIndicator(0, r.Level1!, r.Level2!, r.Name!, r.Name == "九年义务教育巩固率" ? badValue : r.Value!, r.Weight!, r.ValueSource!, r.ScoringStandard!, new Dictionary<string, string>())).ToList();
        return new TargetSheet(name, 2026, name, code, "临河县教育体育局", "临河县第一中学", "延续 · 常年性", "2022–2027年", "120.00", "100.00", "20.00", "0.00",
            "三年内全面改善学生营养状况。", AnnualGoal, indicators, new Dictionary<string, string>());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<TargetSheet> sheets)
    {
        using var buffer = new MemoryStream();
        TargetWorkbookWriter.Write(buffer, sheets);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(buffer.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "申报表.xlsx");
        return await client.PostAsync("/api/targets/import", content);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Workbook_WithOneBadCell_ImportsNothing_AndNamesTheCell_ThenImportsWhenFixed(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var schoolId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync());
        var drafts = await app.WithDbAsync(db => (
            from t in db.PerformanceTargets
            join p in db.Projects on t.SubjectId equals p.Id
            where t.OwnerUnitId == schoolId && t.Status == Domain.Targets.TargetStatus.Draft && t.Revision == 0
            orderby p.Code
            select new { t.Id, p.Code, p.Name }).ToListAsync());
        Assert.Equal(2, drafts.Count);

        var bad = await UploadAsync(unit, [Sheet(drafts[0].Code, drafts[0].Name), Sheet(drafts[1].Code, drafts[1].Name, "≥九十七%")]);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        var error = Assert.Single(errors);
        Assert.Contains($"工作表“{drafts[1].Name}”", error);
        Assert.Matches("第 \\d+ 行（[A-Z]+\\d+）", error);
        Assert.Contains("阿拉伯数字", error);
        Assert.Contains("全部内容均未保存", problem.GetProperty("detail").GetString());
        Assert.Equal(2, await app.WithDbAsync(db => db.PerformanceTargets.CountAsync(t => t.OwnerUnitId == schoolId && t.Revision == 0 && t.Status == Domain.Targets.TargetStatus.Draft)));

        var good = await UploadAsync(unit, [Sheet(drafts[0].Code, drafts[0].Name), Sheet(drafts[1].Code, drafts[1].Name)]);
        var body = await good.Content.ReadAsStringAsync();

        Assert.True(good.IsSuccessStatusCode, body);
        var result = JsonSerializer.Deserialize<ImportTargetsResult>(body, Json.Options)!;
        Assert.Equal(2, result.Updated);
        Assert.All(result.Targets, t => Assert.Equal(0, t.ErrorCount));
        var target = await GetAsync(unit, drafts[1].Id);
        Assert.Equal(7, target.Indicators.Count);
        Assert.Equal("≥97%", target.Indicators.Single(i => i.Name == "九年义务教育巩固率").Value);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Workbook_ForAnotherUnitsProject_IsRefused(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var hospital = await app.SignedInClientAsync("rmyy");
        var schoolProject = await app.WithDbAsync(db => (
            from t in db.PerformanceTargets
            join p in db.Projects on t.SubjectId equals p.Id
            join u in db.Users on t.OwnerUnitId equals u.OrganizationId
            where u.UserName == "yizhong" && t.Revision == 0
            select new { p.Code, p.Name }).FirstAsync());

        var response = await UploadAsync(hospital, [Sheet(schoolProject.Code, schoolProject.Name)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不在您的权限范围内", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Export_GivesAWorkbookThatReadsBackWithTheSameIndicators()
    {
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        using var department = await app.SignedInClientAsync("jytj");

        var response = await department.GetAsync("/api/targets/export?year=2026&status=Published");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var read = TargetWorkbookReader.Read(new MemoryStream(bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(read.Errors);
        Assert.True(read.Sheets.Count > 10);
        var first = read.Sheets[0];
        var stored = await app.WithDbAsync(db => db.Projects.Where(p => p.Code == first.ProjectCode).Select(p => p.Id).SingleAsync());
        var target = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.SubjectId == stored).OrderByDescending(t => t.Version).FirstAsync());
        Assert.Equal(target.Indicators.Select(i => i.Value.ToString()), first.Indicators.Select(i => i.Value));
    }
}
