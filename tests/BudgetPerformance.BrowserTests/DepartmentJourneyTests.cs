using System.Text.RegularExpressions;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>Whole journeys as a person clicks them, in a real browser.</summary>
public sealed class DepartmentJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DepartmentUser_LogsIn_SeesDashboard_FindsAProjectByName_AndOpensIt()
    {
        fixture.RequireBrowser();
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByLabel("用户名").FillAsync("jytj");
        await page.GetByLabel("密码").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "预算概览：临河县教育体育局" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("资金规模前")).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        await Shots.TakeAsync(page, "dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "项目库" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "项目库" })).ToBeVisibleAsync();
        await page.GetByLabel("项目名称或编码").FillAsync("学生营养改善计划");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "2026年义务教育阶段学生营养改善计划", Exact = true });
        await Assertions.Expect(link).ToBeVisibleAsync();
        // The list narrows to matching projects once the search has run.
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasNotText = "学生营养改善计划" })).ToHaveCountAsync(0);
        await Shots.TakeAsync(page, "project-list");
        await link.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/projects/\\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2026年义务教育阶段学生营养改善计划" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("当年财政拨款")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("临河县教育体育局").First).ToBeVisibleAsync();
        await Shots.TakeAsync(page, "project-detail");
    }

    [Fact]
    public async Task WrongPassword_ShowsAChineseMessage_AndStaysOnLogin()
    {
        fixture.RequireBrowser();
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("jxk");
        await page.GetByLabel("密码").FillAsync("Wrong#password1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码错误");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
    }
}
