using System.Text.Json;
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
            .Start<DeclaredRelation>(await NextAsync(db.DeclaredRelations, ct))
            .Start<FiscalYear>(await NextAsync(db.FiscalYears, ct))
            .Start<Policy>(await NextAsync(db.Policies, ct))
            .Start<Project>(await NextAsync(db.Projects, ct))
            .Start<DepartmentBudget>(await NextAsync(db.DepartmentBudgets, ct))
            .Start<PerformanceTarget>(await NextAsync(db.PerformanceTargets, ct))
            .Start<Domain.RulePacks.RuleOutcome>(await NextAsync(db.RuleOutcomes, ct));

    private static async Task<long> NextAsync<T>(DbSet<T> set, CancellationToken ct) where T : Domain.Common.Entity =>
        (await set.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1;

    /// <summary>
    /// Inserts the dataset in one transaction. The audit trail gets one record for the whole load — who, when, what,
    /// how many rows of each kind and a SHA-256 checksum of every row written — instead of one record per row.
    /// </summary>
    public static async Task LoadAsync(AppDbContext db, GeneratedDataset data, string description, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var checksum = new RowChecksum();
            await db.InTransactionAsync(async c =>
            {
                await BulkInserter.InsertAsync(db, data.Regions, checksum, c);
                await BulkInserter.InsertAsync(db, data.Organizations, checksum, c);
                await BulkInserter.InsertAsync(db, data.Users, checksum, c);
                await BulkInserter.InsertAsync(db, data.Experts, checksum, c);
                await BulkInserter.InsertAsync(db, data.DeclaredRelations, checksum, c);
                await BulkInserter.InsertAsync(db, data.FiscalYears, checksum, c);
                await BulkInserter.InsertAsync(db, data.Policies, checksum, c);
                await BulkInserter.InsertAsync(db, data.Projects, checksum, c);
                await BulkInserter.InsertAsync(db, data.DepartmentBudgets, checksum, c);
                await BulkInserter.InsertAsync(db, data.RuleOutcomes, checksum, c);
                await BulkInserter.InsertAsync(db, data.Targets, checksum, c);
                await BulkOwnedInserter.InsertAsync(db, data.Targets, t => t.Indicators, checksum, c);
                await BulkOwnedInserter.InsertAsync(db, data.Targets, t => t.History, checksum, c);

                // One audit entry for the whole load: a bulk load is one act of one operator.
                db.AuditNotes?.Record("批量导入", "Dataset", data.Regions.FirstOrDefault()?.Code ?? "-", null, JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["说明"] = description,
                    ["行政区划"] = data.Regions.Count,
                    ["单位"] = data.Organizations.Count,
                    ["项目"] = data.Projects.Count,
                    ["绩效目标"] = data.Targets.Count,
                    ["审核结果"] = data.RuleOutcomes.Count,
                    ["用户"] = data.Users.Count,
                    ["行数"] = checksum.Rows,
                    ["校验和"] = checksum.Finish(),
                }, AuditJson));
                return await db.SaveChangesAsync(c);
            }, ct);
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

    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
