using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetPerformance.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider; no database is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(false, "Data Source=design-time.db"));
}
