using System.Text.RegularExpressions;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>规则方案: the county's administrator derives its own pack, revises one setting in the editor and compares the versions.</summary>
public sealed class RulePackJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_DerivesACountyPack_RevisesASetting_AndSeesTheDiff()
    {
        fixture.RequireBrowser();
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("czadmin");
        await page.GetByLabel("密码").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^预算概览") })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "规则方案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "规则方案", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        var atushi = page.GetByTestId("pack-atushi-2018");
        await Assertions.Expect(atushi.GetByText("平台内置", new() { Exact = true })).ToBeVisibleAsync();
        // A shipped pack is not revised by a county: there is no revise button on it, only 派生.
        await Assertions.Expect(atushi.GetByTestId("revise-atushi-2018-TargetReview")).ToHaveCountAsync(0);

        await atushi.GetByTestId("derive-atushi-2018").ClickAsync();
        await atushi.GetByLabel("新方案编码（字母、数字、-）").FillAsync("linhe");
        await atushi.GetByLabel("新方案名称").FillAsync("临河县规则方案");
        await atushi.GetByRole(AriaRole.Button, new() { Name = "派生", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-pack-message")).ToContainTextAsync("已派生“临河县规则方案（第 1 版）”");

        var linhe = page.GetByTestId("pack-linhe");
        await Assertions.Expect(linhe.GetByText("临河县维护", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(linhe.GetByTestId("section-linhe-TargetReview")).ToContainTextAsync("继承自“阿图什市（种子规则）（第 1 版）”");
        await linhe.GetByTestId("revise-linhe-TargetReview").ClickAsync();
        var editor = linhe.GetByTestId("section-editor");
        await editor.GetByLabel("三级指标个数下限（个）").FillAsync("9");
        await editor.GetByTestId("save-section").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("section-errors")).ToContainTextAsync("修订说明");
        await editor.GetByLabel("修订说明（必填）").FillAsync("本县项目普遍较大，三级指标不少于 9 个");
        await editor.GetByTestId("save-section").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-pack-message")).ToContainTextAsync("已保存为“临河县规则方案（第 2 版）”");
        await Assertions.Expect(linhe.GetByTestId("section-linhe-TargetReview")).ToContainTextAsync("本方案");

        await linhe.GetByText("版本历史（2 个版本）").ClickAsync();
        await linhe.GetByRole(AriaRole.Checkbox).Nth(0).CheckAsync();
        await linhe.GetByRole(AriaRole.Checkbox).Nth(1).CheckAsync();
        var diff = linhe.GetByTestId("pack-diff");
        await Assertions.Expect(diff).ToContainTextAsync("三级指标个数下限");
        await Assertions.Expect(diff).ToContainTextAsync("7 个");
        await Assertions.Expect(diff).ToContainTextAsync("9 个");
        await Shots.TakeAsync(page, "rule-packs");
    }
}
