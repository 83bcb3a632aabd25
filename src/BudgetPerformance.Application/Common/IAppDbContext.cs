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
    DbSet<FiscalYear> FiscalYears { get; }
    DbSet<Project> Projects { get; }
    DbSet<Policy> Policies { get; }
    DbSet<DepartmentBudget> DepartmentBudgets { get; }
    DbSet<AuditRecord> AuditRecords { get; }
    DbSet<RulePack> RulePacks { get; }
    DbSet<RulePackAssignment> RulePackAssignments { get; }
    DbSet<LibraryIndicator> LibraryIndicators { get; }
    DbSet<PerformanceTarget> PerformanceTargets { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets tracked entities. Pages keep one context for the whole circuit, so a write use case calls this first and
    /// reads the rows it changes afresh (a tracked query would otherwise hand back the instance an earlier action left).
    /// </summary>
    void DiscardChanges();
}

/// <summary>Lets a use case label what it does in the audit trail, or record an event that is not a row change.</summary>
public interface IAuditNotes
{
    void Describe(string action, long? userId = null, string? userName = null);

    void Record(string action, string entityType, string entityId, string? before, string? after);
}
