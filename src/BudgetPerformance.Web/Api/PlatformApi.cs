namespace BudgetPerformance.Web.Api;

public static class PlatformApi
{
    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        app.MapAuthEndpoints();
        app.MapDashboardEndpoints();
        app.MapOrganizationEndpoints();
        app.MapProjectEndpoints();
        app.MapAuditEndpoints();
        app.MapUserEndpoints();
        app.MapTargetEndpoints();
        app.MapLibraryEndpoints();
        app.MapRulePackEndpoints();
        app.MapProposalEndpoints();
        return app;
    }
}
