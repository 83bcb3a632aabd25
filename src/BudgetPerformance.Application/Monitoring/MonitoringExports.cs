using System.Runtime.CompilerServices;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

/// <summary>How a round's forms are exported.</summary>
public enum MonitoringExportLayout
{
    /// <summary>One sheet per form in the official layout (head block and indicator table).</summary>
    Official = 1,
    /// <summary>One sheet, one row per indicator, under the table's column names.</summary>
    List = 2,
    /// <summary>The 一体化 exchange sheets PAY_PERF_MONITOR_TASK and PAY_PERF_MONITOR_INFO.</summary>
    Exchange = 3,
}

/// <summary>The lists finance works from.</summary>
public enum MonitoringList
{
    /// <summary>红灯清单 (the month's current warnings)</summary>
    Red = 1,
    /// <summary>逾期清单: disposals past their deadline, and forms not filled past the round's deadline</summary>
    Overdue = 2,
    /// <summary>暂缓（停止）拨款清单</summary>
    Suspended = 3,
    /// <summary>未填报清单 (a round's forms not yet submitted)</summary>
    NotFilled = 4,
}

/// <summary>
/// The monitoring lists and tables as .xlsx, each filtered to what the signed-in user may see: the red, overdue, suspended
/// and not-filled lists; a round's 项目支出绩效目标执行监控表 (one row per indicator under the table's own column names);
/// and the same data in the 预算管理一体化 exchange layout (sheets PAY_PERF_MONITOR_TASK and PAY_PERF_MONITOR_INFO, field
/// codes as headers). Every export is audited.
/// </summary>
public sealed class MonitoringExportsHandler(
    IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, WarningListsHandler warnings, DisposalsHandler disposals, ITableWorkbooks workbooks,
    IAuditEvents events, TimeProvider clock, IMonitoringWorkbooks official)
{
    public const int MaxRows = 200_000;
    public const int MaxOfficialSheets = 3_000;

    public static string ListName(MonitoringList list) => list switch
    {
        MonitoringList.Red => "红灯清单",
        MonitoringList.Overdue => "逾期清单",
        MonitoringList.Suspended => "暂缓拨款清单",
        MonitoringList.NotFilled => "未填报清单",
        _ => list.ToString(),
    };

    /// <summary>The monitoring table's columns (项目支出绩效目标执行监控表), one row per indicator.</summary>
    public static readonly ListColumn[] FormColumns =
    [
        new("监控表编号", 10), new("项目编码", 18), new("项目名称", 30), new("主管部门", 20), new("实施单位", 22), new("年度资金总额（万元）", 14),
        new("1—N月执行数（万元）", 14), new("执行率", 9), new("全年预计执行数（万元）", 14), new("预算执行偏差原因及改进措施", 30),
        new("指标编号", 10), new("一级指标", 10), new("二级指标", 14), new("三级指标", 26), new("年度指标值", 14), new("1—N月执行情况", 14), new("全年预计完成情况", 14),
        new("完成目标可能性", 12), new("偏差原因", 20), new("偏差原因说明", 24), new("改进措施", 30), new("预警", 8), new("状态", 12),
    ];

    /// <summary>一体化 exchange: the task (round) table and the info (indicator) table, field codes as the data standard names them.</summary>
    public static readonly ListColumn[] TaskColumns =
    [
        new("MOF_DIV_CODE", 12), new("FISCAL_YEAR", 10), new("MONITOR_TASK_ID", 14), new("MONITOR_TASK_NAME", 30), new("MONITOR_PERIOD", 12),
        new("START_DATE", 12), new("END_DATE", 12), new("MONITOR_SCOPE", 12), new("TASK_STATUS", 10), new("CREATE_TIME", 18),
    ];

    public static readonly ListColumn[] InfoColumns =
    [
        new("MOF_DIV_CODE", 12), new("FISCAL_YEAR", 10), new("MONITOR_TASK_ID", 14), new("MONITOR_ID", 12), new("AGENCY_CODE", 16), new("AGENCY_NAME", 24),
        new("PRO_CODE", 18), new("PRO_NAME", 28), new("BUDGET_AMT", 14), new("PAY_AMT", 14), new("PAY_RATE", 10), new("YEAR_FORECAST_AMT", 14),
        new("KPI_ID", 12), new("KPI_LV1_NAME", 12), new("KPI_LV2_NAME", 14), new("KPI_NAME", 26), new("KPI_VAL", 14), new("KPI_EXEC_VAL", 14), new("KPI_FORECAST_VAL", 14),
        new("ACHIEVE_POSSIBILITY", 12), new("DEVIATION_REASON", 20), new("DEVIATION_DESC", 24), new("IMPROVE_MEASURE", 30), new("WARNING_LEVEL", 10), new("AUDIT_STATUS", 12),
    ];

    public async Task<Result<string>> ListAsync(MonitoringList list, int fiscalYear, int month, long? roundId, Stream output, CancellationToken ct = default)
    {
        var name = ListName(list);
        switch (list)
        {
            case MonitoringList.Red:
                var first = await warnings.ListAsync(fiscalYear, month, WarningLight.Red, 1, WarningListsHandler.MaxPageSize, ct);
                if (!first.IsSuccess)
                {
                    return first.Error!;
                }

                await workbooks.WriteAsync(output, name,
                    [new("项目编码", 18), new("项目名称", 30), new("主管部门", 20), new("预算单位", 22), new("预警", 8), new("触发规则", 16), new("全年预算（万元）", 14), new("累计执行（万元）", 14), new("执行率", 9), new("时间进度", 9)],
                    RedRows(fiscalYear, month, first.Value, ct), ct);
                break;
            case MonitoringList.Overdue or MonitoringList.Suspended:
                var all = await disposals.ListAsync(fiscalYear, null, limit: MaxRows, ct: ct);
                if (!all.IsSuccess)
                {
                    return all.Error!;
                }

                var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime));
                var rows = list == MonitoringList.Suspended
                    ? all.Value.Where(d => d.HoldsPayments)
                    : all.Value.Where(d => d.Status == DisposalStatus.Pending && WorkingCalendar.IsOverdue(d.Deadline, today) || d is { Status: DisposalStatus.Suspended, SuspendedAutomatically: true });
                var sheets = new List<ListSheet>
                {
                    new(list == MonitoringList.Suspended ? name : "逾期未处置", [new("项目编码", 18), new("项目名称", 30), new("预算单位", 22), new("预警月份", 8), new("状态", 10), new("处置期限", 12), new("处置方式", 10), new("理由", 40), new("决定人", 10), new("决定时间（北京时间）", 18)],
                        Async(rows.Select(d => (IReadOnlyList<object?>)[d.ProjectCode, d.ProjectName, d.Unit, d.Month, d.StatusName, d.Deadline.ToString("yyyy-MM-dd"), d.ChoiceName, d.Reason, d.DecidedBy,
                            d.DecidedAt is { } at ? BeijingTime.Format(at) : null]))),
                };
                if (list == MonitoringList.Overdue && roundId is { } rid)
                {
                    var forms = await FormsAsync(rid, ct);
                    if (!forms.IsSuccess)
                    {
                        return forms.Error!;
                    }

                    var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == rid, ct);
                    sheets.Add(NotFilledSheet("逾期未填报", round.IsOverdue(today) ? forms.Value.Where(f => !IsFilled(f.Status)) : []));
                }

                await workbooks.WriteAsync(output, sheets, ct);
                break;
            case MonitoringList.NotFilled:
                if (roundId is not { } id)
                {
                    return Error.Validation("请指定监控轮次。", "roundId");
                }

                var found = await FormsAsync(id, ct);
                if (!found.IsSuccess)
                {
                    return found.Error!;
                }

                await workbooks.WriteAsync(output, [NotFilledSheet(name, found.Value.Where(f => !IsFilled(f.Status)))], ct);
                break;
            default:
                return Error.Validation("清单只能是红灯、逾期、暂缓拨款或未填报。", "list");
        }

        await events.RecordAsync($"导出{name}", "MonitoringWarning", string.Empty, $"{fiscalYear} 年 1—{month} 月{(roundId is { } r2 ? $"，轮次 {r2}" : string.Empty)}", ct);
        return $"{name}-{fiscalYear}年1-{month}月.xlsx";
    }

    /// <summary>A round's monitoring tables (one row per indicator), or the 一体化 exchange sheets of the same data.</summary>
    public async Task<Result<string>> FormsAsync(long roundId, MonitoringExportLayout layout, Stream output, CancellationToken ct = default)
    {
        var found = await FormsAsync(roundId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == roundId, ct);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == round.RegionId).Select(r => r.Code).FirstAsync(ct);
        var ids = found.Value.Select(f => f.Id).ToList();
        var exchange = layout == MonitoringExportLayout.Exchange;
        if (layout == MonitoringExportLayout.Official)
        {
            if (ids.Count > MaxOfficialSheets)
            {
                return Error.Validation($"共 {ids.Count} 张监控表，超过每个工作簿 {MaxOfficialSheets} 张（每张一个工作表）；请用清单格式（layout=List）导出。", "layout");
            }

            official.Write(output, await SheetsAsync(ids, found.Value, ct));
        }
        else if (exchange)
        {
            IReadOnlyList<object?> task =
            [
                region, round.FiscalYear, round.Id, round.Name, round.Period, $"{round.FiscalYear}-01-01", new DateOnly(round.FiscalYear, round.Month, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd"),
                MonitoringRound.ScopeName(round.Scope), MonitoringRound.StatusName(round.Status), BeijingTime.Format(round.OpenedAt),
            ];
            await workbooks.WriteAsync(output,
                [new ListSheet("PAY_PERF_MONITOR_TASK", TaskColumns, Async([task])), new ListSheet("PAY_PERF_MONITOR_INFO", InfoColumns, FormRows(ids, region, exchange: true, ct))], ct);
        }
        else
        {
            await workbooks.WriteAsync(output, "项目支出绩效目标执行监控表", FormColumns, FormRows(ids, region, exchange: false, ct), ct);
        }

        await events.RecordAsync(exchange ? "导出监控数据（一体化交换格式）" : layout == MonitoringExportLayout.Official ? "导出项目支出绩效目标执行监控表" : "导出监控表清单", "MonitoringRound", round.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{round.Name}，{ids.Count} 张监控表", ct);
        return exchange ? $"PAY_PERF_MONITOR-{round.FiscalYear}-{round.Month}.xlsx" : $"{round.Name}-{(layout == MonitoringExportLayout.Official ? "监控表" : "监控表清单")}.xlsx";
    }

    private async Task<List<MonitoringSheet>> SheetsAsync(List<long> ids, List<MonitoringFormListItem> items, CancellationToken ct)
    {
        var byId = items.ToDictionary(i => i.Id);
        var sheets = new List<MonitoringSheet>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            var forms = await db.MonitoringForms.AsNoTracking().Where(f => chunk.Contains(f.Id)).ToListAsync(ct);
            foreach (var f in forms.OrderBy(f => f.DepartmentId).ThenBy(f => f.SubjectKind).ThenBy(f => f.SubjectCode))
            {
                var item = byId[f.Id];
                sheets.Add(new MonitoringSheet(f.Id, f.SubjectCode, f.SubjectName, f.FiscalYear, f.Month, item.Department, item.Unit, Wan(f.BudgetFen),
                    f.ExecutedFen is { } e ? Wan(e) : null, item.ExecutionRate, f.ForecastFen is { } fc ? Wan(fc) : null, f.ExecutionNote,
                    [.. f.Indicators.OrderBy(i => i.Position).Select(i => new MonitoringSheetRow(i.IndicatorId, IndicatorFrameworks.Name(i.Level1), IndicatorFrameworks.Name(i.Level2), i.Name,
                        i.TargetWritten, Reported(i), i.FullYearForecast?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                        i.Likelihood is { } l ? MonitoringReportRules.Name(l) : null, i.Causes == DeviationCause.None ? null : MonitoringReportRules.Names(i.Causes), i.CauseNote, i.Measures))]));
            }
        }

        return sheets;
    }

    private static string? Reported(MonitoringFormIndicator i) =>
        i.Direction == ProgressDirection.Qualitative
            ? i.State is { } s ? ProgressDirections.StateName(s) : null
            : i.ProgressToDate?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsFilled(MonitoringFormStatus s) => s is MonitoringFormStatus.Submitted or MonitoringFormStatus.DepartmentApproved or MonitoringFormStatus.Confirmed;

    private static ListSheet NotFilledSheet(string name, IEnumerable<MonitoringFormListItem> forms) =>
        new(name, [new("项目编码", 18), new("名称", 30), new("类型", 12), new("主管部门", 20), new("填报单位", 22), new("状态", 12), new("退回理由", 30), new("最后修改（北京时间）", 18)],
            Async(forms.Select(f => (IReadOnlyList<object?>)[f.SubjectCode, f.SubjectName, f.SubjectKindName, f.Department, f.Unit, f.StatusName, f.ReturnReason,
                f.UpdatedAt is { } at ? BeijingTime.Format(at) : null])));

    private async Task<Result<List<MonitoringFormListItem>>> FormsAsync(long roundId, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(ct);
        if (await currentUser.GetActorAsync() is null || scope.Kind == AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var forms = MonitoringFormsHandler.VisibleTo(db.MonitoringForms.AsNoTracking(), scope).Where(f => f.RoundId == roundId);
        if (!await db.MonitoringRounds.AnyAsync(r => r.Id == roundId, ct) || !await forms.AnyAsync(ct))
        {
            return Error.NotFound($"监控轮次（编号 {roundId}）不存在，或其中没有您可见的监控表。");
        }

        var items = await (from f in forms
                           join d in db.Organizations.AsNoTracking() on f.DepartmentId equals d.Id
                           join u in db.Organizations.AsNoTracking() on f.UnitId equals u.Id
                           orderby f.DepartmentId, f.SubjectKind, f.SubjectCode
                           select new MonitoringFormListItem(f.Id, f.RoundId, f.SubjectKind, f.SubjectId, f.SubjectCode, f.SubjectName, d.Name, u.Name, f.Status, f.Light,
                               f.BudgetFen, f.ExecutedFen, f.ForecastFen, f.ReturnReason, f.UpdatedAt, f.Revision, f.FiscalYear, f.Month)).Take(MaxRows).ToListAsync(ct);
        return items;
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> RedRows(int fiscalYear, int month, PagedResult<WarningListItem> first, [EnumeratorCancellation] CancellationToken ct)
    {
        var page = first;
        for (var n = 1; ; n++)
        {
            foreach (var w in page.Items)
            {
                yield return [w.ProjectCode, w.ProjectName, w.Department, w.Unit, w.LightName, w.Rules, Wan(w.BudgetFen), w.ExecutedFen is { } e ? Wan(e) : null,
                    w.ExecutionRate, Math.Round(month / 12m, 4)];
            }

            if (n * page.PageSize >= page.TotalCount || n * page.PageSize >= MaxRows)
            {
                yield break;
            }

            var next = await warnings.ListAsync(fiscalYear, month, WarningLight.Red, n + 1, WarningListsHandler.MaxPageSize, ct);
            if (!next.IsSuccess)
            {
                yield break;
            }

            page = next.Value;
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> FormRows(List<long> ids, string region, bool exchange, [EnumeratorCancellation] CancellationToken ct)
    {
        var codes = new Dictionary<long, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            var forms = await db.MonitoringForms.AsNoTracking().Where(f => chunk.Contains(f.Id)).OrderBy(f => f.DepartmentId).ThenBy(f => f.SubjectKind).ThenBy(f => f.SubjectCode).ToListAsync(ct);
            var orgIds = forms.SelectMany(f => new[] { f.DepartmentId, f.UnitId }).Distinct().Where(i => !codes.ContainsKey(i)).ToList();
            foreach (var o in await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(ct))
            {
                codes[o.Id] = $"{o.Code}\t{o.Name}";
            }

            foreach (var f in forms)
            {
                var unit = codes.GetValueOrDefault(f.UnitId, "\t").Split('\t');
                var department = codes.GetValueOrDefault(f.DepartmentId, "\t").Split('\t');
                decimal? rate = f.BudgetFen > 0 && f.ExecutedFen is { } e ? Math.Round((decimal)e / f.BudgetFen, 4) : null;
                var rows = f.Indicators.Count == 0 ? [null] : f.Indicators.OrderBy(i => i.Position).Cast<MonitoringFormIndicator?>().ToList();
                foreach (var i in rows)
                {
                    var reported = i is null ? null : i.Direction == ProgressDirection.Qualitative ? i.State is { } s ? ProgressDirections.StateName(s) : null : (object?)i.ProgressToDate;
                    var causes = i is null || i.Causes == DeviationCause.None ? null : MonitoringReportRules.Names(i.Causes);
                    var likelihood = i?.Likelihood is { } l ? MonitoringReportRules.Name(l) : null;
                    yield return exchange
                        ? [region, f.FiscalYear, f.RoundId, f.Id, unit[0], unit[1], f.SubjectCode, f.SubjectName, Wan(f.BudgetFen), f.ExecutedFen is { } x ? Wan(x) : null, rate,
                            f.ForecastFen is { } fc ? Wan(fc) : null, i?.IndicatorId, i is null ? null : IndicatorFrameworks.Name(i.Level1), i is null ? null : IndicatorFrameworks.Name(i.Level2),
                            i?.Name, i?.TargetWritten, reported, i?.FullYearForecast, likelihood, causes, i?.CauseNote, i?.Measures,
                            f.Light is { } lt ? WarningLights.Name(lt) : null, MonitoringForm.StatusName(f.Status)]
                        : [f.Id, f.SubjectCode, f.SubjectName, department[1], unit[1], Wan(f.BudgetFen), f.ExecutedFen is { } y ? Wan(y) : null, rate,
                            f.ForecastFen is { } fy ? Wan(fy) : null, f.ExecutionNote, i?.IndicatorId, i is null ? null : IndicatorFrameworks.Name(i.Level1),
                            i is null ? null : IndicatorFrameworks.Name(i.Level2), i?.Name, i?.TargetWritten, reported, i?.FullYearForecast, likelihood, causes, i?.CauseNote, i?.Measures,
                            f.Light is { } lw ? WarningLights.Name(lw) : null, MonitoringForm.StatusName(f.Status)];
                }
            }
        }
    }

    private static decimal Wan(long fen) => Math.Round(fen / 1_000_000m, 2);

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Async(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
