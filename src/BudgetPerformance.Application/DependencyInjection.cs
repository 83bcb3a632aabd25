using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Auth;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Dashboard;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetPerformance.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SecurityPolicy.Default);
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
