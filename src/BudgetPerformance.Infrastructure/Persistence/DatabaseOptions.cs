namespace BudgetPerformance.Infrastructure.Persistence;

/// <summary>Where the data lives. No configuration means a SQLite file under <see cref="DataDirectory"/>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string; for SQLite defaults to a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    public string DataDirectory { get; set; } = "data";

    /// <summary>Create the demo county on first start when the database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>With the demo county, its monitoring content (execution Jan–Aug, warnings, disposals). Tests switch it off.</summary>
    public bool SeedDemoMonitoring { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (IsPostgres)
        {
            throw new InvalidOperationException("已选择 PostgreSQL，但未配置连接字符串（Database:ConnectionString 或 ConnectionStrings:Postgres）。");
        }

        Directory.CreateDirectory(DataDirectory);
        return $"Data Source={Path.Combine(DataDirectory, "budget-performance.db")}";
    }
}
