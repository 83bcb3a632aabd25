using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>One row per target, or one per indicator.</summary>
public enum TargetListGrain
{
    Target = 1,
    Indicator = 2,
}

/// <summary>
/// The target list as one flat sheet (目标清单), filtered as the list page is: one row per target with its status, 财政评级,
/// money and review findings, or one row per indicator with the value as read, as written and how it was read. It sits
/// beside the per-project 申报表 export, which keeps the official layout.
/// </summary>
public sealed class ExportTargetListHandler(IAppDbContext db, AccessScopeResolver scopes, ICurrentUser currentUser, ITableWorkbooks workbooks, IAuditEvents events)
{
    public const int MaxTargets = 20_000;
    private const int Chunk = 500;

    private static readonly ListColumn[] Common =
    [
        new("预算年度", 9), new("对象类型", 9), new("对象名称", 30), new("项目编码", 18), new("申报单位", 26), new("主管部门", 22),
    ];

    private static readonly ListColumn[] TargetColumns =
    [
        .. Common, new("版本", 6), new("状态", 14), new("财政评级", 9), new("资金（万元）", 13), new("三级指标数", 10), new("分值合计", 9),
        new("审核错误", 9), new("审核警告", 9), new("审核发现", 60), new("规则方案", 28), new("更新时间（北京时间）", 18),
    ];

    private static readonly ListColumn[] IndicatorColumns =
    [
        .. Common, new("状态", 14), new("财政评级", 9), new("资金（万元）", 13), new("一级指标", 12), new("二级指标", 16), new("三级指标", 28),
        new("指标值", 16), new("原填写", 16), new("分值", 7), new("指标值来源", 12), new("读取说明", 40), new("本指标的审核发现", 50),
    ];

    public async Task<Result<int>> HandleAsync(ListTargetsQuery filter, TargetListGrain grain, Stream output, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        var valid = PagingRules.Check(1, 1, filter.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        if (!Enum.IsDefined(grain))
        {
            return Error.Validation("导出粒度应为“每个目标一行”或“每个指标一行”。", "grain");
        }

        var scope = await scopes.ResolveAsync(ct);
        var ids = await ListTargetsHandler.ApplyFilters(ListTargetsHandler.VisibleTo(db.PerformanceTargets.AsNoTracking(), scope), filter, actor)
            .OrderBy(t => t.DepartmentId).ThenBy(t => t.OwnerUnitId).ThenBy(t => t.SubjectName).ThenBy(t => t.Id)
            .Select(t => t.Id).Take(MaxTargets + 1).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return Error.NotFound("没有可导出的绩效目标（请检查筛选条件或权限范围）。");
        }

        if (ids.Count > MaxTargets)
        {
            return Error.Validation($"符合条件的绩效目标超过 {MaxTargets} 个，请按年度、部门或状态缩小范围后再导出。", "year");
        }

        await workbooks.WriteAsync(output, grain == TargetListGrain.Target ? "目标清单" : "指标清单", grain == TargetListGrain.Target ? TargetColumns : IndicatorColumns,
            Rows(ids, grain, ct), ct);
        await events.RecordAsync(grain == TargetListGrain.Target ? "导出目标清单" : "导出指标清单", "PerformanceTarget", string.Empty,
            $"{ids.Count} 个绩效目标；筛选：年度 {filter.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "全部"}{(string.IsNullOrWhiteSpace(filter.Keyword) ? string.Empty : $"，关键字“{filter.Keyword}”")}{(filter.Status is { } st ? $"，状态 {Domain.Targets.TargetTerms.Of(st)}" : string.Empty)}", ct);
        return ids.Count;
    }

    /// <summary>Rows in chunks, so a county's list never sits in memory as entities all at once.</summary>
    private async IAsyncEnumerable<IReadOnlyList<object?>> Rows(List<long> ids, TargetListGrain grain, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var orgs = new Dictionary<long, string>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var targets = await db.PerformanceTargets.AsNoTracking().Where(t => chunk.Contains(t.Id)).ToListAsync(ct);
            var reviewIds = targets.Where(t => t.LastReviewId != null).Select(t => t.LastReviewId!.Value).ToList();
            // The review results without their stored inputs, which only a recomputation needs.
            var reviews = await db.RuleOutcomes.AsNoTracking().Where(o => reviewIds.Contains(o.Id))
                .Select(o => new Review(o.Id, o.ErrorCount, o.WarningCount, o.Findings, o.PackLabel, o.PackVersion)).ToDictionaryAsync(o => o.Id, ct);
            var order = chunk.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            targets.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
            await NamesAsync(orgs, targets.SelectMany(t => new[] { t.OwnerUnitId, t.DepartmentId }), ct);
            var money = await MoneyAsync(targets, ct);
            var codes = await CodesAsync(targets, ct);
            foreach (var t in targets)
            {
                object?[] common =
                [
                    t.FiscalYear, TargetTerms.Of(t.SubjectKind), t.SubjectName, t.SubjectKind == TargetSubjectKind.Project ? codes.GetValueOrDefault(t.SubjectId) : null, orgs.GetValueOrDefault(t.OwnerUnitId), orgs.GetValueOrDefault(t.DepartmentId),
                ];
                var grade = t.FinanceGrade is { } g ? TargetTerms.Of(g) : null;
                var wan = money.TryGetValue((t.SubjectKind, t.SubjectId), out var fen) ? (object)Math.Round(fen / 1_000_000m, 2) : null;
                var review = t.LastReviewId is { } r ? reviews.GetValueOrDefault(r) : null;
                var findings = review?.Findings ?? [];
                if (grain == TargetListGrain.Target)
                {
                    yield return
                    [
                        .. common, t.Version, TargetTerms.Of(t.Status), grade, wan, t.Indicators.Count, t.Indicators.Sum(i => i.Weight),
                        review?.Errors, review?.Warnings, Describe(findings), review is null ? null : $"{review.PackLabel}（第 {review.PackVersion} 版）",
                        BeijingTime.Format(t.UpdatedAt),
                    ];
                    continue;
                }

                foreach (var i in t.Indicators.OrderBy(i => i.Position))
                {
                    yield return
                    [
                        .. common, TargetTerms.Of(t.Status), grade, wan, IndicatorFrameworks.Name(i.Level1), IndicatorFrameworks.Name(i.Level2), i.Name,
                        i.Value.ToString(), i.Written, i.Weight == 0 ? null : i.Weight, IndicatorFrameworks.Name(i.ValueSource),
                        i.Notes.Count == 0 ? null : string.Join("；", i.Notes.Select(n => $"{n.Code} {n.Text}")),
                        Describe(findings.Where(f => f.Subject == i.Name)),
                    ];
                }
            }
        }
    }

    private sealed record Review(long Id, int Errors, int Warnings, IReadOnlyList<RuleFinding> Findings, string PackLabel, int PackVersion);

    private static string? Describe(IEnumerable<RuleFinding> findings)
    {
        var text = string.Join("\n", findings.Where(f => f.Severity != FindingSeverity.Info).Select(f => $"{f.Rule} {(f.Severity == FindingSeverity.Error ? "错误" : "警告")}：{f.Message}"));
        return text.Length == 0 ? null : text;
    }

    private async Task NamesAsync(Dictionary<long, string> names, IEnumerable<long> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !names.ContainsKey(id)).Distinct().ToList();
        foreach (var o in await db.Organizations.AsNoTracking().Where(o => missing.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        {
            names[o.Id] = o.Name;
        }
    }

    /// <summary>A project's own money; a policy's is the sum of its projects in that year; a department's is its whole budget.</summary>
    private async Task<Dictionary<(TargetSubjectKind, long), long>> MoneyAsync(List<PerformanceTarget> targets, CancellationToken ct)
    {
        var result = new Dictionary<(TargetSubjectKind, long), long>();
        var projects = targets.Where(t => t.SubjectKind == TargetSubjectKind.Project).Select(t => t.SubjectId).ToList();
        foreach (var p in await db.Projects.AsNoTracking().Where(p => projects.Contains(p.Id)).Select(p => new { p.Id, p.AdjustedTotalFen }).ToListAsync(ct))
        {
            result[(TargetSubjectKind.Project, p.Id)] = p.AdjustedTotalFen;
        }

        foreach (var t in targets.Where(t => t.SubjectKind == TargetSubjectKind.Policy))
        {
            result[(t.SubjectKind, t.SubjectId)] = await db.Projects.AsNoTracking().Where(p => p.PolicyId == t.SubjectId && p.FiscalYear == t.FiscalYear).SumAsync(p => p.AdjustedTotalFen, ct);
        }

        foreach (var t in targets.Where(t => t.SubjectKind == TargetSubjectKind.DepartmentOverall))
        {
            // The subject of a 部门整体 target is the department's budget of the year.
            result[(t.SubjectKind, t.SubjectId)] = await db.DepartmentBudgets.AsNoTracking().Where(b => b.Id == t.SubjectId)
                .Select(b => b.PersonnelFen + b.OperatingFen + b.ProjectFen).FirstOrDefaultAsync(ct);
        }

        return result;
    }

    private async Task<Dictionary<long, string>> CodesAsync(List<PerformanceTarget> targets, CancellationToken ct)
    {
        var projects = targets.Where(t => t.SubjectKind == TargetSubjectKind.Project).Select(t => t.SubjectId).ToList();
        return await db.Projects.AsNoTracking().Where(p => projects.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
    }
}
