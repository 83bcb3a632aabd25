namespace BudgetPerformance.Web.Security;

public static class SecurityHeaders
{
    /// <summary>Headers every response carries: no framing, no sniffing, no referrer leaks, a strict content policy.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h["X-Content-Type-Options"] = "nosniff";
                h["X-Frame-Options"] = "DENY";
                h["Referrer-Policy"] = "strict-origin-when-cross-origin";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/scalar"))
                {
                    // MudBlazor sets inline styles; scripts only from this origin; the circuit's WebSocket to self.
                    h["Content-Security-Policy"] =
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                        "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
