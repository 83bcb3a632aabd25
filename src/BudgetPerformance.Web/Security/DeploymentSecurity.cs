using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// How the platform sits behind its TLS proxy (configuration section <c>Security</c>): which proxies' forwarded headers
/// to believe, whether to insist on HTTPS (redirect, HSTS, Secure cookies — on by default outside Development), the
/// host names it answers to, and who may read the API documentation.
/// </summary>
public sealed record DeploymentSecurity
{
    public const string Section = "Security";

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For/-Proto are believed; nobody else's are.</summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) of such proxies.</summary>
    public string[] KnownNetworks { get; init; } = [];

    /// <summary>HTTPS redirect, HSTS and Secure-only cookies. Null: on everywhere except Development.</summary>
    public bool? RequireHttps { get; init; }

    /// <summary>Who may read /openapi and /scalar: <c>Public</c>, <c>SignedIn</c> or <c>Off</c>. Null: public in Development, signed-in elsewhere.</summary>
    public string? ApiDocs { get; init; }

    /// <summary>Origins besides the platform's own from which state-changing requests are accepted.</summary>
    public string[] AllowedOrigins { get; init; } = [];

    public bool HttpsRequired(IHostEnvironment environment) => RequireHttps ?? !environment.IsDevelopment();

    public string Docs(IHostEnvironment environment) => ApiDocs ?? (environment.IsDevelopment() ? "Public" : "SignedIn");

    public static DeploymentSecurity From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DeploymentSecurity>() ?? new DeploymentSecurity();

    /// <summary>Forwarded headers from the configured proxies only (loopback is always one: a proxy on the same machine).</summary>
    public void Configure(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = 1;
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
