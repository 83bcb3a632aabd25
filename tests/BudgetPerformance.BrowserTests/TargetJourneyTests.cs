using System.Text.RegularExpressions;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BudgetPerformance.BrowserTests;

/// <summary>绩效目标: a unit builds a target from the library, sees a draft-time warning, fixes it and submits; the department and the finance bureau approve it.</summary>
public sealed class TargetJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly (string Name, string Weight)[] Picks =
    [
        ("受益学生人数", "20"), ("食品安全事故发生次数", "10"), ("资金拨付及时率", "10"), ("营养膳食补助生均标准", "10"),
        ("九年义务教育巩固率", "20"), ("设备使用年限", "10"), ("学生及家长满意度", "10"),
    ];

    private static async Task PickAsync(IPage page, string name)
    {
        await page.GetByLabel("搜索指标库").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "选用" + name, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("三级指标").Last).ToHaveValueAsync(name);
    }

    [Fact]
    public async Task Unit_BuildsATargetFromTheLibrary_FixesTheDraftWarning_Submits_AndFinanceApprovesIt()
    {
        fixture.RequireBrowser();
        var (targetId, projectName) = await fixture.Platform.WithDbAsync(async db =>
        {
            var school = await db.Users.Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).SingleAsync();
            var t = await db.PerformanceTargets.Where(x => x.OwnerUnitId == school && x.Status == TargetStatus.Draft && x.Revision == 0).OrderBy(x => x.Id).FirstAsync();
            return (t.Id, t.SubjectName);
        });

        await using (var unitContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" }))
        {
            var page = await Journey.SignInAsync(unitContext, "yizhong");
            await page.GetByRole(AriaRole.Link, new() { Name = "目标申报与审核" }).ClickAsync();
            await Journey.OpenFromQueueAsync(page, projectName);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/targets/{targetId}$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = projectName + " 绩效目标" })).ToBeVisibleAsync();

            await page.GetByLabel("年度目标").FillAsync("本年度为全校 1200 名学生提供营养膳食补助，食品安全零事故，补助资金按月足额拨付到位。");
            var review = page.GetByTestId("auto-review");
            foreach (var (name, _) in Picks[..^1])
            {
                await PickAsync(page, name);
            }

            // Draft-time review: six indicators and no 满意度 yet, so the form warns before anything is saved.
            await Assertions.Expect(review).ToContainTextAsync("填报中");
            await Assertions.Expect(review).ToContainTextAsync("三级指标只有 6 个");
            await Shots.TakeAsync(page, "target-draft-warning");
            await PickAsync(page, Picks[^1].Name);
            await Assertions.Expect(review).Not.ToContainTextAsync("三级指标只有");

            // Weights are optional at declaration in this pack, but a unit may give them; the subtotal follows.
            var weights = page.GetByLabel("分值");
            for (var i = 0; i < Picks.Length; i++)
            {
                await weights.Nth(i).FillAsync(Picks[i].Weight);
            }

            await page.GetByLabel("三级指标").Last.ClickAsync();
            await Assertions.Expect(page.GetByTestId("total-weight")).ToContainTextAsync("90 分");

            await page.GetByRole(AriaRole.Button, new() { Name = "保存并提交" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("已提交");
            await Assertions.Expect(page.GetByText("待主管部门审核").First).ToBeVisibleAsync();
        }

        await using (var departmentContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" }))
        {
            var page = await Journey.SignInAsync(departmentContext, "jytj");
            await Journey.OpenFromQueueAsync(page, projectName);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("报送财政部门");
        }

        await using (var financeContext = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN" }))
        {
            var page = await Journey.SignInAsync(financeContext, "jxk");
            await Journey.OpenFromQueueAsync(page, projectName);
            await Assertions.Expect(page.GetByText("待财政审核").First).ToBeVisibleAsync();
            // No grade is chosen for the reviewer: the opinion cannot be submitted until every grade is.
            var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交财政审核意见" });
            await Assertions.Expect(submit).ToBeDisabledAsync();
            foreach (var dimension in new[] { "相关性", "完整性", "适当性", "可行性" })
            {
                await Journey.ChooseAsync(page, dimension, "优");
            }

            await Assertions.Expect(submit).ToBeDisabledAsync();
            await Journey.ChooseAsync(page, "总体评级", "优");
            await submit.ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("财政审核意见已保存");
            await page.GetByRole(AriaRole.Button, new() { Name = "随预算批复" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToContainTextAsync("确认批复");
            await Assertions.Expect(dialog).ToContainTextAsync("万元");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "批复", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("target-message")).ToContainTextAsync("已随预算批复");
            await Assertions.Expect(page.GetByText("已批复").First).ToBeVisibleAsync();
            await Shots.TakeAsync(page, "target-approved");

            // The budget view shows what 无目标、不预算 holds back; the library and rule packs are there to read.
            await page.GetByRole(AriaRole.Link, new() { Name = "预算批复" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "预算批复：无目标、不预算" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("被拦截（无审核通过的目标）")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "拦截", Exact = true }).First).ToBeVisibleAsync();
            await Shots.TakeAsync(page, "budget-approval");
            await page.GetByRole(AriaRole.Link, new() { Name = "指标库" }).ClickAsync();
            await page.GetByLabel("指标名称或关键词").FillAsync("满意度");
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "学生及家长满意度", Exact = true })).ToBeVisibleAsync();
            await Shots.TakeAsync(page, "library");
            await page.GetByRole(AriaRole.Link, new() { Name = "规则方案" }).ClickAsync();
            await Assertions.Expect(page.GetByText("阿图什市（种子规则）").First).ToBeVisibleAsync();
            await Shots.TakeAsync(page, "rule-packs");
        }

        var status = await fixture.Platform.WithDbAsync(db => db.PerformanceTargets.Where(t => t.Id == targetId).Select(t => t.Status).SingleAsync());
        Assert.Equal(TargetStatus.Approved, status);
    }
}
