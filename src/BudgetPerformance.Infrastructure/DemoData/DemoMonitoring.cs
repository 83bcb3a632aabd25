using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>
/// Monitoring content for the demo county on first start: one delivery of cumulative execution per month, January to
/// August, as the 一体化 system exports it (most projects near the time progress, about one in eight a slow spender),
/// the warnings of June and of August computed from it, and the August disposals under way — the school's red project
/// disposed of (继续执行), one project's payments held by finance.
/// </summary>
public static class DemoMonitoring
{
    public const int ThroughMonth = 8;

    public static async Task SeedAsync(AppDbContext db, RunWarningsHandler warnings, long countyId, int fiscalYear, DateTime now, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().InLibrary().Where(p => p.RegionId == countyId && p.FiscalYear == fiscalYear)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.AdjustedTotalFen, p.OwnerUnitId }).ToListAsync(ct);
        var school = await db.Users.AsNoTracking().Where(u => u.UserName == "yizhong").Select(u => u.OrganizationId).FirstOrDefaultAsync(ct);
        if (projects.Count == 0)
        {
            return;
        }

        var random = new Random(DatabaseInitializer.DemoSeed);
        // The share of its budget each project will have spent by the end of August.
        var august = projects.ToDictionary(p => p.Id, _ => random.NextDouble() < 0.125 ? 0.08 + (random.NextDouble() * 0.25) : 0.45 + (random.NextDouble() * 0.40));
        // The demo school has a slow project of its own, so its user has a disposal to see.
        if (projects.FirstOrDefault(p => p.OwnerUnitId == school && p.AdjustedTotalFen > 0) is { } slow)
        {
            august[slow.Id] = 0.15;
        }
        for (var month = 1; month <= ThroughMonth; month++)
        {
            var rows = projects.Select(p => (p.Id, Fen: (long)(p.AdjustedTotalFen * august[p.Id] * month / ThroughMonth))).ToList();
            var checksum = ImportExecutionDataHandler.Checksum(rows.Select(r => (r.Id, month, r.Fen)));
            var batch = ExecutionBatch.Create(countyId, fiscalYear, ExecutionSource.Api, $"预算管理一体化系统 {fiscalYear} 年 1-{month} 月执行数据", checksum,
                rows.Count, rows.Sum(r => r.Fen), now.AddDays(month - ThroughMonth - 1), null, "系统：预算管理一体化系统", ExecutionBatchKind.Cumulative, month,
                $"YTH-{fiscalYear}-{month:00}");
            await db.InTransactionAsync(async c =>
            {
                db.ExecutionBatches.Add(batch);
                await db.SaveChangesAsync(c);
                await db.BulkInsertAsync(rows.Select(r => ProjectExecution.Create(batch, r.Id, month, r.Fen)).ToList(), c);
                return true;
            }, ct);
        }

        var regions = new List<long> { countyId };
        await warnings.RunAsync(countyId, regions, fiscalYear, 6, "演示数据", ct);
        await warnings.RunAsync(countyId, regions, fiscalYear, ThroughMonth, "演示数据", ct);

        // August's disposals under way: the school chose to go on; finance holds one project's payments.
        var pending = await (from d in db.ProjectDisposals
                             join p in db.Projects on d.ProjectId equals p.Id
                             where d.FiscalYear == fiscalYear && d.Status == DisposalStatus.Pending
                             orderby p.Code
                             select new { d, p.OwnerUnitId }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(now));
        if (pending.FirstOrDefault(x => x.OwnerUnitId == school) is { } ours)
        {
            ours.d.Choose(DisposalChoice.Continue, "已完成设备采购招标，合同签订后即支付预付款。", "9 月底前累计支付至预算的 60%，10 月底前完成验收付款。", "第一中学", today, now);
        }

        if (pending.FirstOrDefault(x => x.OwnerUnitId != school) is { } held)
        {
            held.d.Suspend("连续两次监控执行率低于时间进度的 60%，单位未说明原因，暂缓拨款待核实。", "财政局绩效科", now);
        }

        await db.SaveChangesAsync(ct);
    }
}
