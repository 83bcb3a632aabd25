using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BudgetPerformance.Web.Security;

/// <summary>Marks a DI scope as a Blazor circuit and remembers when the user last did something in it.</summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    public bool IsCircuit { get; private set; }
    public DateTimeOffset LastActivity { get; private set; } = clock.GetUtcNow();

    /// <summary>Where the circuit's user connects from (address and browser), for the audit trail.</summary>
    public string? Source { get; set; }

    public void Touch()
    {
        IsCircuit = true;
        LastActivity = clock.GetUtcNow();
    }
}

public sealed class CircuitActivityHandler(CircuitActivity activity, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        activity.Touch();
        activity.Source = RequestSource.Describe(http.HttpContext);
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Touch();
            return next(context);
        };
}

/// <summary>
/// Ends a circuit's session once it has been idle for the session timeout, or once <see cref="SessionValidator"/> no
/// longer accepts it (deactivated, locked, password or roles changed, signed out elsewhere); the page then returns to
/// the login.
/// </summary>
public sealed class SessionRevalidatingStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, CircuitActivity activity, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // Deactivation, a password reset or new roles reach an open page within this time; every operation checks at once.
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(20);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (activity.IsCircuit && clock.GetUtcNow() - activity.LastActivity > SecurityServices.SessionTimeout)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await SessionValidator.IsValidAsync(scope.ServiceProvider, authenticationState.User, cancellationToken);
    }
}