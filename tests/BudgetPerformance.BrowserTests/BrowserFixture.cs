using BudgetPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>
/// The platform on a real Kestrel port over SQLite with the demo county, and Debian's Chromium driven by Playwright
/// (Playwright cannot download its own browser here). CHROMIUM_PATH overrides the browser location.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private PlatformFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;
    public PlatformFactory Platform => _factory ?? throw new InvalidOperationException("平台未启动。");
    public string BaseUrl { get; private set; } = string.Empty;

    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        _factory = new PlatformFactory(await TestDatabase.CreateAsync(TestDatabase.Sqlite));
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        // CI runs the browser beside the other test projects on two cores: give the page time.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Skips locally without Chromium; in CI a missing browser is a failure.</summary>
    public void RequireBrowser()
    {
        if (ChromiumPath is not null)
        {
            return;
        }

        const string message = "未找到 Chromium（/usr/bin/chromium），浏览器测试已跳过；apt-get install chromium 后即可运行。";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI 中浏览器测试必须运行：" + message);
        }

        Assert.Skip(message);
    }

    /// <summary>Waits until the circuit runs the page: clicks on a page that is only prerendered would be lost.</summary>
    public static Task InteractiveAsync(IPage page) => page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 30_000 });

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
