using System.Net.Http.Json;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.IntegrationTests.Support;

/// <summary>The whole platform in-process over a real database of the chosen provider, seeded with the demo county.</summary>
public sealed class PlatformFactory(TestDatabase database, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null, bool ownsDatabase = true)
    : WebApplicationFactory<Program>
{
    /// <summary>A second instance of the platform over the same database (as behind a load balancer); disposing it leaves the database.</summary>
    public PlatformFactory AnotherInstance() => new(Database, environment, settings, ownsDatabase: false) { AuditDirectoryOverride = AuditDirectory };

    private string? AuditDirectoryOverride { get; init; }

    public TestDatabase Database { get; } = database;

    public string AuditDirectory => AuditDirectoryOverride ?? _auditDirectory;

    private readonly string _auditDirectory = Path.Combine(Path.GetTempPath(), $"bp-audit-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", Database.IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        // Tests of monitoring start from a county without execution data; DemoMonitoringTests switches it on.
        builder.UseSetting("Database:SeedDemoMonitoring", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The chain's key file and checkpoint log live beside the test database, outside it; every sealing run anchors the head.
        builder.UseSetting("Audit:Directory", AuditDirectory);
        builder.UseSetting("Audit:CheckpointIntervalSeconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client signed in as one of the demo accounts (cookies kept per client).</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = DemoDataGenerator.DemoPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Signs in without a cookie container and returns the cookies as a Cookie header, as a thief would copy them.</summary>
    public async Task<string> CopiedCookieAsync(string userName, string password = DemoDataGenerator.DemoPassword)
    {
        using var raw = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await raw.PostAsJsonAsync("/api/auth/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        return string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsDatabase)
        {
            return;
        }

        await Database.DisposeAsync();
        if (Directory.Exists(AuditDirectory))
        {
            Directory.Delete(AuditDirectory, recursive: true);
        }
    }
}

/// <summary>One seeded platform per provider, shared by the tests that only read.</summary>
public sealed class SharedPlatforms : IAsyncDisposable
{
    private readonly Dictionary<string, Task<PlatformFactory>> _platforms = [];
    private readonly Lock _lock = new();

    public async Task<PlatformFactory> GetAsync(string provider)
    {
        if (provider == TestDatabase.Postgres)
        {
            await TestDatabase.EnsurePostgresAsync();
        }

        Task<PlatformFactory> task;
        lock (_lock)
        {
            if (!_platforms.TryGetValue(provider, out task!))
            {
                task = StartAsync(provider);
                _platforms[provider] = task;
            }
        }

        return await task;
    }

    public static async Task<PlatformFactory> StartAsync(string provider, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new PlatformFactory(await TestDatabase.CreateAsync(provider), environment, settings);
        _ = factory.Server; // starts the host: migrations and demo data run before the first request
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var task in _platforms.Values)
        {
            await (await task).DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<SharedPlatforms>
{
    public const string Name = "platform";
}
