using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BudgetPerformance.Infrastructure.Persistence;

/// <summary>The one database context. Every save that changes data also appends to the audit chain, in one transaction.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, AuditTrail? auditTrail = null) : DbContext(options), IAppDbContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<DeclaredRelation> DeclaredRelations => Set<DeclaredRelation>();
    public DbSet<Domain.Monitoring.ExecutionBatch> ExecutionBatches => Set<Domain.Monitoring.ExecutionBatch>();
    public DbSet<Domain.Monitoring.ProjectExecution> ProjectExecutions => Set<Domain.Monitoring.ProjectExecution>();
    public DbSet<Domain.Monitoring.PaymentRecord> PaymentRecords => Set<Domain.Monitoring.PaymentRecord>();
    public DbSet<Domain.Organizations.SystemAccount> SystemAccounts => Set<Domain.Organizations.SystemAccount>();
    public DbSet<Domain.Monitoring.WarningRun> WarningRuns => Set<Domain.Monitoring.WarningRun>();
    public DbSet<Domain.Monitoring.MonitoringWarning> MonitoringWarnings => Set<Domain.Monitoring.MonitoringWarning>();
    public DbSet<Domain.Monitoring.ProjectDisposal> ProjectDisposals => Set<Domain.Monitoring.ProjectDisposal>();
    public DbSet<Domain.Monitoring.MonitoringRound> MonitoringRounds => Set<Domain.Monitoring.MonitoringRound>();
    public DbSet<Domain.Monitoring.MonitoringForm> MonitoringForms => Set<Domain.Monitoring.MonitoringForm>();
    public DbSet<Domain.Monitoring.CalendarDay> CalendarDays => Set<Domain.Monitoring.CalendarDay>();
    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<DepartmentBudget> DepartmentBudgets => Set<DepartmentBudget>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<RulePack> RulePacks => Set<RulePack>();
    public DbSet<RulePackAssignment> RulePackAssignments => Set<RulePackAssignment>();
    public DbSet<LibraryIndicator> LibraryIndicators => Set<LibraryIndicator>();
    public DbSet<PerformanceTarget> PerformanceTargets => Set<PerformanceTarget>();
    public DbSet<RuleOutcome> RuleOutcomes => Set<RuleOutcome>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    /// <summary>Where a bulk operation notes itself for the audit trail; null for a context made without one (tools).</summary>
    public AuditContext? AuditNotes => auditTrail?.Notes;

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC in storage; SQLite hands them back without a kind, so say what they are.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        auditTrail is null
            ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : auditTrail.SaveWithAuditAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs several saves as one transaction (all or nothing); the audit records they wrote are sealed once it commits.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        T result;
        await using (var tx = await Database.BeginTransactionAsync(ct))
        {
            result = await work(ct);
            await tx.CommitAsync(ct);
        }

        if (auditTrail is not null)
        {
            await auditTrail.Sealer.SealAsync(ct);
        }

        return result;
    }

    public bool IsConflict(Exception exception) => IsConflictException(exception);

    public async Task LockTableAsync<T>(CancellationToken ct) where T : Domain.Common.Entity
    {
        if (IsPostgres)
        {
            var table = Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} 不是数据模型中的实体。");
            await Database.ExecuteSqlRawAsync($"LOCK TABLE \"{table}\" IN SHARE ROW EXCLUSIVE MODE", ct);
        }
    }

    public async Task BulkInsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : Domain.Common.Entity
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} 不是数据模型中的实体。");
        if (IsPostgres)
        {
            // Two bulk writes must not hand out the same ids. PostgreSQL: the lock conflicts with itself and MAX is read after
            // it (READ COMMITTED, the platform's level). SQLite: the caller's transaction has written before this (the
            // batch row), so it holds the database's write lock.
            await Database.ExecuteSqlRawAsync($"LOCK TABLE \"{table}\" IN SHARE ROW EXCLUSIVE MODE", ct);
        }

        var next = (await Set<T>().MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1;
        foreach (var row in rows)
        {
            row.AssignId(next++);
        }

        await Bulk.BulkInserter.InsertAsync(this, rows, null, ct);
    }

    public async Task BulkInsertOwnedAsync<TOwner, TChild>(IReadOnlyList<TOwner> owners, Func<TOwner, IEnumerable<TChild>> children, CancellationToken ct)
        where TOwner : Domain.Common.Entity
        where TChild : class
    {
        if (owners.Count > 0)
        {
            await Bulk.BulkOwnedInserter.InsertAsync(this, owners, children, ct);
        }
    }

    /// <summary>A lost race: a stale row, or a unique key (or a serialisable transaction) another save took first.</summary>
    public static bool IsConflictException(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "23505" or "40001" } } => true,
        DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } } => true,
        _ => false,
    };

    /// <summary>Saves the audit records themselves, which must not be audited again.</summary>
    internal Task<int> SaveChangesWithoutAuditAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);
}

/// <summary>Reads every stored time back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
