using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BudgetPerformance.Web.Api;

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"数据库（{(db.IsPostgres ? "PostgreSQL" : "SQLite")}）连接正常")
            : HealthCheckResult.Unhealthy("数据库无法连接");
}
