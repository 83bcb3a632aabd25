using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BudgetPerformance.Web.Security;

public static class SecurityServices
{
    /// <summary>Idle time after which a session ends, in the browser and on the server.</summary>
    public static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(30);

    public static IServiceCollection AddPlatformSecurity(this IServiceCollection services, bool httpsRequired)
    {
        services.AddHttpContextAccessor();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "bp.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = httpsRequired ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = SessionTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/denied";
                o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SessionValidator.ValidatePrincipalAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, SystemTokenHandler>(SystemTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.FinanceAdmin, p => p.RequireRole(nameof(Role.FinanceAdmin)))
            .AddPolicy(Policies.FinanceStaff, p => p.RequireRole(nameof(Role.FinanceAdmin), nameof(Role.FinanceReviewer)))
            .AddPolicy(Policies.SystemPush, p => p.AddAuthenticationSchemes(SystemTokenHandler.SchemeName).RequireClaim(SystemTokenHandler.AccountClaim))
            .AddPolicy(Policies.AuditReaders, p => p.RequireRole(nameof(Role.FinanceAdmin), nameof(Role.Auditor)))
            .AddPolicy(Policies.Declarers, p => p.RequireRole(nameof(Role.BudgetUnit)))
            .AddPolicy(Policies.TargetWorkers, p => p.RequireRole(nameof(Role.BudgetUnit), nameof(Role.Department), nameof(Role.FinanceReviewer)))
            .AddPolicy(Policies.BudgetApprovers, p => p.RequireRole(nameof(Role.FinanceReviewer), nameof(Role.FinanceAdmin), nameof(Role.Department)));
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<OperationUser>();
        services.AddScoped(typeof(Operation<>));
        services.AddScoped<CircuitHandler, CircuitActivityHandler>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<ICurrentSystem, CurrentSystem>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bp.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = httpsRequired ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>The API answers 401/403 with ProblemDetails; pages are redirected to the login or denial page.</summary>
    private static async Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi"))
        {
            ctx.Response.StatusCode = status;
            await Results.Problem(
                    statusCode: status,
                    title: status == StatusCodes.Status401Unauthorized ? "未登录" : "无权访问",
                    detail: status == StatusCodes.Status401Unauthorized ? "请先登录后再访问此接口。" : "您的角色无权访问此接口。")
                .ExecuteAsync(ctx.HttpContext);
            return;
        }

        // Relative: an absolute URL would be built from the request's Host header (which a client chooses).
        var target = Uri.TryCreate(ctx.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : ctx.RedirectUri;
        ctx.Response.Redirect(target);
    }
}

public static class Policies
{
    public const string FinanceAdmin = "FinanceAdmin";
    public const string AuditReaders = "AuditReaders";

    /// <summary>Finance bureau staff: administrators and 绩效科 reviewers.</summary>
    public const string FinanceStaff = "FinanceStaff";

    /// <summary>Other systems with a system account's token (the push endpoints only).</summary>
    public const string SystemPush = "SystemPush";

    /// <summary>Budget units: they declare targets and new projects, and import 申报表.</summary>
    public const string Declarers = "Declarers";

    /// <summary>The roles the target workflow queues work for (unit, department, finance): they have a “待我处理”.</summary>
    public const string TargetWorkers = "TargetWorkers";

    /// <summary>Who works with 预算批复: finance approves, a department follows what is held back.</summary>
    public const string BudgetApprovers = "BudgetApprovers";
}
