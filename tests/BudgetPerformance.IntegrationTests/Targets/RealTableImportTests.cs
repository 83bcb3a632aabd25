using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Proposals;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

/// <summary>
/// 申报表 laid out the way units really write them — split 指标性质 and 计量单位 columns, remarks and weight ranges in
/// level names, no 分值, words for operators, bare values, dates, merged cells, an extra 指标值来源 column — go in
/// through the import, and each convention shows up as the finding it should.
/// </summary>
public sealed class RealTableImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private sealed record Draft(long Id, string Code, string Name);

    private static async Task<(string Unit, List<Draft> Drafts)> SchoolAsync(PlatformFactory app) => await app.WithDbAsync(async db =>
    {
        var school = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
        var unit = await db.Organizations.Where(o => o.Id == school).Select(o => o.Name).SingleAsync();
        var drafts = await (
            from t in db.PerformanceTargets
            join p in db.Projects on t.SubjectId equals p.Id
            where t.OwnerUnitId == school && t.Status == TargetStatus.Draft && t.Revision == 0
            orderby p.Code
            select new Draft(t.Id, p.Code, p.Name)).ToListAsync();
        return (unit, drafts);
    });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, HandBuiltWorkbook book, string query = "")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(book.ToStream().ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "申报表（实际格式）.xlsx");
        return await client.PostAsync("/api/targets/import" + query, content);
    }

    private static async Task<(JsonElement Problem, List<string> Errors)> ProblemAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.TryGetProperty("errors", out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        return (problem, errors);
    }

    private static async Task<ImportTargetsResult> ImportedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ImportTargetsResult>(body, Json.Options)!;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Tables_InRealLayouts_Import_AndEachConventionShowsAsItsFinding(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var (school, drafts) = await SchoolAsync(app);
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "营养餐", drafts[0].Code, drafts[0].Name, school);
        RealTableSheets.Words(book, "课后服务", drafts[1].Code, drafts[1].Name);

        var result = await ImportedAsync(await UploadAsync(unit, book));

        Assert.Equal(2, result.Updated);
        var first = await GetAsync(unit, drafts[0].Id);
        Assert.Equal(8, first.Indicators.Count);
        Indicator(first, "受益学生人数", "≥1200人", "R04");
        Indicator(first, "供餐天数", "≥200天", "R02");
        var onTime = Indicator(first, "资金拨付及时率", "≥100%", "R01");
        Assert.Contains("≥", onTime.Notes.Single(n => n.Code == "R01").Text);
        var due = Indicator(first, "补助发放完成时间", null, "R03");
        Assert.Equal(new DateOnly(2026, 12, 31), due.DueUntil);
        Assert.Equal("时效指标", due.Level2Name);
        Assert.Contains(due.Notes, n => n.Code == "R06" && n.Text.Contains("进度指标", StringComparison.Ordinal));
        Assert.Contains(Indicator(first, "食品安全事故发生次数", "=0起", null).Notes, n => n.Code == "R06" && n.Text.Contains("（20分）", StringComparison.Ordinal) || n.Text.Contains("(20分)", StringComparison.Ordinal));
        var satisfaction = Indicator(first, "学生及家长满意度", "≥90%", "R06");
        Assert.Equal("服务对象满意度指标", satisfaction.Level2Name);
        Assert.Equal("计划标准", Indicator(first, "受益学生人数", null, null).ValueSourceName);
        // No 分值 in the table and the pack does not require weights at declaration: no weight finding at all.
        Assert.DoesNotContain(first.AutoReview!.Findings, f => f.Rule is "S06" or "S09");
        Assert.Contains(first.AutoReview.Findings, f => f.Rule == "R01" && f.Indicator == "资金拨付及时率" && f.Message.Contains("读作“≥100%”", StringComparison.Ordinal));

        // Saved again from the form, which shows each value as written (sign and unit joined on): it reads the same.
        var asShown = first.Indicators.Select(i => new TargetIndicatorRow(i.Level1Name, i.Level2Name, i.Name, i.Written ?? i.Value, null, i.ValueSourceName, i.ScoringStandard)).ToList();
        var resaved = await OkAsync(await unit.PutAsJsonAsync($"/api/targets/{first.Id}", new SaveTargetRequest(first.Id, first.Revision, first.Framework, first.OverallGoal, first.AnnualGoal, asShown), Json.Options));
        Assert.Equal(first.Indicators.Select(i => i.Value), resaved.Indicators.Select(i => i.Value));
        Assert.DoesNotContain(resaved.AutoReview!.Findings, f => f.Rule == "F01");
        Assert.Contains(resaved.AutoReview.Findings, f => f.Rule == "R01" && f.Indicator == "资金拨付及时率");

        var second = await GetAsync(unit, drafts[1].Id);
        Assert.Equal("classic", IndicatorFrameworkName(second));
        Indicator(second, "参与课后服务学生人数", "≥350人", "R02");
        Indicator(second, "课后服务覆盖率", "≥100%", "R01");
        var month = Indicator(second, "服务方案印发时间", null, "R03");
        Assert.Equal(new DateOnly(2026, 3, 31), month.DueUntil);
        Indicator(second, "生均服务成本", "≤4800元/人", "R02");
        Assert.Equal("产出指标", Indicator(second, "参与课后服务学生人数", null, null).Level1Name);
        Assert.Equal("效益指标", Indicator(second, "学生综合素质", null, null).Level1Name);
        Assert.Equal("满意度指标", Indicator(second, "家长满意度", "≥90%", null).Level1Name);
        // Weights on some rows only: the rows left without one are named; a table with none at all would not be.
        Assert.Equal(["服务方案印发时间", "生均服务成本"], second.AutoReview!.Findings.Where(f => f.Rule == "S09").Select(f => f.Indicator).Order());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Workbook_WithOneUnreadableCell_ImportsNothing_AndNamesItAmongEveryOtherProblem(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var (school, drafts) = await SchoolAsync(app);
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "营养餐", drafts[0].Code, drafts[0].Name, school, badValue: "%≥90比例");
        RealTableSheets.Words(book, "课后服务", drafts[1].Code, drafts[1].Name);
        RealTableSheets.SplitColumns(book, "往年", drafts[1].Code + "X", "并不存在的项目", school);
        RealTableSheets.SplitColumns(book, "年度不符", drafts[1].Code, drafts[1].Name, school, year: 2025);
        var before = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.Id == drafts[0].Id || t.Id == drafts[1].Id).Select(t => t.Revision).ToListAsync());

        var response = await UploadAsync(unit, book, "?createProposals=true&confirmOverwrite=true");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (problem, errors) = await ProblemAsync(response);
        Assert.Contains("全部内容均未保存", problem.GetProperty("detail").GetString());
        Assert.Contains(errors, e => e.Contains("工作表“营养餐”", StringComparison.Ordinal) && e.Contains("（E14）", StringComparison.Ordinal) && e.Contains("%≥90比例", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("工作表“往年”", StringComparison.Ordinal) && e.Contains("不在项目库中", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("工作表“年度不符”", StringComparison.Ordinal) && e.Contains("2025 年", StringComparison.Ordinal) && e.Contains("2026 年度", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("工作表“课后服务”", StringComparison.Ordinal));
        var after = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.Id == drafts[0].Id || t.Id == drafts[1].Id).Select(t => t.Revision).ToListAsync());
        Assert.Equal(before, after);
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.Name == "并不存在的项目")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task NewProject_FromAWorkbook_GoesThroughDepartmentAndFinance_IntoTheLibrary(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        using var department = await app.SignedInClientAsync("jytj");
        using var finance = await app.SignedInClientAsync("jxk");
        using var hospital = await app.SignedInClientAsync("rmyy");
        var (school, _) = await SchoolAsync(app);
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "智慧课堂", string.Empty, "智慧课堂建设（新增）", school, year: 2027);

        // First upload: the project is not in the library — the user is asked, nothing is saved.
        var ask = await UploadAsync(unit, book);
        Assert.Equal(HttpStatusCode.BadRequest, ask.StatusCode);
        var (problem, errors) = await ProblemAsync(ask);
        Assert.Equal(ImportTargetWorkbookHandler.UnknownProjectsField, problem.GetProperty("field").GetString());
        Assert.Contains("智慧课堂建设（新增）", Assert.Single(errors));
        Assert.Contains(school, problem.GetProperty("detail").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.Name == "智慧课堂建设（新增）")));

        // Confirmed: the proposal is created in the user's own unit with its target, outside the library.
        var imported = await ImportedAsync(await UploadAsync(unit, book, "?createProposals=true"));
        Assert.Equal(1, imported.ProposalsCreated);
        var created = Assert.Single(imported.Targets);
        Assert.True(created.NewProject);
        var project = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Name == "智慧课堂建设（新增）"));
        Assert.Equal(ProjectLibraryStatus.Proposed, project.LibraryStatus);
        Assert.Equal(2027, project.FiscalYear);
        Assert.Equal(120_000_000, project.AdjustedTotalFen); // 120 万元
        Assert.Equal(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync()), project.OwnerUnitId);
        var proposals = await unit.GetFromJsonAsync<List<ProposalListItem>>("/api/proposals", Json.Options);
        Assert.Contains(proposals!, p => p.ProjectId == project.Id && p.LibraryStatus == ProjectLibraryStatus.Proposed);

        // Another unit neither sees it nor can open its target.
        Assert.DoesNotContain((await hospital.GetFromJsonAsync<List<ProposalListItem>>("/api/proposals", Json.Options))!, p => p.ProjectId == project.Id);
        Assert.Contains((await hospital.GetAsync($"/api/targets/{created.Id}")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        // Not yet in the library: the budget cannot be approved.
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.PostAsync($"/api/budget-approval/projects/{project.Id}/approve", null)).StatusCode);

        var draft = await GetAsync(unit, created.Id);
        await OkAsync(await unit.PostAsJsonAsync($"/api/targets/{draft.Id}/submit", new SubmitTargetRequest(draft.Id, draft.Revision), Json.Options));
        await OkAsync(await department.PostAsJsonAsync($"/api/targets/{draft.Id}/department-review", new DepartmentReviewRequest(draft.Id, true, null), Json.Options));
        var passed = await OkAsync(await finance.PostAsJsonAsync($"/api/targets/{draft.Id}/finance-review",
            new FinanceReviewRequest(draft.Id, ReviewGrade.Excellent, ReviewGrade.Excellent, ReviewGrade.Excellent, ReviewGrade.Excellent, ReviewGrade.Excellent, null), Json.Options));

        Assert.Equal(TargetStatus.ReviewPassed, passed.Status);
        var entered = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(ProjectLibraryStatus.InLibrary, entered.LibraryStatus);
        Assert.NotNull(entered.LibraryDecidedAt);
        var audited = await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.EntityType == "Project" && r.EntityId == project.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 2, $"申报与入库都应留下审计记录，实际 {audited} 条");
        await OkAsync(await finance.PostAsync($"/api/targets/{draft.Id}/approve", null));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Unit_CannotProposeForAnotherUnit_AndFinanceRejectsWithAReason(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        using var department = await app.SignedInClientAsync("jytj");
        using var finance = await app.SignedInClientAsync("jxk");

        // By import, naming another unit as 实施单位: refused, nothing saved.
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "他单位", string.Empty, "医院设备更新（新增）", "临河县人民医院", year: 2027);
        var refused = await UploadAsync(unit, book, "?createProposals=true");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains((await ProblemAsync(refused)).Errors, e => e.Contains("新增项目只能为本单位申报", StringComparison.Ordinal) && e.Contains("（F3）", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.Name == "医院设备更新（新增）")));

        // By the form: a finance reviewer is no budget unit; a unit always proposes in its own unit.
        var request = new DeclareProposalRequest("校园安防升级", 2027, BudgetKind.GeneralPublic, SpecialCategory.None, DebtBondType.None, ProjectType.OneOff, 2027, 2027, "刘敏", 35.5m);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsJsonAsync("/api/proposals", request, Json.Options)).StatusCode);
        var response = await unit.PostAsJsonAsync("/api/proposals", request, Json.Options);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var proposal = JsonSerializer.Deserialize<ProposalCreated>(body, Json.Options)!;
        var owner = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == proposal.ProjectId).Select(p => p.OwnerUnitId).SingleAsync());
        Assert.Equal(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync()), owner);
        var negative = await unit.PostAsJsonAsync("/api/proposals", request with { AppropriationWanYuan = -1 }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);

        // Finance rejects it (差) — a reason is required — and it stays out of the library.
        var draft = await GetAsync(unit, proposal.TargetId);
        var saved = await OkAsync(await SaveAsync(unit, draft, GoodRows()));
        await OkAsync(await unit.PostAsJsonAsync($"/api/targets/{draft.Id}/submit", new SubmitTargetRequest(draft.Id, saved.Revision), Json.Options));
        await OkAsync(await department.PostAsJsonAsync($"/api/targets/{draft.Id}/department-review", new DepartmentReviewRequest(draft.Id, true, null), Json.Options));
        var poor = new FinanceReviewRequest(draft.Id, ReviewGrade.Poor, ReviewGrade.Poor, ReviewGrade.Fair, ReviewGrade.Poor, ReviewGrade.Poor, null);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.PostAsJsonAsync($"/api/targets/{draft.Id}/finance-review", poor, Json.Options)).StatusCode);
        var rejected = await OkAsync(await finance.PostAsJsonAsync($"/api/targets/{draft.Id}/finance-review", poor with { Comment = "安防升级已列入县级统一采购，不再单列。" }, Json.Options));

        Assert.Equal(TargetStatus.Rejected, rejected.Status);
        Assert.Equal(ProjectLibraryStatus.Rejected, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == proposal.ProjectId).Select(p => p.LibraryStatus).SingleAsync()));
        var listed = await unit.GetFromJsonAsync<List<ProposalListItem>>("/api/proposals", Json.Options);
        Assert.Contains(listed!, p => p.ProjectId == proposal.ProjectId && p.LibraryStatusName == "未通过");
    }

    private static string IndicatorFrameworkName(TargetDto target) => target.Framework == Domain.Indicators.IndicatorFramework.Classic ? "classic" : "cost";

    /// <summary>The indicator named <paramref name="name"/>: its value as read and, when given, a note with <paramref name="note"/>.</summary>
    private static TargetIndicatorDto Indicator(TargetDto target, string name, string? value, string? note)
    {
        var indicator = Assert.Single(target.Indicators, i => i.Name == name);
        if (value is not null)
        {
            Assert.Equal(value, indicator.Value);
        }

        if (note is not null)
        {
            Assert.Contains(indicator.Notes, n => n.Code == note);
        }

        return indicator;
    }
}
