using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Infrastructure.Persistence;

/// <summary>Configures the context for either provider with its own migrations assembly.</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrationsAssembly = "BudgetPerformance.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "BudgetPerformance.Migrations.Postgres";

    /// <summary>Split queries: a target's indicators and history load as two queries, not as their cartesian product.</summary>
    public static void Configure(DbContextOptionsBuilder builder, bool postgres, string connectionString)
    {
        if (postgres)
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).CommandTimeout(300).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).CommandTimeout(300).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
    }

    public static DbContextOptions<AppDbContext> Create(bool postgres, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        Configure(builder, postgres, connectionString);
        return builder.Options;
    }
}
