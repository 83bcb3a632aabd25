using BudgetPerformance.Application.Auth;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public sealed record CurrentUserDto(long UserId, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames, long OrganizationId, string OrganizationName);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("登录与会话");
        group.MapPost("/login", LoginAsync).WithName("Login").WithSummary("登录（成功后设置会话 Cookie）").AllowAnonymous();
        group.MapPost("/logout", LogoutAsync).WithName("Logout").WithSummary("退出登录").RequireAuthorization();
        group.MapGet("/me", Me).WithName("GetCurrentUser").WithSummary("当前登录用户").RequireAuthorization();
        group.MapPost("/password", ChangePasswordAsync).WithName("ChangePassword").WithSummary("修改本人密码（须符合密码策略：至少 10 位，含大写、小写、数字、符号中的 3 类）").RequireAuthorization();
    }

    private static async Task<Results<Ok<CurrentUserDto>, ProblemHttpResult>> LoginAsync(SignInRequest request, SignInHandler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var principal = PlatformClaims.ToPrincipal(result.Value);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(ToDto(result.Value));
    }

    /// <summary>A new password ends every session of the user; the one that changed it continues with a fresh cookie.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePasswordAsync(ChangePasswordRequest request, ChangePasswordHandler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaims.ToPrincipal(result.Value));
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, SignOutHandler handler, CancellationToken ct)
    {
        await handler.HandleAsync(ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Results<Ok<CurrentUserDto>, UnauthorizedHttpResult> Me(HttpContext http)
    {
        var actor = http.User.ToActor();
        if (actor is null)
        {
            return TypedResults.Unauthorized();
        }

        var orgName = http.User.FindFirst(PlatformClaims.OrganizationName)?.Value ?? string.Empty;
        return TypedResults.Ok(ToDto(new SignedInUser(actor.UserId, actor.UserName, actor.DisplayName, actor.Roles, actor.OrganizationId, orgName, string.Empty)));
    }

    private static CurrentUserDto ToDto(SignedInUser u) => new(
        u.UserId, u.UserName, u.DisplayName,
        Roles.Split(u.Roles).Select(r => r.ToString()).ToList(),
        Roles.Split(u.Roles).Select(Roles.DisplayName).ToList(),
        u.OrganizationId, u.OrganizationName);
}
