using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Common;

/// <summary>The database as the use cases see it. Handlers use it directly; there is no repository layer.</summary>
public interface IAppDbContext
{
    DbSet<Region> Regions { get; }
    DbSet<Organization> Organizations { get; }
    DbSet<User> Users { get; }
    DbSet<Expert> Experts { get; }
    DbSet<DeclaredRelation> DeclaredRelations { get; }
    DbSet<FiscalYear> FiscalYears { get; }
    DbSet<Project> Projects { get; }
    DbSet<Policy> Policies { get; }
    DbSet<DepartmentBudget> DepartmentBudgets { get; }
    DbSet<AuditRecord> AuditRecords { get; }
    DbSet<RulePack> RulePacks { get; }
    DbSet<RulePackAssignment> RulePackAssignments { get; }
    DbSet<LibraryIndicator> LibraryIndicators { get; }
    DbSet<PerformanceTarget> PerformanceTargets { get; }
    DbSet<RuleOutcome> RuleOutcomes { get; }
    DbSet<AuditCheckpoint> AuditCheckpoints { get; }
    DbSet<Domain.Monitoring.ExecutionBatch> ExecutionBatches { get; }
    DbSet<Domain.Monitoring.ProjectExecution> ProjectExecutions { get; }
    DbSet<Domain.Monitoring.PaymentRecord> PaymentRecords { get; }
    DbSet<Domain.Organizations.SystemAccount> SystemAccounts { get; }
    DbSet<Domain.Monitoring.WarningRun> WarningRuns { get; }
    DbSet<Domain.Monitoring.MonitoringWarning> MonitoringWarnings { get; }
    DbSet<Domain.Monitoring.ProjectDisposal> ProjectDisposals { get; }
    DbSet<Domain.Monitoring.CalendarDay> CalendarDays { get; }
    DbSet<Domain.Monitoring.MonitoringRound> MonitoringRounds { get; }
    DbSet<Domain.Monitoring.MonitoringForm> MonitoringForms { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether a failed save lost a race (a unique key taken meanwhile, a stale row) rather than hit a bug.</summary>
    bool IsConflict(Exception exception);

    /// <summary>
    /// Writes many new rows of one entity at once, inside the caller's transaction, with ids handed out here and no
    /// audit record per row (the caller records the batch). Concurrent bulk writes to one table wait for each other.
    /// </summary>
    Task BulkInsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : Domain.Common.Entity;

    /// <summary>Writes the owned rows of owners just bulk-inserted (a form's indicators), inside the caller's transaction.</summary>
    Task BulkInsertOwnedAsync<TOwner, TChild>(IReadOnlyList<TOwner> owners, Func<TOwner, IEnumerable<TChild>> children, CancellationToken ct)
        where TOwner : Domain.Common.Entity
        where TChild : class;

    /// <summary>
    /// Inside a transaction: no other writer of <typeparamref name="T"/>'s table until it ends (PostgreSQL: a table lock;
    /// SQLite: the transaction's first write already holds the database's write lock), so what it read stays true.
    /// </summary>
    Task LockTableAsync<T>(CancellationToken ct) where T : Domain.Common.Entity;

    /// <summary>Several saves as one transaction: all or nothing.</summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default);
}

/// <summary>What verifying the chain needs from outside the database: the keys, the checkpoint file, and sealing.</summary>
public interface IAuditChainAnchors
{
    AuditKeyRing Keys { get; }

    /// <summary>The checkpoints kept outside the database, and any line of that file that could not be read.</summary>
    (IReadOnlyList<AuditCheckpoint> Checkpoints, IReadOnlyList<string> Problems) ExternalCheckpoints();

    /// <summary>Seals every committed record, so verification sees them all.</summary>
    Task SealAsync(CancellationToken ct);

    /// <summary>Anchors the current head in a checkpoint now.</summary>
    Task CheckpointAsync(CancellationToken ct);
}

/// <summary>
/// Records an event that changes no data — a refused import, an export, a denied request — in a unit of work of its
/// own, so nothing the caller has tracked is saved with it. Carries the caller's user and source.
/// </summary>
public interface IAuditEvents
{
    Task RecordAsync(string action, string entityType, string entityId, string? detail, CancellationToken ct = default);
}

/// <summary>Lets a use case label what it does in the audit trail, or record an event that is not a row change.</summary>
public interface IAuditNotes
{
    void Describe(string action, long? userId = null, string? userName = null);

    void Record(string action, string entityType, string entityId, string? before, string? after);
}
