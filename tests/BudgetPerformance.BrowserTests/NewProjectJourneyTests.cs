using System.Text.RegularExpressions;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>
/// 新增项目申报 by import: a unit uploads a 申报表 in a county's own layout naming a project not in the library,
/// confirms the proposal, sees how each cell was read (the assumed operators), fixes one and submits; the department
/// passes it; finance cannot submit its review until every grade is chosen, and the passed proposal enters the library.
/// The editor is used on a 1366×768 screen and shows every column without sideways scrolling.
/// </summary>
public sealed class NewProjectJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string ProjectName = "智慧课堂建设（新增）";

    [Fact]
    public async Task Unit_ImportsANewProject_ConfirmsTheProposal_FixesAnAssumedOperator_AndFinanceGradesIt()
    {
        fixture.RequireBrowser();
        var school = await fixture.Platform.WithDbAsync(db => (
            from u in db.Users
            join o in db.Organizations on u.OrganizationId equals o.Id
            where u.UserName == "yizhong"
            select o.Name).SingleAsync());
        var book = new HandBuiltWorkbook();
        RealTableSheets.SplitColumns(book, "智慧课堂", string.Empty, ProjectName, school, year: 2027);
        var bytes = book.ToStream().ToArray();

        await using (var unitContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 768 } }))
        {
            var page = await Journey.SignInAsync(unitContext, "yizhong");
            await page.GetByRole(AriaRole.Link, new() { Name = "导入申报表" }).ClickAsync();
            await BrowserFixture.InteractiveAsync(page);
            await Journey.UploadAsync(page, new FilePayload
            {
                Name = "智慧课堂申报表.xlsx",
                MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Buffer = bytes,
            }, page.GetByTestId("import-confirm").Or(page.GetByTestId("import-error")));

            // Not in the library: asked once for the whole workbook, in the user's own unit.
            var confirm = page.GetByTestId("import-confirm");
            await Assertions.Expect(confirm).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("import-error")).ToContainTextAsync(school);
            await Assertions.Expect(page.GetByText(ProjectName).First).ToBeVisibleAsync();
            await Shots.TakeAsync(page, "import-new-project-confirm");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "确认创建新增项目申报并导入" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-success")).ToContainTextAsync("新增项目申报 1 个");

            await page.GetByRole(AriaRole.Link, new() { Name = ProjectName }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = ProjectName + " 绩效目标" })).ToBeVisibleAsync();
            await BrowserFixture.InteractiveAsync(page);
            await Assertions.Expect(page.GetByTestId("proposal-chip")).ToContainTextAsync("待审核（未入库）");

            // How each cell was read: the bare “100%” with the sign the platform assumed, the month, the split columns.
            var table = page.GetByTestId("indicator-table");
            await Assertions.Expect(table).ToContainTextAsync("已按时效指标默认“≥”读作“≥100%”");
            await Assertions.Expect(table).ToContainTextAsync("R03");
            await Assertions.Expect(table).ToContainTextAsync("R04");

            // 1366×768: every column of the editor is on screen, no sideways scrolling.
            foreach (var header in new[] { "二级指标", "三级指标", "指标值", "分值", "指标值来源", "评分标准" })
            {
                await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = header, Exact = true })).ToBeInViewportAsync();
            }

            var overflow = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");
            Assert.True(overflow <= 0, $"编辑器在 1366×768 下出现横向滚动（超出 {overflow} 像素）");
            var gridOverflow = await table.EvaluateAsync<int>("t => t.scrollWidth - t.clientWidth");
            Assert.True(gridOverflow <= 0, $"指标表格超出其容器 {gridOverflow} 像素");
            await Shots.TakeAsync(page, "editor-1366x768");

            // Fix the assumed operator by writing it; the note goes away before anything is saved.
            var values = page.GetByLabel("指标值", new() { Exact = true });
            var count = await values.CountAsync();
            var fixedOne = false;
            for (var i = 0; i < count && !fixedOne; i++)
            {
                if (await values.Nth(i).InputValueAsync() is "100%" or "≥100%")
                {
                    await values.Nth(i).FillAsync("≥100%");
                    await page.GetByLabel("三级指标").First.ClickAsync();
                    fixedOne = true;
                }
            }

            Assert.True(fixedOne, "应能找到“资金拨付及时率”的指标值");
            await Assertions.Expect(table).Not.ToContainTextAsync("已按时效指标默认“≥”读作“≥100%”");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并提交" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("已提交");
        }

        await using (var departmentContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" }))
        {
            var page = await Journey.SignInAsync(departmentContext, "jytj");
            await Journey.OpenFromQueueAsync(page, ProjectName);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("报送财政部门");
        }

        await using (var financeContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" }))
        {
            var page = await Journey.SignInAsync(financeContext, "jxk");
            await Journey.OpenFromQueueAsync(page, ProjectName);
            var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交财政审核意见" });
            await Assertions.Expect(submit).ToBeDisabledAsync();
            await Journey.ChooseAsync(page, "总体评级", "优");
            await Assertions.Expect(submit).ToBeDisabledAsync();
            foreach (var dimension in new[] { "完整性", "相关性", "适当性", "可行性" })
            {
                await Journey.ChooseAsync(page, dimension, "优");
            }

            await submit.ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("财政审核意见已保存");
            await Assertions.Expect(page.GetByTestId("proposal-chip")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "新增项目申报" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("proposal-list")).ToContainTextAsync(ProjectName);
            await Assertions.Expect(page.GetByTestId("proposal-list").GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(ProjectName)) })).ToContainTextAsync("已入库");
            await Shots.TakeAsync(page, "proposals");
        }

        var status = await fixture.Platform.WithDbAsync(db => db.Projects.Where(p => p.Name == ProjectName).Select(p => p.LibraryStatus).SingleAsync());
        Assert.Equal(ProjectLibraryStatus.InLibrary, status);
    }
}
