using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>
/// Uploads that would exhaust the server — a zip bomb, thousands of whole-sheet merges, a 40 MB file — and a
/// workbook that would silently lose data (formulas without values) are refused quickly, in Chinese, with nothing
/// changed and the refusal on the audit record.
/// </summary>
public sealed class UploadGuardTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private sealed record Draft(long Id, string Code, string Name, string Unit, int Revision);

    private static Task<Draft> SchoolDraftAsync(PlatformFactory app) => app.WithDbAsync(async db =>
    {
        var school = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
        var unit = await db.Organizations.Where(o => o.Id == school).Select(o => o.Name).SingleAsync();
        return await (
            from t in db.PerformanceTargets
            join p in db.Projects on t.SubjectId equals p.Id
            where t.OwnerUnitId == school && t.Status == TargetStatus.Draft && t.Revision == 0
            orderby p.Code
            select new Draft(t.Id, p.Code, p.Name, unit, t.Revision)).FirstAsync();
    });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "申报表.xlsx");
        return await client.PostAsync("/api/targets/import", content);
    }

    private static async Task<string> MessagesAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.TryGetProperty("errors", out var list) ? string.Join("\n", list.EnumerateArray().Select(e => e.GetString())) : string.Empty;
        return problem.GetProperty("detail").GetString() + "\n" + errors;
    }

    private static Task<int> RevisionAsync(PlatformFactory app, long id) =>
        app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.Id == id).Select(t => t.Revision).SingleAsync());

    /// <summary>A real-layout workbook whose first worksheet gains <paramref name="padding"/> bytes of whitespace: a few hundred KB that expand enormously.</summary>
    private static byte[] Bomb(Draft draft, long padding)
    {
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "营养餐", draft.Code, draft.Name, draft.Unit);
        using var original = book.ToStream();
        var output = new MemoryStream();
        using (var source = new ZipArchive(original, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (!entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                {
                    from.CopyTo(to);
                    continue;
                }

                using var reader = new StreamReader(from);
                var xml = reader.ReadToEnd();
                var cut = xml.IndexOf("<x:sheetData>", StringComparison.Ordinal) is var i and >= 0 ? i : xml.IndexOf("<sheetData>", StringComparison.Ordinal);
                var head = Encoding.UTF8.GetBytes(xml[..cut]);
                to.Write(head);
                var spaces = new byte[1024 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (long written = 0; written < padding; written += spaces.Length)
                {
                    to.Write(spaces);
                }

                to.Write(Encoding.UTF8.GetBytes(xml[cut..]));
            }
        }

        return output.ToArray();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AZipBomb_IsRefusedBeforeExpanding_WithoutRaisingTheWorkingSet(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await SchoolDraftAsync(app);
        var bomb = Bomb(draft, 600L * 1024 * 1024);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Process.GetCurrentProcess().WorkingSet64;

        var watch = Stopwatch.StartNew();
        var response = await UploadAsync(unit, bomb);
        watch.Stop();
        var after = Process.GetCurrentProcess().WorkingSet64;

        Assert.True(bomb.Length < 5 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = await MessagesAsync(response);
        Assert.Contains("文件超出导入限制", messages);
        Assert.Contains("xl/worksheets/", messages);
        Assert.True(after - before < 100L * 1024 * 1024, $"working set grew by {(after - before) / 1024 / 1024} MB");
        Assert.Equal(draft.Revision, await RevisionAsync(app, draft.Id));
        var refused = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "导入绩效目标申报表被拒绝").Select(r => new { r.UserName, r.After }).SingleAsync());
        Assert.Equal("yizhong", refused.UserName);
        Assert.Contains("文件超出导入限制", refused.After);
    }

    [Fact]
    public async Task ABombWhoseDirectoryUnderstatesItsSize_IsStillRefused()
    {
        // A crafted package declares 1 KB for a worksheet that expands to 300 MB: the directory check passes, and the
        // streaming reader must stop it (or the package reader refuse it), never expand it.
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        var draft = await SchoolDraftAsync(app);
        var lying = Understate(Bomb(draft, 300L * 1024 * 1024), "xl/worksheets/", 1024);
        GC.Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;

        var result = BudgetPerformance.Infrastructure.Spreadsheets.TargetWorkbookReader.Read(new MemoryStream(lying), new Application.Common.UploadLimits(), CancellationToken.None);
        var after = Process.GetCurrentProcess().WorkingSet64;

        Assert.Empty(result.Sheets);
        // The package reader notices that the part does not match its directory entry; nothing was expanded past it.
        Assert.Equal("工作表“营养餐”：内容已损坏，无法读取。", Assert.Single(result.Errors).Message);
        Assert.True(after - before < 100L * 1024 * 1024, $"working set grew by {(after - before) / 1024 / 1024} MB");
    }

    /// <summary>Rewrites the uncompressed size of the named entries in the local headers and the central directory.</summary>
    private static byte[] Understate(byte[] zip, string prefix, uint declared)
    {
        var bytes = zip.ToArray();
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var (sizeAt, nameLengthAt, nameAt) = signature switch
            {
                0x04034b50 => (22, 26, 30),
                0x02014b50 => (24, 28, 46),
                _ => (-1, 0, 0),
            };
            if (sizeAt < 0)
            {
                continue;
            }

            var nameLength = BitConverter.ToUInt16(bytes, i + nameLengthAt);
            if (i + nameAt + nameLength <= bytes.Length && Encoding.UTF8.GetString(bytes, i + nameAt, nameLength).StartsWith(prefix, StringComparison.Ordinal))
            {
                BitConverter.GetBytes(declared).CopyTo(bytes, i + sizeAt);
            }
        }

        return bytes;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ThousandsOfWholeSheetMerges_AreRefusedQuickly(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await SchoolDraftAsync(app);
        var book = new HandBuiltWorkbook();
        var sheet = RealTableSheets.SplitColumns(book, "营养餐", draft.Code, draft.Name, draft.Unit);
        for (var row = 1; row <= 3000; row++)
        {
            sheet.Merge($"A{20 + row}:XFD1048576");
        }

        var watch = Stopwatch.StartNew();
        var response = await UploadAsync(unit, book.ToStream().ToArray());
        watch.Stop();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("合并单元格", await MessagesAsync(response));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(draft.Revision, await RevisionAsync(app, draft.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AFortyMegabyteUpload_IsRefusedWith413InChinese_BeforeTheBodyIsRead(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");

        var response = await UploadAsync(unit, new byte[40 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("不超过 20 MB", problem.GetProperty("detail").GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FormulasWithoutValues_AreNamedErrors_NotEmptyCellsThatDeleteIndicators(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await SchoolDraftAsync(app);
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "营养餐", draft.Code, draft.Name, draft.Unit)
            .Formula("E10", "SUM(E20:E30)")
            .Formula("C15", "CONCATENATE(\"营养\",\"长效机制\")");

        var response = await UploadAsync(unit, book.ToStream().ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = await MessagesAsync(response);
        Assert.Contains("单元格 E10：是公式，但文件中没有它的计算结果", messages);
        Assert.Contains("单元格 C15", messages);
        Assert.Equal(draft.Revision, await RevisionAsync(app, draft.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyRolesThatImport_ReachTheImport(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var reviewer = await app.SignedInClientAsync("jxk");
        using var congress = await app.SignedInClientAsync("renda");
        var draft = await SchoolDraftAsync(app);
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "营养餐", draft.Code, draft.Name, draft.Unit);
        var bytes = book.ToStream().ToArray();

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(reviewer, bytes)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(congress, bytes)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(app.CreateClient(), bytes)).StatusCode);
    }
}
