using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// 监控轮次 and the 项目支出绩效目标执行监控表: finance opens a round and every project in scope gets a prefilled form; a
/// unit sees and fills only its own; a doubtful indicator needs causes and measures; the department reviews, finance
/// returns with a reason or confirms; the submitted progress feeds the warnings; a closed round takes nothing more.
/// </summary>
public sealed class MonitoringRoundTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory, MemberData(nameof(Providers))]
    public async Task AUnitFillsItsForm_TheDepartmentReviews_FinanceReturnsAndConfirms_AndTheProgressFeedsTheWarnings(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("jxk");
        using var school = await app.SignedInClientAsync("yizhong");
        using var hospital = await app.SignedInClientAsync("rmyy");
        using var education = await app.SignedInClientAsync("jytj");
        using var health = await app.SignedInClientAsync("wjw");
        var libraryProjects = await app.WithDbAsync(db => db.Projects.InLibrary().CountAsync(p => p.FiscalYear == 2026));

        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 6, Today.AddDays(10)), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 6, Today.AddDays(-1)), Json.Options)).StatusCode);
        var opened = await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 6, Today.AddDays(10)), Json.Options);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var round = (await opened.Content.ReadFromJsonAsync<MonitoringRoundDto>(Json.Options))!;
        Assert.Equal(("2026年1—6月绩效运行监控", libraryProjects, libraryProjects), (round.Name, round.Forms, round.Pending));
        Assert.Equal(HttpStatusCode.Conflict, (await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 6, Today.AddDays(12)), Json.Options)).StatusCode);

        // The unit sees its own forms only, and the round with its own counts.
        var mine = (await school.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{round.Id}/forms?pageSize=500", Json.Options))!;
        var schoolUnit = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync());
        Assert.Equal(await app.WithDbAsync(db => db.Projects.InLibrary().CountAsync(p => p.FiscalYear == 2026 && p.OwnerUnitId == schoolUnit)), mine.TotalCount);
        var schoolRound = Assert.Single((await school.GetFromJsonAsync<List<MonitoringRoundDto>>("/api/monitoring/rounds?year=2026", Json.Options))!);
        Assert.Equal(mine.TotalCount, schoolRound.Forms);
        var theirs = (await hospital.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{round.Id}/forms", Json.Options))!.Items[0];
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/api/monitoring/forms/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.PutAsJsonAsync($"/api/monitoring/forms/{theirs.Id}", new SaveMonitoringForm(1m), Json.Options)).StatusCode);

        // A form with indicators: prefilled with the target's rows.
        MonitoringFormDto form = null!;
        foreach (var item in mine.Items)
        {
            form = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{item.Id}", Json.Options))!;
            if (form.Indicators.Any(i => !i.IsQualitative && i.Direction == ProgressDirection.Positive && i.TargetNumber > 0) && form.Indicators.Count >= 3)
            {
                break;
            }
        }

        Assert.True(form.CanFill);
        Assert.False(form.CanReview);
        Assert.NotEmpty(form.Problems);
        var budgetWan = form.Form.BudgetFen / 1_000_000m;

        // Submitting with nothing filled names what is missing, and changes nothing.
        var empty = await school.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/submit", new SaveMonitoringForm(null, Revision: form.Form.Revision), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("全年预计执行数", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One quantified indicator is behind and only 有可能: without causes and measures it is refused, naming the indicator.
        var behind = form.Indicators.First(i => !i.IsQualitative && i.Direction == ProgressDirection.Positive && i.TargetNumber > 0);
        IndicatorFill Row(MonitoringFormIndicatorDto i, bool withCauses) => i.IndicatorId == behind.IndicatorId
            ? new IndicatorFill(i.IndicatorId, ProgressToDate: i.TargetNumber * 0.1m, FullYearForecast: i.TargetNumber * 0.8m, Likelihood: AchievementLikelihood.Possible,
                Causes: withCauses ? DeviationCause.Funding | DeviationCause.Other : DeviationCause.None, CauseNote: withCauses ? "资金下达晚" : null, Measures: withCauses ? "加快采购进度" : null)
            : i.IsQualitative
                ? new IndicatorFill(i.IndicatorId, State: QualitativeState.Achieved, Likelihood: AchievementLikelihood.Certain)
                : new IndicatorFill(i.IndicatorId, ProgressToDate: i.Direction == ProgressDirection.Positive ? i.TargetNumber * 0.5m : i.TargetNumber ?? 0,
                    FullYearForecast: i.TargetNumber, Likelihood: AchievementLikelihood.Certain);
        var note = "上半年资金下达较晚，下半年集中支付";
        var bare = await school.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/submit",
            new SaveMonitoringForm(budgetWan, note, [.. form.Indicators.Select(i => Row(i, false))], form.Form.Revision), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var problem = await bare.Content.ReadAsStringAsync();
        Assert.Contains($"指标“{behind.Name}”", problem, StringComparison.Ordinal);
        Assert.Contains("偏差原因", problem, StringComparison.Ordinal);
        Assert.Equal(MonitoringFormStatus.Pending, (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Form.Id}", Json.Options))!.Form.Status);

        // A draft first, then a stale save is refused, then the submit with causes and measures.
        var draft = (await (await school.PutAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}",
            new SaveMonitoringForm(budgetWan, note, [.. form.Indicators.Select(i => Row(i, false))], form.Form.Revision), Json.Options)).Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        Assert.Equal(MonitoringFormStatus.Draft, draft.Form.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await school.PutAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}", new SaveMonitoringForm(budgetWan, Revision: form.Form.Revision), Json.Options)).StatusCode);
        var submitted = await school.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/submit",
            new SaveMonitoringForm(budgetWan, note, [.. form.Indicators.Select(i => Row(i, true))], draft.Form.Revision), Json.Options);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        form = (await submitted.Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        Assert.Equal(MonitoringFormStatus.Submitted, form.Form.Status);
        Assert.Equal(WarningLight.Red, form.Indicators.Single(i => i.IndicatorId == behind.IndicatorId).Light);
        Assert.Contains("时间进度 50%", form.Indicators.Single(i => i.IndicatorId == behind.IndicatorId).Arithmetic, StringComparison.Ordinal);
        Assert.False(form.CanFill);

        // Finance cannot confirm before the department; another department cannot review; the school's department can.
        Assert.Equal(HttpStatusCode.Conflict, (await finance.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/confirm", new FormDecision(Revision: form.Form.Revision), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/review", new FormDecision(Revision: form.Form.Revision), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/review", new FormDecision(Revision: form.Form.Revision), Json.Options)).StatusCode);
        var reviewed = (await (await education.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/review", new FormDecision(Revision: form.Form.Revision), Json.Options))
            .Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        Assert.Equal(MonitoringFormStatus.DepartmentApproved, reviewed.Form.Status);

        // Finance returns with a reason (none given is refused); the unit resubmits; the department and finance pass it.
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/return", new FormDecision(false, " ", reviewed.Form.Revision), Json.Options)).StatusCode);
        var returned = (await (await finance.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/return", new FormDecision(false, "全年预计执行数与进度安排不符", reviewed.Form.Revision), Json.Options))
            .Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        Assert.Equal(MonitoringFormStatus.Returned, returned.Form.Status);
        Assert.Contains("全年预计执行数与进度安排不符", returned.Form.ReturnReason, StringComparison.Ordinal);
        var notFilled = (await finance.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{round.Id}/forms?filter=NotFilled&pageSize=1", Json.Options))!;
        Assert.Equal(libraryProjects, notFilled.TotalCount);
        var again = (await (await school.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/submit",
            new SaveMonitoringForm(budgetWan * 0.9m, note, [.. form.Indicators.Select(i => Row(i, true))], returned.Form.Revision), Json.Options)).Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        Assert.Null(again.Form.ReturnReason);
        var passed = (await (await education.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/review", new FormDecision(Revision: again.Form.Revision), Json.Options))
            .Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        var confirmed = (await (await finance.PostAsJsonAsync($"/api/monitoring/forms/{form.Form.Id}/confirm", new FormDecision(Revision: passed.Form.Revision), Json.Options))
            .Content.ReadFromJsonAsync<MonitoringFormDto>(Json.Options))!;
        Assert.Equal((MonitoringFormStatus.Confirmed, "李静"), (confirmed.Form.Status, confirmed.ConfirmedBy));
        var counts = (await finance.GetFromJsonAsync<List<MonitoringRoundDto>>("/api/monitoring/rounds?year=2026", Json.Options))!.Single();
        Assert.Equal((1, libraryProjects - 1), (counts.Confirmed, counts.NotFilled));

        // The reported progress feeds the warnings of the period: the lagging indicator is judged (W02) and reddens the project.
        Assert.Equal(HttpStatusCode.OK, (await finance.PostAsync("/api/monitoring/warnings/run?year=2026&month=6", null)).StatusCode);
        var history = (await finance.GetFromJsonAsync<List<ProjectWarningHistoryItem>>($"/api/monitoring/projects/{form.Form.SubjectId}/warnings", Json.Options))!;
        var june = Assert.Single(history);
        Assert.True(june.Light == WarningLight.Red, string.Join(" / ", june.Findings.Select(f => $"{f.Rule} {f.Arithmetic}")));
        Assert.Contains(june.Findings, f => f.Rule == "W02" && f.Arithmetic!.Contains("时间进度 50%", StringComparison.Ordinal));
        var monitoringHistory = (await school.GetFromJsonAsync<List<MonitoringFormListItem>>($"/api/monitoring/projects/{form.Form.SubjectId}/forms", Json.Options))!;
        Assert.Equal(MonitoringFormStatus.Confirmed, Assert.Single(monitoringHistory).Status);

        // The round's tables as .xlsx (one row per indicator), the 一体化 exchange sheets, and the lists; a unit exports only its own.
        var table = Strings(await finance.GetByteArrayAsync($"/api/monitoring/rounds/{round.Id}/export?layout=List"));
        Assert.Equal(["项目支出绩效目标执行监控表"], table.Sheets);
        var sheets = Strings(await school.GetByteArrayAsync($"/api/monitoring/rounds/{round.Id}/export"));
        Assert.Equal(mine.TotalCount, sheets.Sheets.Count);
        Assert.Contains("项目支出绩效目标执行监控表", sheets.Texts);
        Assert.Contains("（2026年1—6月）", sheets.Texts);
        Assert.Contains("偏差原因分析及改进措施", sheets.Texts);
        Assert.Contains(note, sheets.Texts);
        Assert.Contains("有可能", table.Texts);
        Assert.Contains("完成目标可能性", table.Texts);
        Assert.Contains(form.Form.SubjectCode, table.Texts);
        var exchange = Strings(await finance.GetByteArrayAsync($"/api/monitoring/rounds/{round.Id}/export?exchange=true"));
        Assert.Equal(["PAY_PERF_MONITOR_TASK", "PAY_PERF_MONITOR_INFO"], exchange.Sheets);
        Assert.Contains("ACHIEVE_POSSIBILITY", exchange.Texts);
        var own = Strings(await school.GetByteArrayAsync($"/api/monitoring/rounds/{round.Id}/export?layout=List"));
        Assert.DoesNotContain(theirs.SubjectCode, own.Texts);
        var notFilledList = Strings(await finance.GetByteArrayAsync($"/api/monitoring/lists/NotFilled/export?year=2026&month=6&roundId={round.Id}"));
        Assert.Equal(["未填报清单"], notFilledList.Sheets);
        Assert.DoesNotContain(form.Form.SubjectCode, notFilledList.Texts);
        Assert.Contains(theirs.SubjectCode, notFilledList.Texts);
        var redList = Strings(await finance.GetByteArrayAsync("/api/monitoring/lists/Red/export?year=2026&month=6"));
        Assert.Contains(form.Form.SubjectCode, redList.Texts);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.GetAsync("/api/monitoring/lists/NotFilled/export?year=2026&month=6")).StatusCode);

        // Each step is audited.
        var audited = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Action.Contains("监控表") || a.Action.Contains("开启绩效运行监控")).Select(a => a.Action).ToListAsync());
        Assert.Contains(audited, a => a.StartsWith("开启绩效运行监控", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith("财政退回监控表", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith("财政确认监控表", StringComparison.Ordinal));
    }

    /// <summary>The sheet names and every text of a workbook (shared and inline strings).</summary>
    private static (List<string> Sheets, HashSet<string> Texts) Strings(byte[] xlsx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();
        var texts = (book.SharedStringTablePart?.SharedStringTable.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>() ?? [])
            .Concat(book.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()))
            .Select(t => t.Text).ToHashSet();
        return (sheets, texts);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARoundsScope_IsKeyProjectsOrAList_NamesUnknownCodes_AndAClosedRoundTakesNothingMore(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("czadmin");
        using var school = await app.SignedInClientAsync("yizhong");
        var projects = await app.WithDbAsync(db => db.Projects.InLibrary().Where(p => p.FiscalYear == 2026).OrderBy(p => p.Code).Select(p => new { p.Code, p.AdjustedTotalFen, p.OwnerUnitId }).ToListAsync());
        var schoolUnit = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync());
        var schools = projects.Where(p => p.OwnerUnitId == schoolUnit).ToList();

        var key = (await (await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 8, Today.AddDays(5), MonitoringScope.KeyProjects, IncludeDepartmentOverall: true), Json.Options))
            .Content.ReadFromJsonAsync<MonitoringRoundDto>(Json.Options))!;
        var departments = await app.WithDbAsync(db => db.DepartmentBudgets.CountAsync(b => b.FiscalYear == 2026));
        Assert.Equal(projects.Count(p => p.AdjustedTotalFen >= 200 * 1_000_000L) + departments, key.Forms);
        var overall = (await finance.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{key.Id}/forms?pageSize=500", Json.Options))!.Items
            .Where(f => f.SubjectKind == MonitoringSubjectKind.DepartmentOverall).ToList();
        Assert.Equal(departments, overall.Count);
        Assert.All(overall, f => Assert.EndsWith("（部门整体支出）", f.SubjectName, StringComparison.Ordinal));

        var unknown = await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 9, Today.AddDays(5), MonitoringScope.Listed, ProjectCodes: [projects[0].Code, "NOPE-001"]), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("NOPE-001", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = (await (await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 9, Today.AddDays(5), MonitoringScope.Listed, ProjectCodes: [schools[0].Code, schools[1].Code]), Json.Options))
            .Content.ReadFromJsonAsync<MonitoringRoundDto>(Json.Options))!;
        Assert.Equal(2, listed.Forms);

        // Closed: nothing more is filled.
        var closed = (await (await finance.PostAsJsonAsync($"/api/monitoring/rounds/{listed.Id}/close", new CloseRound(listed.Revision), Json.Options)).Content.ReadFromJsonAsync<MonitoringRoundDto>(Json.Options))!;
        Assert.Equal(MonitoringRoundStatus.Closed, closed.Status);
        var form = (await finance.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{listed.Id}/forms", Json.Options))!.Items[0];
        var dto = (await finance.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Id}", Json.Options))!;
        Assert.False(dto.CanFill || dto.CanConfirm);
        var late = await school.PutAsJsonAsync($"/api/monitoring/forms/{form.Id}", new SaveMonitoringForm(1m, Revision: dto.Form.Revision), Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("已结束", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync($"/api/monitoring/rounds/{key.Id}/close", new CloseRound(key.Revision), Json.Options)).StatusCode);
    }
}
