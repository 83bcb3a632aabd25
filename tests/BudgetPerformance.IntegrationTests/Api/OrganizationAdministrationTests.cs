using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>
/// The finance administrator keeps the 单位库 by hand: creates, renames, moves (单位划转), closes and reopens
/// organisations, keeps the 专家库, and records declared relations; each step is checked against the revision the
/// administrator saw, audited, and refused to everyone else.
/// </summary>
public sealed class OrganizationAdministrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static async Task<long> OrgOfAsync(PlatformFactory app, string userName) =>
        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.OrganizationId).SingleAsync());

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Theory, MemberData(nameof(Providers))]
    public async Task Admin_CreatesRenamesMovesClosesAndReopens_AndAStaleEditIsRefused(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var school = await app.SignedInClientAsync("yizhong");
        var health = await OrgOfAsync(app, "wjw");
        var schoolId = await OrgOfAsync(app, "yizhong");

        var created = await admin.PostAsJsonAsync("/api/organizations",
            new CreateOrganizationRequest("990121099000", "县数据资源管理局", OrganizationKind.Department, Sector: Sector.GeneralAdministration, ContactPerson: "钱明", ContactPhone: "0564-1234567"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var dataBureau = await created.Content.ReadFromJsonAsync<long>();
        var unit = await admin.PostAsJsonAsync("/api/organizations",
            new CreateOrganizationRequest("990121099001", "县大数据中心", OrganizationKind.BudgetUnit, dataBureau, Sector.GeneralAdministration), Json.Options);
        Assert.Equal(HttpStatusCode.OK, unit.StatusCode);
        var duplicate = await admin.PostAsJsonAsync("/api/organizations",
            new CreateOrganizationRequest("990121099001", "另一个单位", OrganizationKind.BudgetUnit, dataBureau, Sector.GeneralAdministration), Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("县大数据中心", await DetailAsync(duplicate));

        // 更名 with the revision the administrator saw; the same stale revision a second time is refused.
        var detail = (await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{dataBureau}", Json.Options))!;
        var rename = new EditOrganizationRequest(detail.Revision, detail.Code, "县数据资源局", detail.Sector, detail.ContactPerson, detail.ContactPhone);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/organizations/{dataBureau}", rename, Json.Options)).StatusCode);
        var stale = await admin.PutAsJsonAsync($"/api/organizations/{dataBureau}", rename with { Name = "县数据局" }, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await DetailAsync(stale));
        Assert.Equal("县数据资源局", (await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{dataBureau}", Json.Options))!.Name);

        // 单位划转: the school goes to the health commission with its projects (and targets) of the open years.
        var schoolDetail = (await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{schoolId}", Json.Options))!;
        var moved = await admin.PostAsJsonAsync($"/api/organizations/{schoolId}/move", new MoveOrganizationRequest(schoolDetail.Revision, health), Json.Options);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var carried = (await moved.Content.ReadFromJsonAsync<MoveOrganizationResult>(Json.Options))!;
        Assert.True(carried.ProjectsMoved > 0);
        var (projectDepartments, targetDepartments) = await app.WithDbAsync(async db => (
            await db.Projects.Where(p => p.OwnerUnitId == schoolId).Select(p => p.DepartmentId).Distinct().ToListAsync(),
            await db.PerformanceTargets.Where(t => t.OwnerUnitId == schoolId && t.SubjectKind == TargetSubjectKind.Project).Select(t => t.DepartmentId).Distinct().ToListAsync()));
        Assert.Equal([health], projectDepartments);
        Assert.Equal([health], targetDepartments);
        using var educationStaff = await app.SignedInClientAsync("jytj");
        var educationUnits = await educationStaff.GetFromJsonAsync<PagedResult<OrganizationListItem>>("/api/organizations/budget-units?pageSize=200", Json.Options);
        Assert.DoesNotContain(educationUnits!.Items, o => o.Id == schoolId);

        // The health commission cannot close while it has units; the school can, and its accounts end at once.
        var healthDetail = (await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{health}", Json.Options))!;
        var busy = await admin.PostAsJsonAsync($"/api/organizations/{health}/close", new CloseOrganizationRequest(healthDetail.Revision, "机构改革"), Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Contains("未撤销的二级预算单位", await DetailAsync(busy));
        schoolDetail = (await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{schoolId}", Json.Options))!;
        var noReason = await admin.PostAsJsonAsync($"/api/organizations/{schoolId}/close", new CloseOrganizationRequest(schoolDetail.Revision, " "), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var closed = await admin.PostAsJsonAsync($"/api/organizations/{schoolId}/close", new CloseOrganizationRequest(schoolDetail.Revision, "学校撤并"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.True((await closed.Content.ReadFromJsonAsync<CloseOrganizationResult>(Json.Options))!.UsersDeactivated >= 1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await school.GetAsync("/api/auth/me")).StatusCode);
        var listed = await admin.GetFromJsonAsync<PagedResult<OrganizationListItem>>("/api/organizations/budget-units?pageSize=200", Json.Options);
        Assert.DoesNotContain(listed!.Items, o => o.Id == schoolId);
        var withClosed = await admin.GetFromJsonAsync<PagedResult<OrganizationListItem>>("/api/organizations/budget-units?pageSize=200&includeClosed=true", Json.Options);
        Assert.True(withClosed!.Items.Single(o => o.Id == schoolId).IsClosed);
        var account = await admin.PostAsJsonAsync("/api/users",
            new { userName = "xuexiao3", displayName = "张老师", organizationId = schoolId, roles = new[] { Role.BudgetUnit }, password = "School#2026pass" }, Json.Options);
        Assert.Contains("已撤销", await DetailAsync(account));

        schoolDetail = (await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{schoolId}", Json.Options))!;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/organizations/{schoolId}/reopen", new ReopenOrganizationRequest(schoolDetail.Revision), Json.Options)).StatusCode);
        Assert.False((await admin.GetFromJsonAsync<OrganizationDetail>($"/api/organizations/{schoolId}", Json.Options))!.IsClosed);

        var audit = await admin.GetFromJsonAsync<PagedResult<AuditRecordDto>>("/api/audit/records?action=单位划转&pageSize=200", Json.Options);
        Assert.Contains(audit!.Items, r => r.Action.Contains("卫生健康", StringComparison.Ordinal) && r.EntityType == "Organization");
        var closures = await admin.GetFromJsonAsync<PagedResult<AuditRecordDto>>("/api/audit/records?action=撤销单位&pageSize=200", Json.Options);
        Assert.Contains(closures!.Items, r => r.EntityType == "User" && r.UserName == "czadmin");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyTheFinanceAdministrator_ChangesTheRegister_AndOthersAreRefused(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        var school = await OrgOfAsync(app, "yizhong");
        var request = new CreateOrganizationRequest("990121098000", "县某局", OrganizationKind.Department, Sector: Sector.Education);
        foreach (var user in new[] { "jxk", "jytj", "yizhong", "dsf", "shenji", "renda" })
        {
            using var client = await app.SignedInClientAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/organizations", request, Json.Options)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/organizations/{school}/close", new CloseOrganizationRequest(0, "x"), Json.Options)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/organizations/export")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/experts", new CreateExpertRequest("某专家", Sector.Education), Json.Options)).StatusCode);
        }

        using var unitStaff = await app.SignedInClientAsync("yizhong");
        Assert.Equal(HttpStatusCode.Forbidden, (await unitStaff.GetAsync("/api/experts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitStaff.GetAsync($"/api/organizations/{school}/conflicts")).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/organizations", request, Json.Options)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.Code == "990121098000")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task DeclaredRelationsAndEmployers_MakeExpertsAndAgenciesRecuse(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var education = await OrgOfAsync(app, "jytj");
        var school = await OrgOfAsync(app, "yizhong");
        var hospital = await OrgOfAsync(app, "rmyy");
        var agency = await OrgOfAsync(app, "dsf");
        var otherAgency = await app.WithDbAsync(db => db.Organizations.Where(o => o.Kind == OrganizationKind.ThirdPartyAgency && o.Id != agency).Select(o => o.Id).FirstAsync());
        var linkedExpert = await app.WithDbAsync(db => db.Experts.Where(e => e.UserId != null).Select(e => e.Id).SingleAsync());

        // An expert employed by the school: recuses from the school and from its department, not from the hospital.
        var created = await admin.PostAsJsonAsync("/api/experts", new CreateExpertRequest("黄教授", Sector.Education, "高级教师", EmployerOrganizationId: school, Phone: "13900000000"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var teacher = await created.Content.ReadFromJsonAsync<long>();
        var experts = await admin.GetFromJsonAsync<PagedResult<ExpertListItem>>("/api/experts?keyword=黄教授", Json.Options);
        Assert.Matches(@"-\d{3}$", Assert.Single(experts!.Items).Code);

        // The expert who signs in declares their own tie; the agency declares its own; neither can declare for another.
        using var expertUser = await app.SignedInClientAsync("zhuanjia");
        var own = await expertUser.PostAsJsonAsync("/api/relations", new DeclareRelationRequest(RelationParty.Expert, linkedExpert, hospital, RelationKind.Relative, "配偶在该院任职"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var forOther = await expertUser.PostAsJsonAsync("/api/relations", new DeclareRelationRequest(RelationParty.Expert, teacher, hospital, RelationKind.Relative, "x"), Json.Options);
        Assert.Equal(HttpStatusCode.NotFound, forOther.StatusCode);
        using var agencyUser = await app.SignedInClientAsync("dsf");
        var paid = await agencyUser.PostAsJsonAsync("/api/relations", new DeclareRelationRequest(RelationParty.Agency, agency, education, RelationKind.PaidService, "2025 年为其做过年报审计"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyUser.PostAsJsonAsync("/api/relations", new DeclareRelationRequest(RelationParty.Agency, otherAgency, education, RelationKind.PaidService), Json.Options)).StatusCode);
        // What the administrator recorded for the agency, the agency cannot withdraw itself.
        var recorded = await admin.PostAsJsonAsync("/api/relations", new DeclareRelationRequest(RelationParty.Agency, agency, hospital, RelationKind.Financial, "应收审计费未结清"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var recordedId = await recorded.Content.ReadFromJsonAsync<long>();
        Assert.Equal(HttpStatusCode.Forbidden, (await agencyUser.PostAsJsonAsync($"/api/relations/{recordedId}/withdraw", new WithdrawRelationRequest("已结清"), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/relations/{recordedId}/withdraw", new WithdrawRelationRequest("已结清"), Json.Options)).StatusCode);
        var otherWithoutNote = await agencyUser.PostAsJsonAsync("/api/relations", new DeclareRelationRequest(RelationParty.Agency, agency, hospital, RelationKind.Other), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, otherWithoutNote.StatusCode);

        var ofSchool = (await admin.GetFromJsonAsync<List<ConflictDto>>($"/api/organizations/{school}/conflicts", Json.Options))!;
        var ofEducation = (await admin.GetFromJsonAsync<List<ConflictDto>>($"/api/organizations/{education}/conflicts", Json.Options))!;
        var ofHospital = (await admin.GetFromJsonAsync<List<ConflictDto>>($"/api/organizations/{hospital}/conflicts", Json.Options))!;
        Assert.Contains(ofSchool, c => c.PartyId == teacher && c.Reasons.Any(r => r.StartsWith("工作单位", StringComparison.Ordinal)));
        Assert.Contains(ofSchool, c => c.Party == RelationParty.Agency && c.PartyId == agency && c.Reasons.Single().Contains("主管部门", StringComparison.Ordinal));
        Assert.Contains(ofEducation, c => c.PartyId == teacher && c.Reasons.Single().Contains("所属单位", StringComparison.Ordinal));
        Assert.Contains(ofEducation, c => c.PartyId == agency);
        Assert.DoesNotContain(ofHospital, c => c.PartyId == teacher || c.PartyId == agency);
        Assert.Contains(ofHospital, c => c.PartyId == linkedExpert && c.Reasons.Single().Contains("近亲属", StringComparison.Ordinal));

        // Withdrawn (with a reason, kept on record), the tie no longer conflicts.
        var relation = await own.Content.ReadFromJsonAsync<long>();
        Assert.Equal(HttpStatusCode.BadRequest, (await expertUser.PostAsJsonAsync($"/api/relations/{relation}/withdraw", new WithdrawRelationRequest(""), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await expertUser.PostAsJsonAsync($"/api/relations/{relation}/withdraw", new WithdrawRelationRequest("配偶已调离"), Json.Options)).StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<ConflictDto>>($"/api/organizations/{hospital}/conflicts", Json.Options))!, c => c.PartyId == linkedExpert);
        var history = (await expertUser.GetFromJsonAsync<List<RelationDto>>($"/api/relations?party=Expert&partyId={linkedExpert}", Json.Options))!;
        Assert.Equal("配偶已调离", history.Single(r => r.Kind == RelationKind.Relative).WithdrawnReason);
        Assert.Contains(history, r => r.Kind == RelationKind.FormerEmployment && r.IsInForce);

        // An expert moved out of the pool is out of the lists and signs in no more.
        var item = (await admin.GetFromJsonAsync<PagedResult<ExpertListItem>>($"/api/experts?pageSize=200", Json.Options))!.Items.Single(e => e.Id == linkedExpert);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/experts/{linkedExpert}/close", new CloseOrganizationRequest(item.Revision, "本人申请退出"), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expertUser.GetAsync("/api/auth/me")).StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<PagedResult<ExpertListItem>>("/api/experts?pageSize=200", Json.Options))!.Items, e => e.Id == linkedExpert);
    }
}
