using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>The platform in the Production environment behind a TLS proxy: HTTPS only, proxies believed only when configured.</summary>
public sealed class ProductionModeTests
{
    private static Task<PlatformFactory> ProductionAsync(Dictionary<string, string>? settings = null) =>
        SharedPlatforms.StartAsync(TestDatabase.Sqlite, "Production", settings);

    [Fact]
    public async Task Production_SendsHsts_SecureCookies_AndRedirectsPlainHttp()
    {
        await using var app = await ProductionAsync(new() { ["https_port"] = "443" });
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://jx.czj.example.gov.cn"), AllowAutoRedirect = false });
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://jx.czj.example.gov.cn"), AllowAutoRedirect = false });

        var login = await https.PostAsJsonAsync("/api/auth/login", new { userName = "czadmin", password = BudgetPerformance.Infrastructure.DemoData.DemoDataGenerator.DemoPassword });
        var plain = await http.GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bp.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(login.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.StartsWith("https://", plain.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_ShowsTheApiDocumentationOnlyToSignedInUsers()
    {
        await using var app = await ProductionAsync(new() { ["Security:RequireHttps"] = "false" });
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await app.SignedInClientAsync("czadmin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/scalar/")).StatusCode);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnconfiguredProxy_AreIgnored_AndTheHostIsNotReflected()
    {
        await using var platform = await ProductionAsync(new() { ["Security:RequireHttps"] = "false" });
        // Requests arrive from a client's own address, as through Kestrel (the test server has none).
        await using var app = platform.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromAddress("198.51.100.7"))));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var spoofed = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName = "spoofer", password = "Whatever#2026" }) };
        spoofed.Headers.Add("X-Forwarded-For", "203.0.113.9");
        spoofed.Headers.Add("X-Forwarded-Proto", "https");
        var page = new HttpRequestMessage(HttpMethod.Get, "/targets");
        page.Headers.Host = "evil.example";

        await client.SendAsync(spoofed);
        var redirect = await client.SendAsync(page);

        var source = await platform.WithDbAsync(db => db.AuditRecords.Where(r => r.UserName == "spoofer").Select(r => r.Source).SingleAsync());
        Assert.StartsWith("198.51.100.7", source, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/login", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TwoInstancesOverOneDatabase_ShareSignIns(string provider)
    {
        await using var first = await SharedPlatforms.StartAsync(provider);
        await using var second = first.AnotherInstance();
        using var client = await first.SignedInClientAsync("czadmin");
        var cookie = await first.CopiedCookieAsync("czadmin");
        using var elsewhere = second.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        elsewhere.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/auth/me")).StatusCode);
        Assert.True(await first.WithDbAsync(db => db.Set<BudgetPerformance.Infrastructure.Security.DataProtectionKeyRecord>().AnyAsync()));
    }

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private sealed class FromAddress(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
