using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>With BP_SCREENSHOTS set to a folder, keeps a picture of a step for a person to look at.</summary>
public static class Shots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("BP_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        }
    }
}
