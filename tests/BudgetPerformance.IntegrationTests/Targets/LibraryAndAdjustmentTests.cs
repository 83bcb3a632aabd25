using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Indicators;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Targets;

public sealed class LibraryAndAdjustmentTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Department_ProposesAnIndustryIndicator_FinanceConfirms_AndUnitsFindIt(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var department = await app.SignedInClientAsync("jytj");
        using var finance = await app.SignedInClientAsync("jxk");
        using var unit = await app.SignedInClientAsync("yizhong");
        var request = new AddLibraryIndicatorRequest("校园午餐陪餐制度落实率", Sector.Education, Level1.Output, Level2.Quality, "=100%", ValueSource.Industry, "全部落实得满分", "营养 陪餐");

        var proposed = await (await department.PostAsJsonAsync("/api/indicators", request, Json.Options)).Content.ReadFromJsonAsync<LibraryIndicatorDto>(Json.Options);
        var hidden = await unit.GetFromJsonAsync<PagedResult<LibraryIndicatorDto>>("/api/indicators?keyword=陪餐", Json.Options);
        var wrongSector = await department.PostAsJsonAsync("/api/indicators", request with { Name = "医院床位使用率", Sector = Sector.HealthCare }, Json.Options);
        var unitTries = await unit.PostAsJsonAsync("/api/indicators", request with { Name = "另一个指标" }, Json.Options);
        var unitDecides = await unit.PostAsJsonAsync($"/api/indicators/{proposed!.Id}/decision", new DecideProposalRequest(proposed.Id, true, null), Json.Options);
        var confirmed = await finance.PostAsJsonAsync($"/api/indicators/{proposed.Id}/decision", new DecideProposalRequest(proposed.Id, true, "予以确认"), Json.Options);
        var found = await unit.GetFromJsonAsync<PagedResult<LibraryIndicatorDto>>("/api/indicators?keyword=陪餐", Json.Options);

        Assert.Equal(LibraryIndicatorStatus.Proposed, proposed.Status);
        Assert.Equal(0, hidden!.TotalCount);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSector.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unitTries.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unitDecides.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("=100%", Assert.Single(found!.Items).TypicalValue);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Adjustment_OfAPublishedTarget_IsANewVersion_WithItsDifferences(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var hospital = await app.SignedInClientAsync("rmyy");
        var hospitalId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "rmyy").Select(u => u.OrganizationId).SingleAsync());
        var published = await app.WithDbAsync(db => db.PerformanceTargets.Where(t => t.OwnerUnitId == hospitalId && t.Status == TargetStatus.Published).Select(t => t.Id).FirstAsync());

        var adjust = await hospital.PostAsJsonAsync($"/api/targets/{published}/adjust", new StartAdjustmentRequest(published, "年中追加资金，服务人次增加"), Json.Options);
        var newId = await adjust.Content.ReadFromJsonAsync<long>();
        var v2 = await GetAsync(hospital, newId);
        var rows = v2.Indicators.Select(i => new TargetIndicatorRow(i.Level1Name, i.Level2Name, i.Name, i.Value, i.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ValueSourceName, i.ScoringStandard)).ToList();
        var index = v2.Indicators.ToList().FindIndex(i => i.Operator == IndicatorOperator.AtLeast && i.Unit != "%");
        var first = rows[index];
        rows[index] = first with { Value = $"≥99999{v2.Indicators[index].Unit}" };
        await OkAsync(await hospital.PutAsJsonAsync($"/api/targets/{newId}", new SaveTargetRequest(newId, v2.Revision, v2.Framework, v2.OverallGoal, v2.AnnualGoal, rows), Json.Options));
        var versions = await hospital.GetFromJsonAsync<List<TargetVersionDto>>($"/api/targets/{newId}/versions", Json.Options);
        var again = await hospital.PostAsJsonAsync($"/api/targets/{published}/adjust", new StartAdjustmentRequest(published, "再调一次"), Json.Options);

        Assert.Equal(HttpStatusCode.OK, adjust.StatusCode);
        Assert.Equal(2, v2.Version);
        Assert.Equal(TargetStatus.Draft, v2.Status);
        Assert.Equal(TargetStatus.Published, (await GetAsync(hospital, published)).Status);
        Assert.Equal([1, 2], versions!.Select(v => v.Version));
        var change = Assert.Single(versions![1].ChangesFromPrevious);
        Assert.Contains(first.Name!, change.What);
        Assert.Contains("99999", change.After);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Department_DeclaresItsDepartmentOverallTarget(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var department = await app.SignedInClientAsync("jytj");
        using var school = await app.SignedInClientAsync("yizhong");
        var budgetId = await app.WithDbAsync(db => (
            from b in db.DepartmentBudgets
            join u in db.Users on b.DepartmentId equals u.OrganizationId
            where u.UserName == "jytj"
            select b.Id).SingleAsync());

        var denied = await school.PostAsJsonAsync("/api/targets", new DeclareTargetRequest(TargetSubjectKind.DepartmentOverall, budgetId), Json.Options);
        var declared = await department.PostAsJsonAsync("/api/targets", new DeclareTargetRequest(TargetSubjectKind.DepartmentOverall, budgetId), Json.Options);
        var target = await GetAsync(department, await declared.Content.ReadFromJsonAsync<long>());
        var packs = await department.GetFromJsonAsync<List<RulePackDto>>("/api/rule-packs", Json.Options);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(TargetSubjectKind.DepartmentOverall, target.SubjectKind);
        Assert.Contains("部门整体支出", target.SubjectName);
        Assert.True(target.Permissions.Edit);
        Assert.Equal(["atushi-2018", "hubei", "jinan-2022", "national", "sichuan"], packs!.Select(p => p.Code).Order());
        Assert.Contains(packs!, p => p.Code == "atushi-2018" && p.TargetReview!.MinLevel3Count == 7 && p.AssignedTo.Contains("临河县"));
    }
}
