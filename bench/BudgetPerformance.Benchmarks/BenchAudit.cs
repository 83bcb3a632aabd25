using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.Auditing;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BudgetPerformance.Benchmarks;

/// <summary>The real audit path for a benchmark: a keyed chain and sealer over the benchmark's database, keys and checkpoints in a temp folder.</summary>
public sealed class BenchAudit : IDisposable
{
    private readonly string _directory;

    private BenchAudit(DbContextOptions<AppDbContext> options, string directory)
    {
        _directory = directory;
        Settings = new AuditChainSettings(AuditKeyStore.Load(new AuditOptions(), directory), new AuditCheckpointLog(Path.Combine(directory, "checkpoints.log")), 30, 5);
        Sealer = new AuditSealer(options, Settings, TimeProvider.System, NullLogger<AuditSealer>.Instance);
    }

    public AuditChainSettings Settings { get; }

    public AuditSealer Sealer { get; }

    public static BenchAudit Create(DbContextOptions<AppDbContext> options) =>
        new(options, Path.Combine(Path.GetTempPath(), $"bp-bench-audit-{Guid.NewGuid():N}"));

    /// <summary>An audit trail for one request of <paramref name="user"/>.</summary>
    public AuditTrail Trail(ICurrentUser user) => new(user, TimeProvider.System, new AuditContext(), Sealer);

    public void Dispose()
    {
        Sealer.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
