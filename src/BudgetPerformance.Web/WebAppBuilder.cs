using BudgetPerformance.Application;
using BudgetPerformance.Infrastructure;
using BudgetPerformance.Infrastructure.Persistence;
using BudgetPerformance.Web.Api;
using BudgetPerformance.Web.Components;
using BudgetPerformance.Web.Security;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;

namespace BudgetPerformance.Web;

/// <summary>Composes the platform: services, security, API and UI. Shared by Program and the tests.</summary>
public static class WebAppBuilder
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PublishedContentRoot(args) });
        configure?.Invoke(builder);
        builder.Host.UseSerilog((context, config) => config.ReadFrom.Configuration(context.Configuration).WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        // First: migrations run before anything else starts (the data-protection key ring lives in the database).
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        var deployment = DeploymentSecurity.From(builder.Configuration);
        var httpsRequired = deployment.HttpsRequired(builder.Environment);
        builder.Services.AddSingleton(deployment);
        builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(deployment.Configure);
        builder.Services.AddPlatformSecurity(httpsRequired);
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddInputBounds();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "预算绩效管理平台 API";
            doc.Info.Version = "v1";
            doc.Info.Description = "全面实施预算绩效管理：组织机构、预算项目、审计日志等接口。除健康检查外均需登录（Cookie）。";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Chinese text is sent as characters, not numeric entities.
        builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        // People get a Chinese page for an unknown address; API clients get ProblemDetails.
        static bool ForPeople(HttpContext c) => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/openapi")
            && !c.Request.Path.StartsWithSegments("/_blazor") && !c.Request.Path.StartsWithSegments("/health");
        app.UseWhen(ForPeople, b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(c => !ForPeople(c), b => b.UseStatusCodePages());
        // Routing after the status-code pages, so a re-executed /not-found is routed to its page.
        app.UseRouting();
        app.UseSecurityHeaders();
        if (httpsRequired)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.MapStaticAssets();
        app.UseRequestSource();
        app.UseDeniedRequestAudit();
        app.UseAuthentication();
        app.UseOriginCheck();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseUploadLimits();

        switch (deployment.Docs(app.Environment))
        {
            case "Public":
                app.MapOpenApi();
                app.MapScalarApiReference("/scalar", o => o.WithTitle("预算绩效管理平台 API"));
                break;
            case "SignedIn":
                app.MapOpenApi().RequireAuthorization();
                app.MapScalarApiReference("/scalar", o => o.WithTitle("预算绩效管理平台 API")).RequireAuthorization();
                break;
        }

        app.MapHealthChecks("/health");
        app.MapPlatformApi();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// The published output carries its own wwwroot beside the DLL: started from any directory (a service, a
    /// container), it must serve its static web assets from there, not look for them in the working directory.
    /// An explicit content root (ASPNETCORE_CONTENTROOT, --contentRoot) wins; <c>dotnet run</c> keeps the project's.
    /// </summary>
    private static string? PublishedContentRoot(string[] args)
    {
        var explicitRoot = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") ?? Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT");
        if (explicitRoot is not null || args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var baseDirectory = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(baseDirectory, "wwwroot")) && File.Exists(Path.Combine(baseDirectory, "BudgetPerformance.Web.staticwebassets.endpoints.json"))
            ? baseDirectory
            : null;
    }
}
