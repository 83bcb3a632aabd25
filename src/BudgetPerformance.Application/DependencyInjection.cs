using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Auth;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Dashboard;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(SecurityPolicy.Default);
        services.AddScoped<AccessScopeResolver>();
        services.AddScoped<SignInHandler>();
        services.AddScoped<GetDashboardHandler>();
        services.AddScoped<ListFiscalYearsHandler>();
        services.AddScoped<ListOrganizationsHandler>();
        services.AddScoped<ListBudgetUnitOptionsHandler>();
        services.AddScoped<ListProjectsHandler>();
        services.AddScoped<GetProjectHandler>();
        services.AddScoped<ListAuditRecordsHandler>();
        services.AddScoped<VerifyAuditChainHandler>();
        services.AddScoped<ListUsersHandler>();
        return services;
    }
}
