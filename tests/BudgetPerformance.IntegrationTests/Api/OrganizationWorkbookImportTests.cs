using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPerformance.Application.Organizations.Workbooks;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>
/// A bureau onboards from its 单位库 workbook, kept the way bureaus keep it: a title and a 填报单位 line above the
/// header, remarks in headers, no 单位类型 column, a 主管部门 name merged down over its units, a unit found only by its
/// code prefix, blank sectors, a 合计 row and a 填表说明 block. The preview says what would change and changes nothing;
/// the import applies it all or nothing; an export imports back as “nothing changed”.
/// </summary>
public sealed class OrganizationWorkbookImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private sealed record Demo(long School, string SchoolName, string SchoolCode, long Health, string HealthName, long Hospital, string HospitalCode, string HospitalName, string ExpertCode, string ExpertName);

    private static Task<Demo> DemoAsync(PlatformFactory app) => app.WithDbAsync(async db =>
    {
        var school = await db.Organizations.SingleAsync(o => o.Id == db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).Single());
        var health = await db.Organizations.SingleAsync(o => o.Id == db.Users.Where(u => u.UserName == "wjw").Select(u => u.OrganizationId).Single());
        var hospital = await db.Organizations.SingleAsync(o => o.Id == db.Users.Where(u => u.UserName == "rmyy").Select(u => u.OrganizationId).Single());
        var expert = await db.Experts.OrderBy(e => e.Code).FirstAsync();
        return new Demo(school.Id, school.Name, school.Code, health.Id, health.Name, hospital.Id, hospital.Code, hospital.Name, expert.Code, expert.Name);
    });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, bool apply)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "单位库.xlsx");
        return await client.PostAsync($"/api/organizations/import?apply={(apply ? "true" : "false")}", content);
    }

    private static async Task<ImportOrganizationsResult> ResultAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ImportOrganizationsResult>(body, Json.Options)!;
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [problem.GetProperty("detail").GetString()!];
    }

    /// <summary>The register as a bureau's staff keep it in Excel.</summary>
    private static HandBuiltWorkbook RealRegister(Demo demo)
    {
        var book = new HandBuiltWorkbook();
        book.AddSheet("2026年单位信息表")
            .Text("A1", "演示县2026年预算单位基本信息表").Merge("A1:H1")
            .Text("A2", "填报单位：县财政局（盖章）").Text("F2", "填报日期：2026年11月")
            .Text("A3", "序号").Text("B3", "单位编码（必填）").Text("C3", "单 位 名 称").Text("D3", "主管部门").Text("E3", "行业").Text("F3", "联系人").Text("G3", "联系电话").Text("H3", "状态")
            .Number("A4", "1").Text("B4", "990121501").Text("C4", "县乡村振兴服务中心").Text("E4", "农业类").Text("F4", "刘一").Text("G4", "0564-7654321")
            .Number("A5", "2").Text("B5", "990121501001").Text("C5", "县乡村振兴服务中心本级").Text("D5", "县乡村振兴服务中心").Merge("D5:D6")
            .Number("A6", "3").Text("B6", "990121501002").Text("C6", "县农村经济服务站").Text("H6", "正常")
            .Number("A7", "4").Text("B7", "990121501003").Text("C7", "县乡村振兴培训学校")
            .Number("A8", "5").Text("B8", demo.SchoolCode).Text("C8", demo.SchoolName + "（县实验学校）").Text("D8", demo.HealthName)
            .Number("A9", "6").Text("B9", demo.HospitalCode).Text("C9", demo.HospitalName).Text("D9", demo.HealthName).Text("H9", "已撤销")
            .Text("C10", "合计").Number("D10", "6")
            .Text("B11", "990121509").Text("C11", "县老干部活动中心").Text("H11", "撤销")
            .Text("A12", "填表说明：1. 单位编码按预算管理一体化系统填写；2. 已撤销的单位在状态栏填“撤销”。");
        book.AddSheet("专家")
            .Text("A1", "专家编号").Text("B1", "姓名").Text("C1", "专业").Text("D1", "职称").Text("E1", "工作单位").Text("F1", "联系电话")
            .Text("B2", "马晓梅").Text("C2", "教育类").Text("D2", "高级教师").Text("E2", demo.SchoolName).Text("F2", "13800000001")
            .Text("A3", demo.ExpertCode).Text("B3", demo.ExpertName).Text("C3", "教育").Text("D3", "正高级会计师");
        return book;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARegisterKeptByHand_IsPreviewedThenImported_AndItsExportImportsBackUnchanged(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var hospitalStaff = await app.SignedInClientAsync("rmyy");
        var demo = await DemoAsync(app);
        var bytes = RealRegister(demo).ToStream().ToArray();
        var organizationsBefore = await app.WithDbAsync(db => db.Organizations.CountAsync());

        var preview = await ResultAsync(await UploadAsync(admin, bytes, apply: false));

        Assert.False(preview.Applied);
        Assert.Equal(4, preview.Created);
        Assert.Equal(2, preview.Changed);
        Assert.Equal(1, preview.ExpertsCreated);
        Assert.Equal(1, preview.ExpertsChanged);
        var school = preview.Changes.Single(c => c.Code == demo.SchoolCode);
        Assert.Equal("更名、划转", school.Change);
        Assert.Contains(demo.HealthName, school.Detail);
        Assert.Equal("撤销", preview.Changes.Single(c => c.Code == demo.HospitalCode).Change);
        Assert.Contains(preview.Notes, n => n.Contains("第 10 行是表头或合计行", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.Contains("第 12 行起是说明文字", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.Contains("按单位编码前缀推断主管部门", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.Contains("按主管部门的行业领域读取", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.Contains("已关联", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.Contains("1 行是平台中没有的已撤销单位，未导入", StringComparison.Ordinal));
        Assert.Equal(organizationsBefore, await app.WithDbAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(demo.SchoolName, await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == demo.School).Select(o => o.Name).SingleAsync()));

        var applied = await ResultAsync(await UploadAsync(admin, bytes, apply: true));

        Assert.True(applied.Applied);
        var state = await app.WithDbAsync(async db => new
        {
            Orgs = await db.Organizations.Where(o => o.Code.StartsWith("990121501")).ToDictionaryAsync(o => o.Code),
            School = await db.Organizations.SingleAsync(o => o.Id == demo.School),
            Hospital = await db.Organizations.SingleAsync(o => o.Id == demo.Hospital),
            HospitalUser = await db.Users.SingleAsync(u => u.UserName == "rmyy"),
            Newcomer = await db.Experts.SingleAsync(e => e.Name == "马晓梅"),
            Changed = await db.Experts.SingleAsync(e => e.Code == demo.ExpertCode),
        });
        var centre = state.Orgs["990121501"];
        Assert.Equal(OrganizationKind.Department, centre.Kind);
        Assert.Equal(Sector.Agriculture, centre.Sector);
        Assert.Equal("0564-7654321", centre.ContactPhone);
        Assert.All(new[] { "990121501001", "990121501002", "990121501003" }, code =>
        {
            Assert.Equal(OrganizationKind.BudgetUnit, state.Orgs[code].Kind);
            Assert.Equal(centre.Id, state.Orgs[code].ParentId);
            Assert.Equal(Sector.Agriculture, state.Orgs[code].Sector);
        });
        Assert.Equal(demo.SchoolName + "（县实验学校）", state.School.Name);
        Assert.Equal(demo.Health, state.School.ParentId);
        Assert.True(state.Hospital.IsClosed);
        Assert.False(state.HospitalUser.IsActive);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hospitalStaff.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(demo.School, state.Newcomer.EmployerOrganizationId);
        Assert.Equal(Sector.Education, state.Newcomer.Specialty);
        Assert.Equal("正高级会计师", state.Changed.Title);
        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action.StartsWith("导入单位库：")).Select(r => r.EntityType).Distinct().ToListAsync());
        Assert.Contains("Organization", audit);
        Assert.Contains("User", audit);

        // The export is the import's own layout: unedited, it changes nothing.
        var export = await admin.GetAsync("/api/organizations/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var again = await ResultAsync(await UploadAsync(admin, await export.Content.ReadAsByteArrayAsync(), apply: true));
        Assert.Empty(again.Changes);
        Assert.False(again.Applied);
        Assert.True(again.Unchanged > 100);
        Assert.True(again.ExpertsUnchanged > 20);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task WhatNobodyCouldRead_IsNamedByCell_EveryProblemAtOnce_AndNothingChanges(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var demo = await DemoAsync(app);
        var book = new HandBuiltWorkbook();
        book.AddSheet("单位")
            .Text("A1", "单位编码").Text("B1", "单位名称").Text("C1", "单位类型").Text("D1", "上级单位").Text("E1", "行业领域")
            .Text("A2", "990121601").Text("B2", "县航天局").Text("C2", "一级").Text("E2", "航天")
            .Text("A3", "990121602").Text("B3", "县某中心").Text("C3", "第四级")
            .Text("A4", "990121603").Text("B4", "县某站").Text("C4", "二级").Text("D4", "不存在的局").Text("E4", "教育")
            .Text("A5", "990121603").Text("B5", "县另一站").Text("C5", "二级").Text("D5", demo.HealthName)
            .Text("A6", "").Text("B6", "没有编码的单位")
            .Text("A7", demo.SchoolCode).Text("B7", demo.SchoolName).Text("C7", "一级")
            .Text("A8", "990121604").Text("B8", "县好单位").Text("C8", "主管部门").Text("E8", "教育")
            .Formula("F8", "CONCATENATE(A8,B8)").Text("F1", "备注").Text("G1", "联系人")
            .Text("A9", "990121605").Text("B9", "县甲站").Text("C9", "二级").Text("D9", "县乙站").Text("E9", "教育")
            .Text("A10", "990121606").Text("B10", "县乙站").Text("C10", "二级").Text("D10", "县甲站").Text("E10", "教育")
            .Text("A11", "990121607").Text("B11", "县丙中心").Text("C11", "主管部门").Text("E11", "教育").Text("G11", new string('长', 60));
        var before = await app.WithDbAsync(db => db.Organizations.CountAsync());

        var preview = await ErrorsAsync(await UploadAsync(admin, book.ToStream().ToArray(), apply: false));
        var applied = await ErrorsAsync(await UploadAsync(admin, book.ToStream().ToArray(), apply: true));

        Assert.Equal(preview, applied);
        Assert.Contains(preview, e => e.Contains("第 2 行（单元格 E2）", StringComparison.Ordinal) && e.Contains("行业领域“航天”无法识别", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 3 行（单元格 C3）", StringComparison.Ordinal) && e.Contains("单位类型“第四级”无法识别", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 4 行（单元格 D4）", StringComparison.Ordinal) && e.Contains("“不存在的局”在工作簿和单位库中都找不到", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 5 行（单元格 A5）", StringComparison.Ordinal) && e.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 6 行（单元格 A6）", StringComparison.Ordinal) && e.Contains("单位编码为空", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 7 行", StringComparison.Ordinal) && e.Contains("不能通过导入改为主管部门", StringComparison.Ordinal));
        Assert.DoesNotContain(preview, e => e.Contains("第 8 行", StringComparison.Ordinal) && !e.Contains("公式", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 9 行（单元格 D9）", StringComparison.Ordinal) && e.Contains("不是主管部门", StringComparison.Ordinal));
        Assert.Contains(preview, e => e.Contains("第 11 行（单元格 G11）", StringComparison.Ordinal) && e.Contains("联系人超过 50 个字", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.Code == "990121604")));
        var refused = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "导入单位库被拒绝").CountAsync());
        Assert.Equal(2, refused);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheRegisterImport_GoesThroughTheUploadGuard_AndOnlyTheAdministratorReachesIt(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        using var reviewer = await app.SignedInClientAsync("jxk");
        var demo = await DemoAsync(app);
        var book = RealRegister(demo);
        var sheet = book.AddSheet("合并");
        sheet.Text("A1", "单位编码").Text("B1", "单位名称");
        for (var row = 1; row <= 3000; row++)
        {
            sheet.Merge($"A{2 + row}:XFD1048576");
        }

        var merges = await ErrorsAsync(await UploadAsync(admin, book.ToStream().ToArray(), apply: true));
        var byReviewer = await UploadAsync(reviewer, RealRegister(demo).ToStream().ToArray(), apply: true);
        var notAWorkbook = await ErrorsAsync(await UploadAsync(admin, "单位编码,单位名称\n1,县某局\n"u8.ToArray(), apply: true));

        Assert.Contains(merges, e => e.Contains("合并单元格", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Contains(notAWorkbook, e => e.Contains("不是有效的 Excel 工作簿", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.Code.StartsWith("990121501"))));
    }
}
