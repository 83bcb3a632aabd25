using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.Auditing;
using BudgetPerformance.Infrastructure.Persistence;
using BudgetPerformance.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database (SQLite unless a PostgreSQL connection string is configured), the audit trail and adapters.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadDatabaseOptions(configuration);
        services.AddSingleton(options);
        var connectionString = options.ResolveConnectionString();
        services.AddScoped<AuditContext>();
        services.AddScoped<IAuditNotes>(sp => sp.GetRequiredService<AuditContext>());
        services.AddScoped<AuditTrail>();
        services.AddDbContext<AppDbContext>(b => DbContextOptionsFactory.Configure(b, options.IsPostgres, connectionString));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<Application.Targets.Workbooks.ITargetWorkbooks, Spreadsheets.TargetWorkbooks>();
        return services;
    }

    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(options);
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            options.Provider = "Postgres";
            options.ConnectionString = postgres;
        }

        return options;
    }
}
