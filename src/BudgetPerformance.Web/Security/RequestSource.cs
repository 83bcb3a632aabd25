using BudgetPerformance.Infrastructure.Auditing;

namespace BudgetPerformance.Web.Security;

/// <summary>Where a request comes from, as the audit trail records it: the client address and its user agent.</summary>
public static class RequestSource
{
    public static string? Describe(HttpContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "未知地址";
        var agent = context.Request.Headers.UserAgent.ToString();
        return agent.Length == 0 ? address : $"{address} · {agent}";
    }

    /// <summary>Notes every request's source for the audit records its writes produce.</summary>
    public static IApplicationBuilder UseRequestSource(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<AuditContext>().Source = Describe(context);
            await next();
        });
}
