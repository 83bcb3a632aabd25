using System.Globalization;
using System.Security.Claims;
using BudgetPerformance.Application.Auth;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BudgetPerformance.Web.Security;

/// <summary>What the authentication cookie carries, and how it is read back.</summary>
public static class PlatformClaims
{
    public const string DisplayName = "bp:display_name";
    public const string OrganizationId = "bp:org_id";
    public const string OrganizationName = "bp:org_name";

    /// <summary>The user's security stamp when the session began; the session ends once the stored stamp differs.</summary>
    public const string SecurityStamp = "bp:stamp";

    public static ClaimsPrincipal ToPrincipal(SignedInUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(DisplayName, user.DisplayName),
            new(OrganizationId, user.OrganizationId.ToString(CultureInfo.InvariantCulture)),
            new(OrganizationName, user.OrganizationName),
            new(SecurityStamp, user.SecurityStamp),
        };
        claims.AddRange(Roles.Split(user.Roles).Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static Actor? ToActor(this ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var userId)
            || !long.TryParse(principal.FindFirstValue(OrganizationId), CultureInfo.InvariantCulture, out var orgId))
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : Role.None)
            .Aggregate(Role.None, (all, r) => all | r);
        return new Actor(userId, principal.Identity.Name ?? string.Empty, principal.FindFirstValue(DisplayName) ?? string.Empty, roles, orgId);
    }
}
