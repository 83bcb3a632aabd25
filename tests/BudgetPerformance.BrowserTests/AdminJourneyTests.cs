using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>
/// 用户与审计: the finance administrator resets a user's password and changes another's roles, then finds the change
/// in the audit log by date and action and exports what the filter shows.
/// </summary>
public sealed class AdminJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_ResetsAPassword_ChangesRoles_AndFindsAndExportsTheChangeInTheAuditLog()
    {
        fixture.RequireBrowser();
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true });
        var page = await Journey.SignInAsync(context, "czadmin");

        await page.GetByRole(AriaRole.Link, new() { Name = "用户与角色" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "用户与角色" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);

        // Reset 赵强's (rmyy) password.
        await SearchAsync(page, "rmyy");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "rmyy" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        var editor = page.GetByTestId("user-editor");
        await editor.GetByLabel("新密码").FillAsync("Hospital#Reset27");
        await editor.GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-message")).ToContainTextAsync("已重置用户“rmyy”的密码");

        // 王海涛 (jytj) keeps only the 预算单位 role.
        await SearchAsync(page, "jytj");
        row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "jytj" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await Assertions.Expect(editor).ToContainTextAsync("jytj");
        await editor.GetByLabel("角色", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "主管部门" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存角色和单位" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-message")).ToContainTextAsync("已修改用户“jytj”的角色和单位");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "jytj" })).Not.ToContainTextAsync("主管部门、预算单位");

        // The new password works, in another browser.
        await using (var other = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" }))
        {
            var hospital = await other.NewPageAsync();
            await hospital.GotoAsync("/login");
            await hospital.GetByLabel("用户名").FillAsync("rmyy");
            await hospital.GetByLabel("密码").FillAsync("Hospital#Reset27");
            await hospital.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(hospital.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^预算概览") })).ToBeVisibleAsync();
        }

        // The audit log: today (北京时间) and the action.
        await page.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "审计日志" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("起始日期").FillAsync(today);
        await page.GetByLabel("起始日期").PressAsync("Enter");
        await page.GetByLabel("动作（如 提交、财政审核）").FillAsync("重置密码");
        await page.GetByLabel("动作（如 提交、财政审核）").PressAsync("Enter");
        var record = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "重置密码：rmyy" });
        await Assertions.Expect(record).ToHaveCountAsync(1);
        await Assertions.Expect(record).ToContainTextAsync("czadmin");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "修改角色和单位：jytj" })).ToHaveCountAsync(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"bp-audit-export-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            using var strings = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")?.Open() ?? zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
            var text = await strings.ReadToEndAsync();
            Assert.Contains("重置密码：rmyy", text);
            Assert.DoesNotContain("修改角色和单位：jytj", text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Types a search and waits until the table shows its result (the search commits on Enter or after a pause).</summary>
    private static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByLabel("用户名、姓名或单位").FillAsync(text);
        await page.GetByLabel("用户名、姓名或单位").PressAsync("Enter");
        await Assertions.Expect(page.GetByText("共 1 条")).ToBeVisibleAsync();
    }
}
