using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>
/// The published build (<c>dotnet publish</c> output) running in the Production environment, as an operator starts
/// it: styled, interactive, signed in and out. Runs when BP_PUBLISHED_URL names it (the CI script starts it, see
/// .ci/run); skipped otherwise.
/// </summary>
public sealed class PublishedBuildTests
{
    private static string? BaseUrl => Environment.GetEnvironmentVariable("BP_PUBLISHED_URL") is { Length: > 0 } url ? url.TrimEnd('/') : null;

    [Fact]
    public async Task TheProductionBuild_IsStyledAndInteractive_ForAUnitAndTheAdministrator()
    {
        if (BaseUrl is null || BrowserFixture.ChromiumPath is null)
        {
            Assert.Skip("未设置 BP_PUBLISHED_URL（已发布并以 Production 运行的平台地址），跳过。");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
        });
        Assertions.SetDefaultExpectTimeout(20_000);
        await using var context = await browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 768 } });

        var page = await Journey.SignInAsync(context, "yizhong");
        // Styled: MudBlazor's stylesheet is served from the published static web assets.
        var bar = await page.Locator(".mud-appbar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(29, 79, 145)", bar);
        await page.GetByRole(AriaRole.Link, new() { Name = "目标申报与审核" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "绩效目标", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        var first = page.Locator("table a[href^='/targets/']").First;
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name + " 绩效目标" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();

        var admin = await Journey.SignInAsync(context, "czadmin");
        await admin.GotoAsync("/admin/users");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "用户与角色" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(admin);
        await Assertions.Expect(admin.GetByText("yizhong", new() { Exact = true })).ToBeVisibleAsync();
        var docs = await admin.APIRequest.GetAsync("/openapi/v1.json");
        Assert.Equal(200, docs.Status);
        var anonymous = await playwright.APIRequest.NewContextAsync(new() { BaseURL = BaseUrl });
        Assert.Equal(401, (await anonymous.GetAsync("/openapi/v1.json")).Status);
        Assert.Matches(new Regex("Healthy"), await (await anonymous.GetAsync("/health")).TextAsync());
    }
}
