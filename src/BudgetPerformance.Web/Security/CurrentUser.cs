using BudgetPerformance.Application.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// The signed-in user: the one an <see cref="Operation{T}"/> runs for; inside a Blazor circuit, from its
/// authentication state; in an HTTP request (API, prerender), from the request's cookie.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services, CircuitActivity circuit, OperationUser operation) : ICurrentUser
{
    public async ValueTask<Actor?> GetActorAsync()
    {
        if (operation.IsSet)
        {
            return operation.Actor;
        }

        if (!circuit.IsCircuit)
        {
            // An HTTP request (API call, page prerender), or a background job with nobody signed in.
            return http.HttpContext?.User.ToActor();
        }

        var state = await services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
        return state.User.ToActor();
    }
}
