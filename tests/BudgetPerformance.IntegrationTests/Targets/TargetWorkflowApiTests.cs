using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

public sealed class TargetWorkflowApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Unit_Declares_IsReturned_Fixes_AndGetsApprovedWithTheBudget(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        using var department = await app.SignedInClientAsync("jytj");
        using var finance = await app.SignedInClientAsync("jxk");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        Assert.True(draft.Permissions.Edit);

        // Declared with a hollow benefit: saved, and the draft-time review warns about it.
        var rows = GoodRows();
        rows[4] = Row("效益指标", "社会效益指标", "学生身体素质", "≥95%", "20");
        var saved = await OkAsync(await SaveAsync(unit, draft, rows));
        Assert.Contains(saved.AutoReview!.Findings, f => f.Rule == "Q01" && f.Severity == FindingSeverity.Warning);
        Assert.Contains("阿图什", saved.AutoReview.RulePackLabel);

        var submitted = await OkAsync(await unit.PostAsJsonAsync($"/api/targets/{draft.Id}/submit", new SubmitTargetRequest(draft.Id, saved.Revision), Json.Options));
        Assert.Equal(TargetStatus.Submitted, submitted.Status);
        Assert.False(submitted.Permissions.Edit);

        var returned = await OkAsync(await department.PostAsJsonAsync($"/api/targets/{draft.Id}/department-review", new DepartmentReviewRequest(draft.Id, false, "效益指标“学生身体素质”没有可衡量的基数"), Json.Options));
        Assert.Equal(TargetStatus.Returned, returned.Status);

        var current = await GetAsync(unit, draft.Id);
        var fixedTarget = await OkAsync(await SaveAsync(unit, current, GoodRows()));
        Assert.DoesNotContain(fixedTarget.AutoReview!.Findings, f => f.Rule == "Q01");
        await OkAsync(await unit.PostAsJsonAsync($"/api/targets/{draft.Id}/submit", new SubmitTargetRequest(draft.Id, fixedTarget.Revision), Json.Options));
        await OkAsync(await department.PostAsJsonAsync($"/api/targets/{draft.Id}/department-review", new DepartmentReviewRequest(draft.Id, true, null), Json.Options));
        var reviewed = await OkAsync(await finance.PostAsJsonAsync($"/api/targets/{draft.Id}/finance-review",
            new FinanceReviewRequest(draft.Id, ReviewGrade.Excellent, ReviewGrade.Excellent, ReviewGrade.Excellent, ReviewGrade.Good, ReviewGrade.Excellent,
                "适当性略有不足，但资金与产出基本匹配，总体评为优。"), Json.Options));
        Assert.Equal(TargetStatus.ReviewPassed, reviewed.Status);

        var approved = await OkAsync(await finance.PostAsync($"/api/targets/{draft.Id}/approve", null));

        Assert.Equal(TargetStatus.Approved, approved.Status);
        Assert.True(approved.ProjectBudgetApproved);
        Assert.Equal(["创建草稿", "提交申报", "主管部门退回", "提交申报", "主管部门审核通过", "财政审核：优，审核通过", "随预算批复"], approved.History.Select(h => h.Action));
        Assert.Equal("良", approved.History[5].Dimensions["适当性"]);
        var audited = await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.EntityType == "PerformanceTarget" && r.EntityId == draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 7, $"每一步都应留下审计记录，实际 {audited} 条");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Project_WithoutAnApprovedTarget_IsRefusedForBudgetApproval(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        using var finance = await app.SignedInClientAsync("jxk");
        var draft = await FreshDraftAsync(unit);

        var response = await finance.PostAsync($"/api/budget-approval/projects/{draft.SubjectId}/approve", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("无目标、不预算", problem.GetProperty("detail").GetString());
        Assert.False(await app.WithDbAsync(db => db.Projects.Where(p => p.Id == draft.SubjectId).Select(p => p.IsBudgetApproved).SingleAsync()));
        var summary = await finance.GetFromJsonAsync<BudgetApprovalSummary>("/api/budget-approval/summary?year=" + draft.FiscalYear, Json.Options);
        Assert.True(summary!.Blocked > 0 && summary.BlockedFen > 0);
        var blocked = await finance.GetFromJsonAsync<PagedResult<BudgetLine>>($"/api/budget-approval/lines?year={draft.FiscalYear}&onlyBlocked=true&keyword={Uri.EscapeDataString(draft.SubjectName)}", Json.Options);
        var line = Assert.Single(blocked!.Items, l => l.ProjectId == draft.SubjectId);
        Assert.False(line.CanApprove);
        Assert.Equal(draft.Id, line.TargetId);
        Assert.Equal(summary.Blocked, (await finance.GetFromJsonAsync<PagedResult<BudgetLine>>($"/api/budget-approval/lines?year={draft.FiscalYear}&onlyBlocked=true", Json.Options))!.TotalCount);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Submit_WithBlockingFindings_IsRefusedWithTheReason_AndStaysADraft(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var saved = await OkAsync(await SaveAsync(unit, draft, GoodRows().Take(4).ToList()));

        var response = await unit.PostAsJsonAsync($"/api/targets/{draft.Id}/submit", new SubmitTargetRequest(draft.Id, saved.Revision), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("自动审核发现", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(TargetStatus.Draft, (await GetAsync(unit, draft.Id)).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Save_FromAStaleRevision_IsAConflict_AndKeepsTheOtherEdit(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        await OkAsync(await SaveAsync(unit, draft, GoodRows()));

        var stale = await SaveAsync(unit, draft, GoodRows().Take(2).ToList(), "另一位同事的旧版本内容，应当被拒绝保存。");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(7, (await GetAsync(unit, draft.Id)).Indicators.Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Save_AnUnreadableValue_IsRefusedNamingTheRowAndChangesNothing(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var rows = GoodRows();
        rows[2] = Row("产出指标", "时效指标", "资金拨付及时率", "≥九十五%", "10");

        var response = await SaveAsync(unit, draft, rows);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("第 3 个指标", problem.GetProperty("detail").GetString());
        Assert.Contains("阿拉伯数字", problem.GetProperty("detail").GetString());
        Assert.Empty((await GetAsync(unit, draft.Id)).Indicators);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OtherUnitsTarget_CannotBeSeenOrChanged(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var school = await app.SignedInClientAsync("yizhong");
        using var hospital = await app.SignedInClientAsync("rmyy");
        using var department = await app.SignedInClientAsync("jytj");
        var schoolDraft = await GetAsync(school, (await FreshDraftAsync(school)).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await hospital.GetAsync($"/api/targets/{schoolDraft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(hospital, schoolDraft, GoodRows())).StatusCode);
        // The department sees its unit's draft but may not write it: 谁申请资金、谁设置目标.
        Assert.Equal(HttpStatusCode.OK, (await department.GetAsync($"/api/targets/{schoolDraft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(department, schoolDraft, GoodRows())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsync($"/api/targets/{schoolDraft.Id}/approve", null)).StatusCode);
    }

    [Fact]
    public async Task ReviewAll_OfTheDemoCounty_FindsTheSeededProblems()
    {
        await using var app = await SharedPlatforms.StartAsync(TestDatabase.Sqlite);
        using var finance = await app.SignedInClientAsync("jxk");
        using var unit = await app.SignedInClientAsync("yizhong");

        var response = await finance.PostAsync("/api/targets/review-all?year=" + (await FreshDraftAsync(unit)).FiscalYear, null);
        var result = await response.Content.ReadFromJsonAsync<ReviewAllResult>(Json.Options);

        Assert.True(result!.Targets > 1000);
        Assert.True(result.Indicators > 10_000);
        foreach (var rule in new[] { "Q01", "Q02", "Q03", "Q04", "Q05", "S04", "S05" })
        {
            Assert.Contains(result.ByRule, r => r.Rule == rule);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsync("/api/targets/review-all?year=2026", null)).StatusCode);
    }
}
