using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Indicators;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

/// <summary>The flat target list export, the 待批复 filter, and finance maintaining the indicator library.</summary>
public sealed class TargetListAndLibraryMaintenanceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    /// <summary>The first sheet of a workbook as rows of cell texts placed by their references (empty cells are absent in the file).</summary>
    private static List<List<string>> Rows(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        return part.Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = r.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!), c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty);
            return Enumerable.Range(1, cells.Count == 0 ? 0 : cells.Keys.Max()).Select(i => cells.GetValueOrDefault(i, string.Empty)).ToList();
        }).ToList();
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    [Theory, MemberData(nameof(Providers))]
    public async Task TargetList_ExportsOneRowPerTarget_OrPerIndicator_WithinTheUsersScope(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("jxk");
        using var unit = await app.SignedInClientAsync("yizhong");
        var school = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync());
        var schoolTargets = await app.WithDbAsync(db => db.PerformanceTargets.CountAsync(t => t.OwnerUnitId == school && t.FiscalYear == 2026 && t.Status != TargetStatus.Superseded));
        var published = await app.WithDbAsync(db => db.PerformanceTargets.CountAsync(t => t.FiscalYear == 2026 && t.Status == TargetStatus.Published));

        var perTarget = await finance.GetAsync("/api/targets/list-export?year=2026&status=Published&grain=Target");
        Assert.Equal(HttpStatusCode.OK, perTarget.StatusCode);
        var rows = Rows(await perTarget.Content.ReadAsByteArrayAsync());
        Assert.Equal(["预算年度", "对象类型", "对象名称", "项目编码", "申报单位", "主管部门", "版本", "状态", "财政评级", "资金（万元）"], rows[0].Take(10));
        Assert.Equal(published, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("已公开", r[7]));
        Assert.Contains(rows, r => r[1] == "政策");
        Assert.Contains(rows, r => r[1] == "部门整体");
        Assert.All(rows.Skip(1), r => Assert.True(decimal.TryParse(r[9], System.Globalization.CultureInfo.InvariantCulture, out var wan) && wan > 0, string.Join("|", r)));

        var own = Rows(await (await unit.GetAsync("/api/targets/list-export?year=2026&grain=Target")).Content.ReadAsByteArrayAsync());
        Assert.Equal(schoolTargets, own.Count - 1);
        var schoolName = await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == school).Select(o => o.Name).SingleAsync());
        Assert.All(own.Skip(1), r => Assert.Equal(schoolName, r[4]));

        var perIndicator = Rows(await (await unit.GetAsync("/api/targets/list-export?year=2026&grain=Indicator")).Content.ReadAsByteArrayAsync());
        var indicators = await app.WithDbAsync(async db => (await db.PerformanceTargets.Where(t => t.OwnerUnitId == school && t.FiscalYear == 2026 && t.Status != TargetStatus.Superseded).ToListAsync()).Sum(t => t.Indicators.Count));
        Assert.Equal(indicators, perIndicator.Count - 1);
        Assert.Contains("三级指标", perIndicator[0]);
        Assert.Contains("读取说明", perIndicator[0]);

        var nothing = await unit.GetAsync("/api/targets/list-export?year=2026&keyword=" + Uri.EscapeDataString("没有这个项目"));
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await unit.GetAsync("/api/targets/list-export?year=2026&grain=9")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ReadyToApprove_ShowsOnlyWhatPassedTheFinanceReview(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("jxk");
        var expected = await app.WithDbAsync(db => db.PerformanceTargets.CountAsync(t => t.FiscalYear == 2026 && t.Status == TargetStatus.ReviewPassed));

        var ready = await finance.GetFromJsonAsync<PagedResult<TargetListItem>>("/api/targets?year=2026&readyToApprove=true&pageSize=100", Json.Options);

        Assert.True(expected > 0);
        Assert.Equal(expected, ready!.TotalCount);
        Assert.All(ready.Items, t => Assert.Equal(TargetStatus.ReviewPassed, t.Status));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Finance_RevisesAndRetiresALibraryEntry_TargetsKeepTheirCopy_AndStaleEditsAreRefused(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("jxk");
        using var department = await app.SignedInClientAsync("jytj");
        using var unit = await app.SignedInClientAsync("yizhong");
        var entry = Assert.Single((await unit.GetFromJsonAsync<PagedResult<LibraryIndicatorDto>>("/api/indicators?keyword=" + Uri.EscapeDataString("学生及家长满意度"), Json.Options))!.Items);
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var rows = GoodRows();
        rows[6] = rows[6] with { LibraryIndicatorId = entry.Id };
        await OkAsync(await SaveAsync(unit, draft, rows));

        var revise = new ReviseLibraryIndicatorRequest(entry.Id, entry.UpdatedAt, "学生及家长综合满意度", entry.Sector, entry.Level1, entry.Level2, "≥92%", entry.ValueSource, entry.ScoringStandard, entry.Keywords);
        Assert.Equal(HttpStatusCode.Forbidden, (await department.PutAsJsonAsync($"/api/indicators/{entry.Id}", revise, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync($"/api/indicators/{entry.Id}/retirement", new RetireLibraryIndicatorRequest(entry.Id, entry.UpdatedAt, true, "重复"), Json.Options)).StatusCode);
        var revised = await (await finance.PutAsJsonAsync($"/api/indicators/{entry.Id}", revise, Json.Options)).Content.ReadFromJsonAsync<LibraryIndicatorDto>(Json.Options);
        Assert.Equal(("学生及家长综合满意度", "≥92%"), (revised!.Name, revised.TypicalValue));

        // A second edit from the screen opened before the first one is refused, and changes nothing.
        var stale = await finance.PutAsJsonAsync($"/api/indicators/{entry.Id}", revise with { Name = "被覆盖的名称" }, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());

        var noReason = await finance.PostAsJsonAsync($"/api/indicators/{entry.Id}/retirement", new RetireLibraryIndicatorRequest(entry.Id, revised.UpdatedAt, true, " "), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var retired = await (await finance.PostAsJsonAsync($"/api/indicators/{entry.Id}/retirement", new RetireLibraryIndicatorRequest(entry.Id, revised.UpdatedAt, true, "与共性满意度指标合并"), Json.Options))
            .Content.ReadFromJsonAsync<LibraryIndicatorDto>(Json.Options);
        Assert.Equal(LibraryIndicatorStatus.Retired, retired!.Status);
        Assert.Empty((await unit.GetFromJsonAsync<PagedResult<LibraryIndicatorDto>>("/api/indicators?keyword=" + Uri.EscapeDataString("综合满意度"), Json.Options))!.Items);
        var listedRetired = await finance.GetFromJsonAsync<PagedResult<LibraryIndicatorDto>>("/api/indicators?status=Retired&keyword=" + Uri.EscapeDataString("综合满意度"), Json.Options);
        Assert.Equal("与共性满意度指标合并", Assert.Single(listedRetired!.Items).ReviewComment);

        var kept = (await GetAsync(unit, draft.Id)).Indicators.Single(i => i.LibraryIndicatorId == entry.Id);
        Assert.Equal(("学生及家长满意度", "≥90%"), (kept.Name, kept.Value));
        var audited = await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.EntityType == "LibraryIndicator" && r.EntityId == entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 2, $"修改与停用都应留下审计记录，实际 {audited} 条");

        var reinstated = await finance.PostAsJsonAsync($"/api/indicators/{entry.Id}/retirement", new RetireLibraryIndicatorRequest(entry.Id, retired.UpdatedAt, false, null), Json.Options);
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
    }
}
