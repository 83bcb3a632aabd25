using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace BudgetPerformance.Web.Api;

public static class AccountEndpoints
{
    /// <summary>The sign-out form of the page header posts here (antiforgery-checked because it binds a form).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (HttpContext http, [FromForm] string? reason) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.LocalRedirect(reason == "timeout" ? "/login?timeout=1" : "/login");
            })
            .ExcludeFromDescription();
}
