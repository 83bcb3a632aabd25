using System.Globalization;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Infrastructure.Bulk;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>Loads a generated dataset in one transaction with the bulk inserter, and notes the load in the audit trail.</summary>
public static class DatasetLoader
{
    /// <summary>Ids to continue from, so a dataset can be added to a database that already holds one.</summary>
    public static async Task<IdAllocator> NextIdsAsync(AppDbContext db, CancellationToken ct = default) =>
        new IdAllocator()
            .Start<Region>(await NextAsync(db.Regions, ct))
            .Start<Organization>(await NextAsync(db.Organizations, ct))
            .Start<User>(await NextAsync(db.Users, ct))
            .Start<Expert>(await NextAsync(db.Experts, ct))
            .Start<FiscalYear>(await NextAsync(db.FiscalYears, ct))
            .Start<Policy>(await NextAsync(db.Policies, ct))
            .Start<Project>(await NextAsync(db.Projects, ct))
            .Start<DepartmentBudget>(await NextAsync(db.DepartmentBudgets, ct))
            .Start<PerformanceTarget>(await NextAsync(db.PerformanceTargets, ct));

    private static async Task<long> NextAsync<T>(DbSet<T> set, CancellationToken ct) where T : Domain.Common.Entity =>
        (await set.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1;

    public static async Task LoadAsync(AppDbContext db, GeneratedDataset data, string description, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await BulkInserter.InsertAsync(db, data.Regions, ct);
            await BulkInserter.InsertAsync(db, data.Organizations, ct);
            await BulkInserter.InsertAsync(db, data.Users, ct);
            await BulkInserter.InsertAsync(db, data.Experts, ct);
            await BulkInserter.InsertAsync(db, data.FiscalYears, ct);
            await BulkInserter.InsertAsync(db, data.Policies, ct);
            await BulkInserter.InsertAsync(db, data.Projects, ct);
            await BulkInserter.InsertAsync(db, data.DepartmentBudgets, ct);
            await BulkInserter.InsertAsync(db, data.Targets, ct);
            await BulkOwnedInserter.InsertAsync(db, data.Targets, t => t.Indicators, ct);
            await BulkOwnedInserter.InsertAsync(db, data.Targets, t => t.History, ct);

            // One audit entry for the whole load: a bulk load is one act of one operator.
            db.AuditNotes?.Record("批量导入", "Dataset", data.Regions.FirstOrDefault()?.Code ?? "-", null, string.Create(CultureInfo.InvariantCulture,
                $"{{\"说明\":\"{description}\",\"行政区划\":{data.Regions.Count},\"单位\":{data.Organizations.Count},\"项目\":{data.Projects.Count},\"绩效目标\":{data.Targets.Count},\"用户\":{data.Users.Count}}}"));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            if (db.IsPostgres)
            {
                // Fresh statistics, or the planner guesses on tables that just grew by a province.
                await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
