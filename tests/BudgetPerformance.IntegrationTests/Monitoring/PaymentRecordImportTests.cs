using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// Payment records (支付明细) from the treasury's ledger, summed by project and month: a GBK ledger with a title line,
/// reversals and a 合计 row imports; the same ledger twice counts once; a region covered by a ledger shows 0 for a
/// project without payments, while a delivered cumulative figure wins; a bad row anywhere — even after chunks were
/// written — leaves nothing; a voucher already counted is refused; only finance imports.
/// </summary>
public sealed class PaymentRecordImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    static PaymentRecordImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string path = "/api/monitoring/payments/import?year=2026")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return await client.PostAsync(path, content);
    }

    private static async Task<ImportExecutionResult> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ImportExecutionResult>(body, Json.Options)!;
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static Task<List<string>> CodesAsync(PlatformFactory app) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.FiscalYear == 2026).OrderBy(p => p.Code).Select(p => p.Code).Take(3).ToListAsync());

    [Theory, MemberData(nameof(Providers))]
    public async Task AGbkLedger_IsSummedByProjectAndMonth_TwiceCountsOnce_AndACumulativeFigureWins(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var codes = await CodesAsync(app);
        var ledger = new StringBuilder()
            .Append("临河县国库集中支付明细（2026年1-6月）\r\n")
            .Append("支付日期,支付凭证号,项目编码,项目名称,收款人全称,资金来源,支付金额（元）\r\n")
            .Append($"2026-01-15,ZF0001,{codes[0]},甲,某某建设公司,一般公共预算,\"10,000.00\"\r\n")
            .Append($"2026/6/30 16:05,ZF0002,{codes[0]},甲,某某建设公司,一般公共预算,2500\r\n")
            .Append($"20260703,ZF0003,{codes[0]},甲,某某建设公司,一般公共预算,999\r\n")
            .Append($"2026年3月1日,ZF0004,{codes[0]},甲,某某建设公司,一般公共预算,-500\r\n")
            .Append($"2026-02-01,ZF0005,{codes[1]},乙,\"李某，个人\",政府性基金预算,300.5\r\n")
            .Append(",,合计,,,,\"12,299.50\"\r\n")
            .ToString();
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(ledger);

        var first = await OkAsync(await UploadAsync(admin, bytes, "支付明细.csv"));
        var again = await OkAsync(await UploadAsync(admin, bytes, "支付明细（重发）.csv"));

        Assert.False(first.AlreadyImported);
        Assert.Equal((5, 1_329_950L), (first.Rows, first.TotalFen));
        Assert.Contains(first.Notes, n => n.Contains("GBK", StringComparison.Ordinal));
        Assert.Contains(first.Notes, n => n.Contains("1 笔为负数金额", StringComparison.Ordinal));
        Assert.Contains(first.Notes, n => n.Contains("合计行", StringComparison.Ordinal));
        Assert.True(again.AlreadyImported);
        Assert.Equal(first.BatchId, again.BatchId);
        Assert.Equal(5, await app.WithDbAsync(db => db.PaymentRecords.CountAsync()));
        var batch = (await admin.GetFromJsonAsync<List<ExecutionBatchDto>>("/api/monitoring/execution-batches?year=2026", Json.Options))!.Single();
        Assert.Equal((ExecutionBatchKind.Payments, 7), (batch.Kind, batch.ThroughMonth));
        var stored = await app.WithDbAsync(db => db.PaymentRecords.SingleAsync(r => r.VoucherNo == "ZF0005"));
        Assert.Equal(("李某，个人", "政府性基金预算", new DateOnly(2026, 2, 1), 30_050L), (stored.Payee, stored.FundSource, stored.PaidOn, stored.AmountFen));

        // June: 10,000 + 2,500 − 500 for the first project; the third project lies in the ledger's region with no payment: 0.
        var june = (await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=6", Json.Options))!;
        Assert.Equal(1_200_000L, june.Single(e => e.ProjectCode == codes[0]).ExecutedFen);
        Assert.Equal(30_050L, june.Single(e => e.ProjectCode == codes[1]).ExecutedFen);
        Assert.Equal((0L, ExecutionBatchKind.Payments), (june.Single(e => e.ProjectCode == codes[2]).ExecutedFen, june.Single(e => e.ProjectCode == codes[2]).Kind));
        Assert.Equal(1_299_900L, (await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=7", Json.Options))!
            .Single(e => e.ProjectCode == codes[0]).ExecutedFen);
        // August is beyond the ledger: no figure from payments.
        Assert.Empty((await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=8", Json.Options))!);

        // A cumulative figure delivered for the project and month wins over the payments.
        await OkAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes($"项目编码,月份,累计执行数\n{codes[0]},6,20000\n"), "执行.csv", "/api/monitoring/executions/import?year=2026"));
        var corrected = (await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=6", Json.Options))!.Single(e => e.ProjectCode == codes[0]);
        Assert.Equal((2_000_000L, ExecutionBatchKind.Cumulative), (corrected.ExecutedFen, corrected.Kind));

        // Rolled back, the ledger stops counting and its vouchers may come in again.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/monitoring/execution-batches/{first.BatchId}/rollback", new { reason = "国库重新出数" }, Json.Options)).StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<ProjectExecutionDto>>("/api/monitoring/executions?year=2026&month=6", Json.Options))!, e => e.ProjectCode == codes[1]);
        Assert.False((await OkAsync(await UploadAsync(admin, bytes, "支付明细（更正后）.csv"))).AlreadyImported);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OneBadRow_AfterChunksWereWritten_LeavesNothing_AndEveryProblemIsNamed(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var unit = await app.SignedInClientAsync("yizhong");
        var codes = await CodesAsync(app);
        await OkAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes($"支付日期,项目编码,支付金额,支付凭证号\n2026-05-01,{codes[2]},10,OLD-1\n"), "五月.csv"));

        // More rows than one chunk, so part of the file is written before the bad rows at its end are read.
        var text = new StringBuilder("支付日期,项目编码,支付金额,支付凭证号\n");
        var good = ImportPaymentRecordsHandler.ChunkRows + 500;
        for (var i = 0; i < good; i++)
        {
            text.Append($"2026-06-{1 + (i % 28):00},{codes[i % 2]},{1 + (i % 100)}.25,V{i:000000}\n");
        }

        text.Append("2026-06-01,不存在的项目,5,X1\n")
            .Append($"2025-12-31,{codes[0]},5,X2\n")
            .Append($"2026-06-01,{codes[0]},五元,X3\n")
            .Append($"2026-06-01,{codes[0]},5,V000007\n")
            .Append($"2026-06-01,{codes[0]},5,OLD-1\n")
            .Append($"2026-06-01,{codes[0]},5,\n");
        var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(text.ToString()), "六月.csv");
        var byUnit = await UploadAsync(unit, Encoding.UTF8.GetBytes(text.ToString()), "六月.csv");

        var errors = await ErrorsAsync(response);
        var line = good + 2;
        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.Contains($"第 {line} 行（单元格 B{line}）", StringComparison.Ordinal) && e.Contains("不是本地区 2026 年度的项目", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"第 {line + 1} 行（单元格 A{line + 1}）", StringComparison.Ordinal) && e.Contains("不在 2026 年度内", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"第 {line + 2} 行（单元格 C{line + 2}）", StringComparison.Ordinal) && e.Contains("不是有效的数字", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"第 {line + 3} 行（单元格 D{line + 3}）", StringComparison.Ordinal) && e.Contains("与第 9 行重复", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"第 {line + 4} 行", StringComparison.Ordinal) && e.Contains("已在此前导入的支付明细中", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"第 {line + 5} 行", StringComparison.Ordinal) && e.Contains("支付凭证号为空", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.PaymentRecords.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.ExecutionBatches.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "导入支付明细被拒绝")));

        // The same rows without the bad ones import whole, across chunks.
        var fine = text.ToString().Split('\n')[..(good + 1)];
        var imported = await OkAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes(string.Join('\n', fine)), "六月（更正）.csv"));
        Assert.Equal(good, imported.Rows);
        Assert.Equal(good + 1, await app.WithDbAsync(db => db.PaymentRecords.CountAsync()));
        Assert.Equal(good, await app.WithDbAsync(db => db.PaymentRecords.Select(r => r.Id).Distinct().CountAsync(id => id > 1)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnUnreadableFile_IsRefusedWithItsLine(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var codes = await CodesAsync(app);

        var unpaired = await ErrorsOrDetailAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes($"支付日期,项目编码,支付金额,支付凭证号\n2026-06-01,{codes[0]},5,A1\n2026-06-02,\"{codes[0]},5,A2\n"), "坏.csv"));
        var noHeader = await ErrorsOrDetailAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes("日期,金额\n2026-06-01,5\n"), "无表头.csv"));

        Assert.Contains("第 3 行起的引号不成对", unpaired, StringComparison.Ordinal);
        Assert.Contains("没有找到“支付明细”的表头", noHeader, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ExecutionBatches.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARemarkThatBeginsLikeATrailer_IsData_AndTheRowsBelowItAreRead(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var codes = await CodesAsync(app);
        var text = $"备注,支付日期,项目编码,支付金额,支付凭证号\n,2026-06-01,{codes[0]},5,R1\n备注：退回重付,2026-06-02,{codes[0]},-5,R2\n,2026-06-03,{codes[0]},7,R3\n填表说明：金额单位为元。,,,,\n";

        var imported = await OkAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes(text), "带备注.csv"));

        Assert.Equal((3, 700L), (imported.Rows, imported.TotalFen));
        Assert.Contains(imported.Notes, n => n.Contains("第 5 行起是说明文字", StringComparison.Ordinal));
    }

    private static async Task<string> ErrorsOrDetailAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        return body;
    }
}
