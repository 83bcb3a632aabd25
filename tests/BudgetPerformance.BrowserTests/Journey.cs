using System.Text.RegularExpressions;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>The steps every journey takes as a person would: sign in, open a target from the queue, pick from a select.</summary>
public static class Journey
{
    public static async Task<IPage> SignInAsync(IBrowserContext context, string user)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^预算概览") })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        return page;
    }

    /// <summary>Opens a target from the user's queue (待我处理).</summary>
    public static async Task OpenFromQueueAsync(IPage page, string subjectName)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "目标申报与审核" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "绩效目标", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = subjectName, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = subjectName + " 绩效目标" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(page);
    }

    /// <summary>
    /// Uploads a file through the page's file input and waits for <paramref name="outcome"/>: on a loaded machine the
    /// first selection can be lost before the circuit's file input is ready, so the file is chosen again (at most three
    /// times) rather than the journey failing — as a user would choose it again.
    /// </summary>
    public static async Task UploadAsync(IPage page, FilePayload file, ILocator outcome)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(file);
            try
            {
                await outcome.First.WaitForAsync(new() { Timeout = 15_000 });
                return;
            }
            catch (Exception exception) when (attempt < 3 && exception is TimeoutException or PlaywrightException)
            {
            }
        }
    }

    /// <summary>
    /// Chooses an option of a MudSelect by its label, and waits until the select shows it: on a loaded machine a click
    /// can land while the list is still opening, so the choice is made again (at most three times) rather than lost.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        var select = page.GetByLabel(label, new() { Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
            try
            {
                await Assertions.Expect(select).ToContainTextAsync(option, new() { Timeout = 5_000 });
                return;
            }
            catch (Exception exception) when (attempt < 3 && exception is TimeoutException or PlaywrightException)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }
}
