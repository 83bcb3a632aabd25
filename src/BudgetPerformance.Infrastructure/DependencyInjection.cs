using Microsoft.AspNetCore.DataProtection;
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
        var audit = new AuditOptions();
        configuration.GetSection(AuditOptions.Section).Bind(audit);
        services.AddSingleton(audit);
        services.AddSingleton(_ => CreateChainSettings(audit, options));
        services.AddSingleton<AuditSealer>();
        services.AddSingleton<IAuditChainAnchors, AuditChainAnchors>();
        services.AddHostedService<AuditMaintenance>();
        services.AddHostedService<Monitoring.DisposalDeadlines>();
        services.AddScoped<AuditContext>();
        services.AddScoped<IAuditNotes>(sp => sp.GetRequiredService<AuditContext>());
        services.AddScoped<IAuditEvents, AuditEvents>();
        services.AddScoped<AuditTrail>();
        // Options are a singleton so the sealer (a singleton) opens its own contexts beside the request's.
        services.AddDbContext<AppDbContext>(b => DbContextOptionsFactory.Configure(b, options.IsPostgres, connectionString), optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddSingleton((configuration.GetSection(UploadLimits.Section).Get<UploadLimits>() ?? new UploadLimits()).Validated());
        services.AddSingleton<UploadGate>();
        // Sign-in cookies and antiforgery tokens are protected with keys every instance shares through the database.
        services.AddDataProtection().SetApplicationName("BudgetPerformance");
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(
                o => o.XmlRepository = sp.GetRequiredService<DatabaseKeyRepository>()));
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<Application.Targets.Workbooks.ITargetWorkbooks, Spreadsheets.TargetWorkbooks>();
        services.AddSingleton<ITableWorkbooks, Spreadsheets.TableWorkbookWriter>();
        services.AddSingleton<ITableSheets, Spreadsheets.TableSheetReader>();
        services.AddSingleton<Application.Monitoring.IMonitoringWorkbooks, Spreadsheets.MonitoringWorkbooks>();
        return services;
    }

    /// <summary>The chain's keys and checkpoint log, beside (not inside) the database.</summary>
    public static AuditChainSettings CreateChainSettings(AuditOptions audit, DatabaseOptions database)
    {
        var directory = audit.ResolveDirectory(database.DataDirectory);
        return new AuditChainSettings(
            AuditKeyStore.Load(audit, directory),
            new AuditCheckpointLog(audit.CheckpointFile ?? Path.Combine(directory, "checkpoints.log")),
            audit.CheckpointIntervalSeconds,
            audit.SealIntervalSeconds);
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
