using BudgetPerformance.Application.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace BudgetPerformance.Web.Api;

public static class AccountEndpoints
{
    /// <summary>The sign-out form of the page header posts here (antiforgery-checked because it binds a form).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignOutHandler handler, [FromForm] string? reason) =>
            {
                // A timeout ends only this browser's cookie; signing out ends every session of the user.
                if (reason != "timeout")
                {
                    await handler.HandleAsync(http.RequestAborted);
                }

                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.LocalRedirect(reason == "timeout" ? "/login?timeout=1" : "/login");
            })
            .ExcludeFromDescription();

        // Pages call this while their user works inside the circuit (wwwroot/js/session.js), so the cookie's idle
        // timeout slides for them as it does for someone clicking links.
        app.MapGet("/account/keepalive", () => TypedResults.NoContent()).RequireAuthorization().ExcludeFromDescription();
    }
}
