using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Infrastructure.Persistence;
using BudgetPerformance.IntegrationTests.Support;
using BudgetPerformance.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BudgetPerformance.IntegrationTests.Targets.TargetApi;

namespace BudgetPerformance.IntegrationTests.Web;

/// <summary>Pages run each operation in a scope of its own: a refused operation leaves nothing behind for the next.</summary>
public sealed class OperationScopeTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    /// <summary>A circuit's scope, signed in as a demo user, as a page sees it.</summary>
    private static async Task<AsyncServiceScope> CircuitAsync(PlatformFactory app, string userName)
    {
        var actor = await app.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.UserName == userName);
            return new Actor(u.Id, u.UserName, u.DisplayName, u.Roles, u.OrganizationId);
        });
        var circuit = app.Services.CreateAsyncScope();
        circuit.ServiceProvider.GetRequiredService<OperationUser>().Set(actor);
        return circuit;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARefusedOperation_LeavesNothingTrackedForTheNext(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        await using var circuit = await CircuitAsync(app, "yizhong");
        var db = circuit.ServiceProvider.GetRequiredService<Operation<AppDbContext>>();
        var projectId = await app.WithDbAsync(d => d.Projects.Select(p => p.Id).FirstAsync());
        AppDbContext? first = null;

        // The first operation changes a tracked row and then gives up without saving.
        await db.RunAsync(async d =>
        {
            first = d;
            var project = await d.Projects.FirstAsync(p => p.Id == projectId);
            typeof(Domain.Budgets.Project).GetProperty(nameof(Domain.Budgets.Project.Name))!.SetValue(project, "未保存的修改");
            return Result.Failure(Error.Validation("模拟被拒绝的操作"));
        });
        var (tracked, written, sameContext) = await db.RunAsync(async d => (d.ChangeTracker.Entries().Count(), await d.SaveChangesAsync(), ReferenceEquals(d, first)));

        Assert.Equal((0, 0, false), (tracked, written, sameContext));
        Assert.NotEqual("未保存的修改", await app.WithDbAsync(d => d.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AStaleSaveRefusedByOneOperation_DoesNotBlockOrLeakIntoTheNextSave(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        await using var circuit = await CircuitAsync(app, "yizhong");
        var save = circuit.ServiceProvider.GetRequiredService<Operation<SaveTargetHandler>>();
        using var unit = await app.SignedInClientAsync("yizhong");
        var draft = await GetAsync(unit, (await FreshDraftAsync(unit)).Id);
        var request = new SaveTargetRequest(draft.Id, draft.Revision, Domain.Indicators.IndicatorFramework.Classic, "总体目标", AnnualGoal, GoodRows());

        var saved = await save.RunAsync(h => h.HandleAsync(request));
        var stale = await save.RunAsync(h => h.HandleAsync(request with { AnnualGoal = "基于旧修订号的修改：" + AnnualGoal }));
        var again = await save.RunAsync(h => h.HandleAsync(request with { Revision = saved.Value.Revision, AnnualGoal = "在最新内容上修改：" + AnnualGoal }));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(ErrorKind.Conflict, stale.Error!.Kind);
        Assert.True(again.IsSuccess, again.Error?.Message);
        Assert.StartsWith("在最新内容上修改", (await GetAsync(unit, draft.Id)).AnnualGoal, StringComparison.Ordinal);
    }
}
