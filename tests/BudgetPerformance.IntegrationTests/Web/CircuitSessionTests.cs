using System.Net;
using BudgetPerformance.Application.Auth;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.IntegrationTests.Support;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.IntegrationTests.Web;

/// <summary>An open page (a circuit) stops acting for a user at once when the user's sessions end elsewhere.</summary>
public sealed class CircuitSessionTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task APageOperation_AfterDeactivation_ActsAsNobody_AndTheCircuitRevalidationEndsIt(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        var signedIn = await app.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.UserName == "yizhong");
            var org = await db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).SingleAsync();
            return new SignedInUser(u.Id, u.UserName, u.DisplayName, u.Roles, u.OrganizationId, org, u.SecurityStamp);
        });
        await using var circuit = app.Services.CreateAsyncScope();
        var services = circuit.ServiceProvider;
        services.GetRequiredService<CircuitActivity>().Touch();
        var state = services.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)state).SetAuthenticationState(Task.FromResult(new AuthenticationState(PlatformClaims.ToPrincipal(signedIn))));
        var list = services.GetRequiredService<Operation<ListTargetsHandler>>();

        var before = await list.RunAsync(h => h.HandleAsync(new ListTargetsQuery()));
        using var admin = await app.SignedInClientAsync("czadmin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{signedIn.UserId}/Deactivate", null)).StatusCode);
        var after = await list.RunAsync(h => h.HandleAsync(new ListTargetsQuery()));
        var stillValid = await SessionValidator.IsValidAsync(services, (await state.GetAuthenticationStateAsync()).User, CancellationToken.None);

        Assert.True(before.IsSuccess, before.Error?.Message);
        Assert.True(before.Value.TotalCount > 0);
        // Acting as nobody: refused, or a list with nothing in it (nobody's scope is empty).
        Assert.True(!after.IsSuccess || after.Value.TotalCount == 0, after.IsSuccess ? $"{after.Value.TotalCount} targets still listed" : null);
        Assert.False(stillValid);
    }
}
