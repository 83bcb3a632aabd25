using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>
/// Monitoring content for the demo county on first start: one delivery of cumulative execution per month, January to
/// August, as the 一体化 system exports it (most projects near the time progress, about one in eight a slow spender),
/// the 1—6月 monitoring round completed (every unit's 监控表 filled, reviewed by its department, confirmed by finance, the
/// round closed), the warnings of June (with the reported indicator progress) and of August, the 1—8月 round open for
/// filling, and the August disposals under way — the school's red project disposed of (继续执行), one project's payments
/// held by finance.
/// </summary>
public static class DemoMonitoring
{
    public const int ThroughMonth = 8;

    public static async Task SeedAsync(
        AppDbContext db, RunWarningsHandler warnings, MonitoringRoundsHandler rounds, RulePackResolver packs, long countyId, int fiscalYear, DateTime now, CancellationToken ct)
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
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(now));
        var june = await rounds.OpenForAsync(countyId, regions, new OpenRound(fiscalYear, 6, today, MonitoringScope.All), "财政局绩效科", ct);
        if (june.IsSuccess)
        {
            var section = (await packs.SectionAsync(MonitoringSectionDefinition.Instance, countyId, fiscalYear, ct)).Settings;
            await CompleteAsync(db, june.Value, section, august, random, now, ct);
        }

        await warnings.RunAsync(countyId, regions, fiscalYear, 6, "演示数据", ct);
        await warnings.RunAsync(countyId, regions, fiscalYear, ThroughMonth, "演示数据", ct);

        // August's disposals under way: the school chose to go on; finance holds one project's payments.
        var pending = await (from d in db.ProjectDisposals
                             join p in db.Projects on d.ProjectId equals p.Id
                             where d.FiscalYear == fiscalYear && d.Status == DisposalStatus.Pending
                             orderby p.Code
                             select new { d, p.OwnerUnitId }).ToListAsync(ct);
        await rounds.OpenForAsync(countyId, regions, new OpenRound(fiscalYear, ThroughMonth, today.AddDays(14), MonitoringScope.All, IncludeDepartmentOverall: true), "财政局绩效科", ct);
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

    /// <summary>
    /// Every form of the round filled as its unit would (progress near the time progress; a slow spender's indicators
    /// behind, judged 有可能 with causes and measures), reviewed by the department, confirmed by finance; the round closed.
    /// </summary>
    private static async Task CompleteAsync(
        AppDbContext db, MonitoringRound round, MonitoringSection section, Dictionary<long, double> august, Random random, DateTime now, CancellationToken ct)
    {
        var forms = await db.MonitoringForms.Where(f => f.RoundId == round.Id).OrderBy(f => f.Id).ToListAsync(ct);
        var time = round.Month / 12m;
        foreach (var form in forms)
        {
            var slow = august.GetValueOrDefault(form.SubjectId, 0.6) < 0.35;
            var rows = form.Indicators.Select(i =>
            {
                var factor = slow ? 0.45m + (decimal)random.NextDouble() * 0.25m : 0.88m + (decimal)random.NextDouble() * 0.24m;
                decimal? progress = i.Direction switch
                {
                    ProgressDirection.Positive when i.TargetNumber is { } t => Math.Round(t * time * factor, 2),
                    ProgressDirection.Reverse when i.TargetNumber is { } t => Math.Round(t * 0.9m, 2),
                    ProgressDirection.NoneAllowed => 0,
                    _ => null,
                };
                return new IndicatorFill(i.IndicatorId, progress, i.TargetNumber, i.Direction == ProgressDirection.Qualitative ? slow ? QualitativeState.PartlyAchieved : QualitativeState.Achieved : null,
                    slow ? AchievementLikelihood.Possible : AchievementLikelihood.Certain, slow ? DeviationCause.Funding : DeviationCause.None, null,
                    slow ? "资金拨付滞后，已督促加快支付进度并按月调度。" : null);
            }).ToList();
            // Spending well behind the time progress is explained, as the table asks.
            var lagging = form.ExecutedFen is not { } spent || spent < form.BudgetFen * time * 0.8m;
            var note = slow ? "上半年项目招标延后，资金支付滞后于时间进度；已完成招标，下半年集中支付。"
                : lagging ? "部分合同尚未到付款节点，预计三季度末赶上时间进度。" : null;
            form.Fill(new FormFill(form.BudgetFen, note, rows), round.IsOpen, now);
            if (!form.Submit(section, round.IsOpen, "预算单位填报人", now).IsSuccess)
            {
                // A row the simple pattern leaves in doubt (no target value, a band edge): say so, as a careful unit would.
                form.Fill(new FormFill(form.BudgetFen, note ?? "执行进度与时间进度基本一致。",
                    [.. rows.Select(r => r with { Likelihood = AchievementLikelihood.Possible, Causes = r.Causes | DeviationCause.Other, CauseNote = "指标值待按实际核定", Measures = r.Measures ?? "按月跟踪指标完成情况，年底前达成目标。" })]), round.IsOpen, now);
                if (!form.Submit(section, round.IsOpen, "预算单位填报人", now).IsSuccess)
                {
                    continue;
                }
            }

            form.DepartmentReview(true, null, "主管部门审核人", now);
            form.Confirm("财政局绩效科", now);
        }

        round.Close("财政局绩效科", now);
        await db.SaveChangesAsync(ct);
    }
}
