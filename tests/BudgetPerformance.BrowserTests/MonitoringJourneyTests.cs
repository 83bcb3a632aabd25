using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>
/// 运行监控 in a real browser: August's execution data make one of the school's projects red; finance opens the 1—8月
/// round; the school fills the 监控表 of its red project and chooses a disposal; finance sees it in the red list, and the
/// dashboard's disposal counts change.
/// </summary>
public sealed class MonitoringJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FinanceOpensARound_TheUnitFillsItsRedProjectAndDisposes_FinanceSeesItInTheRedListAndTheDashboard()
    {
        fixture.RequireBrowser();
        var (red, steady) = await fixture.Platform.WithDbAsync(async db =>
        {
            var school = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
            var year = DateTime.UtcNow.Year;
            var targets = await db.PerformanceTargets.AsNoTracking().Where(t => t.SubjectKind == TargetSubjectKind.Project && t.FiscalYear == year && t.OwnerUnitId == school).ToListAsync();
            var library = await db.Projects.AsNoTracking().Where(p => p.FiscalYear == year && p.LibraryStatus == ProjectLibraryStatus.InLibrary && p.AdjustedTotalFen > 0)
                .OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.Name, p.AdjustedTotalFen, p.OwnerUnitId }).ToListAsync();
            // The school's project whose target has the fewest rows.
            var chosen = targets.Where(t => t.Indicators.Count > 0 && library.Any(p => p.Id == t.SubjectId)).OrderBy(t => t.Indicators.Count).First();
            return (library.Single(p => p.Id == chosen.SubjectId), library.First(p => p.OwnerUnitId != school));
        });

        // August's delivery from the 一体化 system: the school's project has spent 15% (red), another 60% (on track).
        using (var admin = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(fixture.BaseUrl) })
        using (var content = new MultipartFormDataContent())
        {
            (await admin.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { userName = "czadmin", password = Infrastructure.DemoData.DemoDataGenerator.DemoPassword }))).EnsureSuccessStatusCode();
            var csv = $"项目编码,月份,累计执行数（元）\n{red.Code},8,{red.AdjustedTotalFen * 15 / 100 / 100.0}\n{steady.Code},8,{steady.AdjustedTotalFen * 60 / 100 / 100.0}\n";
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "file", "8月执行.csv");
            (await admin.PostAsync($"/api/monitoring/executions/import?year={DateTime.UtcNow.Year}", content)).EnsureSuccessStatusCode();
        }

        await using var financeContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" });
        var finance = await Journey.SignInAsync(financeContext, "jxk");

        // Finance computes August's warnings on the dashboard: one red project, one disposal pending, none chosen.
        await finance.GetByRole(AriaRole.Link, new() { Name = "监控概览" }).ClickAsync();
        await Assertions.Expect(finance.GetByRole(AriaRole.Heading, new() { Name = "绩效运行监控" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(finance);
        await finance.GetByTestId("run-warnings").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("run-message")).ToContainTextAsync("红灯 1 个");
        await Assertions.Expect(Stat(finance, "待处置")).ToHaveTextAsync("1");
        await Assertions.Expect(Stat(finance, "已处置")).ToHaveTextAsync("0");
        await Assertions.Expect(finance.GetByTestId("chart-departments").Locator("svg rect")).Not.ToHaveCountAsync(0);
        await Shots.TakeAsync(finance, "monitoring-dashboard");

        // Finance opens the 1—8月 round for all projects.
        await finance.GetByRole(AriaRole.Link, new() { Name = "监控轮次与监控表" }).First.ClickAsync();
        await Assertions.Expect(finance.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^监控轮次与项目支出绩效目标执行监控表") })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(finance);
        await finance.GetByTestId("open-round-button").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("rounds-message")).ToContainTextAsync("1—8月绩效运行监控");
        await Assertions.Expect(finance.GetByTestId("rounds")).ToContainTextAsync("进行中");

        // The school fills the 监控表 of its red project.
        await using var schoolContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" });
        var school = await Journey.SignInAsync(schoolContext, "yizhong");
        await school.GetByRole(AriaRole.Link, new() { Name = "监控轮次与监控表" }).First.ClickAsync();
        await BrowserFixture.InteractiveAsync(school);
        await school.GetByTestId("forms").GetByRole(AriaRole.Link, new() { Name = red.Name, Exact = true }).ClickAsync();
        await Assertions.Expect(school.GetByRole(AriaRole.Heading, new() { Name = "项目支出绩效目标执行监控表" })).ToBeVisibleAsync();
        await BrowserFixture.InteractiveAsync(school);
        await Assertions.Expect(school.GetByTestId("form-light")).ToHaveTextAsync("红灯");

        await school.GetByTestId("forecast").FillAsync(Math.Round(red.AdjustedTotalFen / 1_000_000m * 0.9m, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await school.GetByTestId("execution-note").FillAsync("设备采购招标延后至 8 月，合同已签订，9 月起按合同支付。");
        var rows = school.GetByTestId("indicator-rows").Locator("tbody tr");
        var count = await rows.CountAsync();
        for (var n = 0; n < count; n++)
        {
            var row = rows.Nth(n);
            if (await row.GetByLabel("完成情况", new() { Exact = true }).CountAsync() == 1)
            {
                // A qualitative row: 达成 / 部分达成 / 未达成.
                await ChooseInRowAsync(school, row, "完成情况", "部分达成");
            }
            else
            {
                await row.GetByPlaceholder("完成值").FillAsync("1");
            }

            await ChooseInRowAsync(school, row, "可能性", "有可能");
            await Assertions.Expect(row).ToContainTextAsync("有可能");
            await row.GetByText("经费保障", new() { Exact = true }).ClickAsync();
            await row.GetByPlaceholder("改进措施").FillAsync("按月调度，四季度完成。");
        }

        await Shots.TakeAsync(school, "monitoring-form");
        await school.GetByTestId("submit-form").ClickAsync();
        await Assertions.Expect(school.GetByTestId("form-message")).ToContainTextAsync("监控表已提交");
        await Assertions.Expect(school.GetByTestId("form-status")).ToHaveTextAsync("待主管部门审核");

        // … and chooses its disposal: 继续执行, with measures and a new schedule.
        await Assertions.Expect(school.GetByTestId("disposal")).ToContainTextAsync("待处置");
        await school.GetByLabel("整改措施").FillAsync("合同签订后即支付预付款，按月调度支付进度。");
        await school.GetByLabel("新的执行进度安排").FillAsync("9 月底累计支付 60%，10 月底完成验收付款。");
        await school.GetByTestId("dispose").ClickAsync();
        await Assertions.Expect(school.GetByTestId("form-message")).ToContainTextAsync("已选择“继续执行”");

        // Finance sees it in the red list, and on the dashboard the disposal has moved from pending to chosen.
        await finance.GotoAsync("/monitoring/lists?month=8");
        await BrowserFixture.InteractiveAsync(finance);
        var line = finance.GetByTestId("red-list").Locator("tbody tr").Filter(new() { HasText = red.Code });
        await Assertions.Expect(line).ToContainTextAsync("已处置（继续执行）");
        await Shots.TakeAsync(finance, "monitoring-red-list");
        await finance.GotoAsync("/monitoring");
        await BrowserFixture.InteractiveAsync(finance);
        await Assertions.Expect(Stat(finance, "已处置")).ToHaveTextAsync("1");
        await Assertions.Expect(Stat(finance, "待处置")).ToHaveTextAsync("0");
        await Assertions.Expect(Stat(finance, "本期监控表已提交")).ToHaveTextAsync("1");
    }

    /// <summary>A MudSelect of one table row, chosen as <see cref="Journey.ChooseAsync"/> does (again if a click was lost).</summary>
    private static async Task ChooseInRowAsync(IPage page, ILocator row, string label, string option)
    {
        var select = row.GetByLabel(label, new() { Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
            try
            {
                await Assertions.Expect(row).ToContainTextAsync(option, new() { Timeout = 5_000 });
                return;
            }
            catch (Exception exception) when (attempt < 3 && exception is TimeoutException or PlaywrightException)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    private static ILocator Stat(IPage page, string title) =>
        page.Locator(".stat-card").Filter(new() { Has = page.GetByText(title, new() { Exact = true }) }).Locator(".value");
}
