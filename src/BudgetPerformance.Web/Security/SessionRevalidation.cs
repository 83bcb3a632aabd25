using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;

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
/// Ends a circuit's session once it has been idle for the session timeout, or when the account was deactivated or
/// locked meanwhile; the page then returns to the login.
/// </summary>
public sealed class SessionRevalidatingStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, CircuitActivity activity, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (activity.IsCircuit && clock.GetUtcNow() - activity.LastActivity > SecurityServices.SessionTimeout)
        {
            return false;
        }

        var actor = authenticationState.User.ToActor();
        if (actor is null)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).AnyAsync(Domain.Organizations.User.MaySignInAt(now), cancellationToken);
    }
}
