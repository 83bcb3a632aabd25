namespace BudgetPerformance.Web.Api;

public static class PlatformApi
{
    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder root)
    {
        // One group without a prefix: every endpoint below gets the input bounds (InputBounds).
        var app = root.MapGroup(string.Empty);
        app.WithInputBounds();
        app.MapAuthEndpoints();
        app.MapDashboardEndpoints();
        app.MapOrganizationEndpoints();
        app.MapExpertEndpoints();
        var limits = root.ServiceProvider.GetRequiredService<BudgetPerformance.Application.Common.UploadLimits>();
        app.MapMonitoringEndpoints(limits);
        app.MapPushEndpoints(limits);
        app.MapProjectEndpoints();
        app.MapAuditEndpoints();
        app.MapUserEndpoints();
        app.MapTargetEndpoints();
        app.MapLibraryEndpoints();
        app.MapRulePackEndpoints();
        app.MapProposalEndpoints();
        return root;
    }
}
