using BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>
/// 单位库: the finance administrator creates a department by hand, previews and imports a register workbook that
/// adds its units, and closes one of them — as they click it.
/// </summary>
public sealed class OrganizationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_CreatesADepartment_ImportsItsUnitsFromAWorkbook_AndClosesOne()
    {
        fixture.RequireBrowser();
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await Journey.SignInAsync(context, "czadmin");

        await page.GetByRole(AriaRole.Link, new() { Name = "单位库与专家库" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "单位库与专家库" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);

        // By hand: a new department.
        await page.GetByRole(AriaRole.Button, new() { Name = "新建单位" }).ClickAsync();
        var editor = page.GetByTestId("org-editor");
        await editor.GetByLabel("单位编码").FillAsync("990121701");
        await editor.GetByLabel("单位名称").FillAsync("演示县数据资源管理局");
        await Journey.ChooseAsync(page, "行业领域", "一般公共服务");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("org-message")).ToContainTextAsync("已新建“演示县数据资源管理局”");

        // From a workbook kept by hand: two units under it, one found only by its code.
        await page.GetByRole(AriaRole.Tab, new() { Name = "导入与导出" }).ClickAsync();
        var book = new HandBuiltWorkbook();
        book.AddSheet("单位信息")
            .Text("A1", "演示县预算单位信息表").Merge("A1:D1")
            .Text("A2", "单位编码（必填）").Text("B2", "单位名称").Text("C2", "主管部门").Text("D2", "行业")
            .Text("A3", "990121701001").Text("B3", "演示县大数据中心").Text("C3", "演示县数据资源管理局")
            .Text("A4", "990121701002").Text("B4", "演示县信息中心")
            .Text("B5", "合计").Text("C5", "2");
        var result = page.GetByTestId("register-result");
        await Journey.UploadAsync(page, new FilePayload
        {
            Name = "单位库.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = book.ToStream().ToArray(),
        }, result.Or(page.GetByTestId("register-errors")));
        await Assertions.Expect(result).ToContainTextAsync("预览（尚未修改任何数据）");
        await Assertions.Expect(result).ToContainTextAsync("新增单位 2 个");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "演示县信息中心" })).ToContainTextAsync("新增");
        await Assertions.Expect(page.GetByText("按单位编码前缀推断主管部门")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Assertions.Expect(result).ToContainTextAsync("已导入");

        // Back in the register: close the information centre.
        await page.GetByRole(AriaRole.Tab, new() { Name = "单位", Exact = true }).ClickAsync();
        await page.GetByLabel("名称或编码").FillAsync("信息中心");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "990121701002" });
        await Assertions.Expect(row).ToContainTextAsync("演示县数据资源管理局");
        await row.GetByRole(AriaRole.Button, new() { Name = "撤销" }).ClickAsync();
        await page.GetByTestId("org-editor").GetByLabel("撤销原因").FillAsync("并入大数据中心");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认撤销" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("org-message")).ToContainTextAsync("已撤销“演示县信息中心”");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "990121701002" })).ToHaveCountAsync(0);
        await Shots.TakeAsync(page, "organization-register");
    }
}
