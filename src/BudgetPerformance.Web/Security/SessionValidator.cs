using System.Security.Claims;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// Whether a session may still act: its user is active and not locked, and the security stamp it was issued with is
/// still the user's. Asked on every HTTP request (the cookie's principal validation), by every circuit on its
/// revalidation interval, and before every page operation, so deactivation, a password change or reset, new roles and
/// sign-out end all sessions of the user at once.
/// </summary>
public static class SessionValidator
{
    public static async Task<bool> IsValidAsync(IServiceProvider services, ClaimsPrincipal principal, CancellationToken ct)
    {
        var actor = principal.ToActor();
        var stamp = principal.FindFirstValue(PlatformClaims.SecurityStamp);
        if (actor is null || stamp is null)
        {
            return false;
        }

        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).AnyAsync(Domain.Organizations.User.SessionValidAt(stamp, now), ct);
    }

    /// <summary>The cookie handler's check of every request: a stale session is refused and its cookie removed.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await IsValidAsync(context.HttpContext.RequestServices, context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
