using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetPerformance.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider; no database is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(true, "Host=localhost;Database=budget_performance;Username=postgres"));
}
