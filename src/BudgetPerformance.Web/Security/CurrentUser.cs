using BudgetPerformance.Application.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// The signed-in user: inside a Blazor circuit from its authentication state, in an HTTP request (API, prerender)
/// from the request's cookie.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, AuthenticationStateProvider authState, CircuitActivity circuit) : ICurrentUser
{
    public async ValueTask<Actor?> GetActorAsync()
    {
        if (!circuit.IsCircuit)
        {
            // An HTTP request (API call, page prerender), or a background job with nobody signed in.
            return http.HttpContext?.User.ToActor();
        }

        var state = await authState.GetAuthenticationStateAsync();
        return state.User.ToActor();
    }
}
