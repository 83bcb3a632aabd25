using System.Collections.Concurrent;
using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// CSRF beyond SameSite: every state-changing request (POST, PUT, PATCH, DELETE — body-less POSTs and multipart
/// uploads included) that a browser sends carries an Origin (or at least a Referer) header, and it must be the
/// platform's own origin or one configured in <c>Security:AllowedOrigins</c>. Requests with neither header come from
/// programs, not from a page another site opened, and pass; <c>Origin: null</c> (sandboxed frames, privacy
/// redirects) does not. This holds for the API, the login and sign-out forms and Blazor's own endpoints alike.
/// </summary>
public static class OriginCheck
{
    public static IApplicationBuilder UseOriginCheck(this IApplicationBuilder app)
    {
        var configured = app.ApplicationServices.GetRequiredService<DeploymentSecurity>().AllowedOrigins;
        var allowed = new HashSet<string>(configured.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        return app.Use(async (context, next) =>
        {
            if (IsStateChanging(context.Request.Method) && Refused(context.Request, allowed) is { } origin)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Items[DeniedRequestAudit.ReasonKey] = $"跨站请求（来源 {origin}）";
                await Results.Problem(
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "跨站请求被拒绝",
                        detail: $"请求来源“{origin}”不是本平台，已拒绝。请在本平台的页面中操作。")
                    .ExecuteAsync(context);
                return;
            }

            await next();
        });
    }

    private static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>The foreign origin a request came from, or <see langword="null"/> when it may proceed.</summary>
    private static string? Refused(HttpRequest request, HashSet<string> allowed)
    {
        var own = $"{request.Scheme}://{request.Host}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            var referer = request.Headers.Referer.ToString();
            if (referer.Length == 0)
            {
                return null;
            }

            origin = Uri.TryCreate(referer, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "null";
        }

        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || allowed.Contains(origin) ? null : origin;
    }
}

/// <summary>
/// Puts every refused request on the audit record — 401 (not signed in or session ended) and 403 (role, scope or
/// cross-site), API and pages — with the user, the address and browser, the method and path. A client hammering
/// the platform cannot flood the trail: past a number of records per source address and minute the rest are only
/// logged.
/// </summary>
public static class DeniedRequestAudit
{
    public const string ReasonKey = "bp:denied-reason";

    private const int MaxPerSourceAndMinute = 30;

    public static IApplicationBuilder UseDeniedRequestAudit(this IApplicationBuilder app)
    {
        // One count per running platform (not per process), so instances hosted side by side do not share a budget.
        var recent = new ConcurrentDictionary<(string Source, long Minute), int>();
        return app.Use(async (context, next) =>
        {
            await next();
            var status = context.Response.StatusCode;
            var deniedPage = status == StatusCodes.Status302Found && context.Response.Headers.Location.ToString().StartsWith("/denied", StringComparison.Ordinal);
            if (status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden) && !deniedPage)
            {
                return;
            }

            var address = context.Connection.RemoteIpAddress?.ToString() ?? "未知地址";
            var minute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
            var count = recent.AddOrUpdate((address, minute), 1, (_, n) => n + 1);
            if (recent.Count > 10_000)
            {
                foreach (var key in recent.Keys.Where(k => k.Minute < minute))
                {
                    recent.TryRemove(key, out _);
                }
            }

            var path = $"{context.Request.Method} {context.Request.Path}";
            if (count > MaxPerSourceAndMinute)
            {
                context.RequestServices.GetRequiredService<ILogger<AuditPlaceholder>>()
                    .LogWarning("拒绝访问（本分钟内来自 {Address} 的第 {Count} 次，未逐条记入审计）：{Path}", address, count, path);
                return;
            }

            var reason = context.Items[ReasonKey] as string
                ?? (status == StatusCodes.Status401Unauthorized ? "未登录或会话已失效" : "无权访问");
            try
            {
                await context.RequestServices.GetRequiredService<IAuditEvents>()
                    .RecordAsync("拒绝访问", "Request", path.Length > 200 ? path[..200] : path, $"{status} {reason}", CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                context.RequestServices.GetRequiredService<ILogger<AuditPlaceholder>>().LogError(exception, "拒绝访问未能记入审计：{Path}", path);
            }
        });
    }

    /// <summary>The logger category of these messages.</summary>
    public sealed class AuditPlaceholder;
}
