using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// Cumulative execution per project and month, from the files a treasury system exports: .xlsx with a title and a unit
/// remark in the header, a GBK .csv; the same content twice counts once; one bad row imports nothing and is named by
/// row and column; a wrong batch is rolled back; only finance imports.
/// </summary>
public sealed class ExecutionDataImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    static ExecutionDataImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, int year = 2026)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        return await client.PostAsync($"/api/monitoring/executions/import?year={year}", content);
    }

    private static async Task<ImportExecutionResult> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ImportExecutionResult>(body, Json.Options)!;
    }

    private static Task<List<string>> CodesAsync(PlatformFactory app) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.FiscalYear == 2026).OrderBy(p => p.Code).Select(p => p.Code).Take(3).ToListAsync());

    [Theory, MemberData(nameof(Providers))]
    public async Task AnXlsxAndAGbkCsv_Import_TheSameContentTwiceCountsOnce_AndABatchRollsBack(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var codes = await CodesAsync(app);

        var book = new HandBuiltWorkbook();
        book.AddSheet("执行情况")
            .Text("A1", "2026年1-6月项目支出执行情况表").Merge("A1:D1")
            .Text("A2", "项目编码").Text("B2", "项目名称").Text("C2", "期间").Text("D2", "累计支出（万元）")
            .Text("A3", codes[0]).Text("B3", "甲").Text("C3", "2026年6月").Number("D3", "12.5")
            .Text("A4", codes[1]).Text("B4", "乙").Text("C4", "1-6月").Text("D4", "3,000.00")
            .Text("A5", codes[0]).Text("B5", "甲").Text("C5", "5").Number("D5", "10");
        var xlsx = book.ToStream().ToArray();

        var first = await OkAsync(await UploadAsync(admin, xlsx, "1-6月执行.xlsx"));
        var again = await OkAsync(await UploadAsync(admin, xlsx, "1-6月执行（重发）.xlsx"));

        Assert.False(first.AlreadyImported);
        Assert.Equal((3, 30_225_000_00L), (first.Rows, first.TotalFen));
        Assert.True(again.AlreadyImported);
        Assert.Equal(first.BatchId, again.BatchId);
        Assert.Contains(again.Notes, n => n.Contains("本次未重复导入", StringComparison.Ordinal));
        Assert.Equal(3, await app.WithDbAsync(db => db.ProjectExecutions.CountAsync()));

        var gbk = Encoding.GetEncoding("GB18030").GetBytes($"项目编码,项目名称,月份,累计执行数\r\n{codes[2]},\"丙，含逗号\",6月,\"1,234.56\"\r\n");
        var csv = await OkAsync(await UploadAsync(admin, gbk, "执行.csv"));
        Assert.Contains(csv.Notes, n => n.Contains("GBK", StringComparison.Ordinal));
        Assert.Equal(1234_56L, csv.TotalFen);
        var stored = await app.WithDbAsync(db => db.ProjectExecutions.Where(e => e.BatchId == csv.BatchId).Select(e => new { e.Month, e.ExecutedFen }).SingleAsync());
        Assert.Equal((6, 1234_56L), (stored.Month, stored.ExecutedFen));

        var batches = (await admin.GetFromJsonAsync<List<ExecutionBatchDto>>("/api/monitoring/execution-batches?year=2026", Json.Options))!;
        Assert.Equal([csv.BatchId, first.BatchId], batches.Select(b => b.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/monitoring/execution-batches/{first.BatchId}/rollback", new { reason = "" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/monitoring/execution-batches/{first.BatchId}/rollback", new { reason = "数据口径有误" }, Json.Options)).StatusCode);
        var rolled = (await admin.GetFromJsonAsync<List<ExecutionBatchDto>>("/api/monitoring/execution-batches", Json.Options))!.Single(b => b.Id == first.BatchId);
        Assert.Equal((false, "数据口径有误"), (rolled.IsActive, rolled.RollbackReason));

        // Rolled back, the same content may come in again as a new batch.
        Assert.False((await OkAsync(await UploadAsync(admin, xlsx, "1-6月执行（更正后）.xlsx"))).AlreadyImported);
        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action.StartsWith("导入预算执行数据：")).Select(r => r.EntityType).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, t => Assert.Equal("ExecutionBatch", t));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheNewestActiveBatch_Counts_AndRollingItBack_BringsTheEarlierOneBack(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var school = await app.SignedInClientAsync("yizhong");
        var (code, schoolCode) = await app.WithDbAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
            var other = await db.Projects.Where(p => p.FiscalYear == 2026 && p.OwnerUnitId != unit).OrderBy(p => p.Code).Select(p => p.Code).FirstAsync();
            var own = await db.Projects.Where(p => p.FiscalYear == 2026 && p.OwnerUnitId == unit).OrderBy(p => p.Code).Select(p => p.Code).FirstAsync();
            return (other, own);
        });
        var first = await OkAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes($"项目编码,月份,累计执行数\n{code},6,100\n{schoolCode},6,7\n"), "首次.csv"));
        var corrected = await OkAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes($"项目编码,月份,累计执行数\n{code},6,150\n"), "更正.csv"));

        var now = (await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=6", Json.Options))!;
        Assert.Equal((15_000L, corrected.BatchId), (now.Single(e => e.ProjectCode == code).ExecutedFen, now.Single(e => e.ProjectCode == code).BatchId));
        Assert.Equal(700L, now.Single(e => e.ProjectCode == schoolCode).ExecutedFen);
        var own = (await school.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=6", Json.Options))!;
        Assert.Equal([schoolCode], own.Select(e => e.ProjectCode));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/monitoring/execution-batches/{corrected.BatchId}/rollback", new { reason = "更正有误" }, Json.Options)).StatusCode);
        var back = (await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=6", Json.Options))!;
        Assert.Equal((10_000L, first.BatchId), (back.Single(e => e.ProjectCode == code).ExecutedFen, back.Single(e => e.ProjectCode == code).BatchId));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/monitoring/executions?year=2026&month=13")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OneBadRow_ImportsNothing_AndEveryProblemIsNamedByRowAndColumn(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var unit = await app.SignedInClientAsync("yizhong");
        var codes = await CodesAsync(app);
        var text = $"项目编码,月份,累计执行数\n{codes[0]},6,1000\n不存在的项目,6,5\n{codes[1]},2025年6月,5\n{codes[1]},6,一千元\n{codes[0]},6,2000\n{codes[2]},13,1\n";

        var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(text), "执行.csv");
        var byUnit = await UploadAsync(unit, Encoding.UTF8.GetBytes(text), "执行.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.Contains("第 3 行（单元格 A3）", StringComparison.Ordinal) && e.Contains("不是本地区 2026 年度的项目", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("第 4 行（单元格 B4）", StringComparison.Ordinal) && e.Contains("不是 2026 年度", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("第 5 行（单元格 C5）", StringComparison.Ordinal) && e.Contains("不是有效的数字", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("第 6 行", StringComparison.Ordinal) && e.Contains("第 2 行重复", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("第 7 行（单元格 B7）", StringComparison.Ordinal) && e.Contains("月份应为 1–12", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProjectExecutions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.ExecutionBatches.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "导入预算执行数据被拒绝")));
    }
}
