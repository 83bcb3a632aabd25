using Npgsql;

namespace BudgetPerformance.IntegrationTests.Support;

/// <summary>
/// A throw-away database of one provider. SQLite is a temporary file; PostgreSQL is a new database on the server named
/// by BP_TEST_POSTGRES (default: postgres/postgres on 127.0.0.1:5432). Without a reachable server the PostgreSQL variants
/// are skipped with the reason — except in CI (CI=true), where they must run and fail instead.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres;Timeout=5";
    private static readonly Lazy<Task<string?>> PostgresProblem = new(ProbePostgresAsync);

    private TestDatabase(string provider, string connectionString, string? dropName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _dropName = dropName;
    }

    private readonly string? _dropName;

    public string Provider { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == Postgres;

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public static string AdminConnectionString => Environment.GetEnvironmentVariable("BP_TEST_POSTGRES") is { Length: > 0 } cs ? cs : DefaultPostgres;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"bp-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path};Pooling=false", path);
        }

        await EnsurePostgresAsync();
        var name = $"bp_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, name);
    }

    /// <summary>Skips the test (locally) or fails it (CI) when no PostgreSQL server answers.</summary>
    public static async Task EnsurePostgresAsync()
    {
        var problem = await PostgresProblem.Value;
        if (problem is null)
        {
            return;
        }

        var message = $"PostgreSQL 不可用（{problem}），已跳过 PostgreSQL 变体。设置 BP_TEST_POSTGRES 指向可用的服务器即可运行。";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI 中 PostgreSQL 测试必须运行：" + message);
        }

        Assert.Skip(message);
    }

    private static async Task<string?> ProbePostgresAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            return ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dropName is null)
        {
            return;
        }

        if (!IsPostgres)
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_dropName + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_dropName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
