using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// The user an operation acts for, set explicitly when a page runs it in a scope of its own (see <see cref="Operation{T}"/>);
/// otherwise the user comes from the request or the circuit.
/// </summary>
public sealed class OperationUser
{
    public bool IsSet { get; private set; }
    public Actor? Actor { get; private set; }

    public void Set(Actor? actor)
    {
        Actor = actor;
        IsSet = true;
    }
}

/// <summary>
/// One unit of work per operation in the UI: each click, submit or load runs its use case in a fresh DI scope — its own
/// database context and scoped services — acting for the circuit's user, so nothing one operation tracked or failed
/// to save can reach the next. Pages inject <c>Operation&lt;SaveTargetHandler&gt;</c> and call <see cref="RunAsync{TResult}"/>.
/// </summary>
public sealed class Operation<THandler>(IServiceScopeFactory scopes, ICurrentUser currentUser, CircuitActivity activity, AuthenticationStateProvider authentication)
    where THandler : notnull
{
    public async Task<TResult> RunAsync<TResult>(Func<THandler, Task<TResult>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = await currentUser.GetActorAsync();
        if (actor is not null && activity.IsCircuit)
        {
            // A session ended elsewhere (deactivated, new password or roles, signed out) acts as nobody from this
            // operation on: the use case refuses it, and the circuit's next revalidation returns to the login.
            var state = await authentication.GetAuthenticationStateAsync();
            if (!await SessionValidator.IsValidAsync(services, state.User, CancellationToken.None))
            {
                actor = null;
            }
        }

        services.GetRequiredService<OperationUser>().Set(actor);
        services.GetRequiredService<AuditContext>().Source = activity.Source;
        return await work(services.GetRequiredService<THandler>());
    }

    public Task RunAsync(Func<THandler, Task> work) => RunAsync(async h =>
    {
        await work(h);
        return true;
    });
}
