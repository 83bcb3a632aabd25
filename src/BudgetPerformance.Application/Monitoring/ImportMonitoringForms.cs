using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

/// <summary>The columns of the 项目支出绩效目标执行监控表 as the round's export writes them (and units keep them).</summary>
public static class MonitoringFormLayout
{
    public const string FormId = "FormId";
    public const string ProjectCode = "ProjectCode";
    public const string Forecast = "Forecast";
    public const string ExecutionNote = "ExecutionNote";
    public const string IndicatorId = "IndicatorId";
    public const string IndicatorName = "IndicatorName";
    public const string Progress = "Progress";
    public const string FullYear = "FullYear";
    public const string Likelihood = "Likelihood";
    public const string Causes = "Causes";
    public const string CauseNote = "CauseNote";
    public const string Measures = "Measures";

    public static readonly TableLayout Table = new("项目支出绩效目标执行监控表", [
        new(FormId, ["监控表编号", "監控表編號"], Required: true),
        new(ProjectCode, ["项目编码", "项目代码", "項目編碼", "項目代碼"]),
        new(Forecast, ["全年预计执行数", "全年预计支出数", "全年預計執行數"]),
        new(ExecutionNote, ["预算执行偏差原因及改进措施", "执行偏差原因及改进措施", "预算执行偏差原因"]),
        new(IndicatorId, ["指标编号", "指標編號"]),
        new(IndicatorName, ["三级指标", "指标名称", "三級指標", "指標名稱"]),
        new(Progress, [.. Enumerable.Range(1, 12).SelectMany(m => new[] { $"1—{m}月执行情况", $"1-{m}月执行情况", $"1至{m}月执行情况" }), "1—N月执行情况", "执行情况", "截至目前完成值", "完成值", "实际完成值", "執行情況", "完成情况", "完成情況"]),
        new(FullYear, ["全年预计完成情况", "全年预计完成值", "全年预计完成", "全年預計完成情況"]),
        new(Likelihood, ["完成目标可能性", "完成目標可能性"]),
        new(Causes, ["偏差原因", "偏差原因分析", "偏差原因類型", "偏差原因类型"]),
        new(CauseNote, ["偏差原因说明", "原因说明", "偏差原因說明", "原因說明"]),
        new(Measures, ["改进措施", "完善措施", "改進措施", "整改措施"]),
    ]);
}

public sealed record ImportMonitoringFormsResult(int Forms, int Indicators, IReadOnlyList<string> Notes);

/// <summary>
/// A unit fills its 监控表 offline and uploads them (.xlsx as the round exported them, or .csv): rows matched to its own forms
/// by 监控表编号 and 指标编号, words read as a reviewer reads them (确定能 / 有可能 / 完全不可能; 经费保障、其他; 达成 / 部分达成 /
/// 未达成; numbers with their unit). All or nothing: one unreadable cell, a form that is not the user's or no longer
/// editable, and nothing is saved, every problem named by row and column. Saved as drafts: submitting stays a step of its own.
/// </summary>
public sealed class ImportMonitoringFormsHandler(
    IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, ITableSheets tables, IMonitoringWorkbooks official, UploadGate uploads, IAuditEvents events,
    IAuditNotes audit, TimeProvider clock)
{
    public async Task<Result<ImportMonitoringFormsResult>> HandleAsync(long roundId, Stream input, string fileName, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || scope.Kind is AccessScopeKind.None or AccessScopeKind.Region || !actor.Has(Role.BudgetUnit | Role.Department))
        {
            return Error.Forbidden("只有预算单位可以导入本单位的监控表。");
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return Error.NotFound($"监控轮次（编号 {roundId}）不存在。");
        }

        return await GuardedImport.RunAsync<ImportMonitoringFormsResult>(uploads, events, actor.UserId, input, "导入监控表被拒绝", "MonitoringForm", async token =>
        {
            var read = tables.ReadFile(input, fileName, [MonitoringFormLayout.Table], uploads.Limits, token);
            if (read.Errors.Count > 0)
            {
                return Refusal([.. read.Errors]);
            }

            var lines = read.Sheets.SelectMany(s => s.Rows.Select(r => (At: $"{(s.SheetName.Length > 0 ? $"工作表“{s.SheetName}”" : "文件")}第 {r.Row} 行", Row: r))).ToList();
            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && input.CanSeek)
            {
                // Sheets in the official layout carry the form's forecast and explanation in their head block.
                lines.InsertRange(0, official.ReadHeads(input, uploads.Limits, token).Select(h => (At: $"工作表“{h.SheetName}”表头", Row: new TableRecord(0, new Dictionary<string, TableCell>
                {
                    [MonitoringFormLayout.FormId] = new(h.FormId, h.FormIdCell),
                    [MonitoringFormLayout.Forecast] = new(h.Forecast, h.ForecastCell.Length == 0 ? null : h.ForecastCell),
                    [MonitoringFormLayout.ExecutionNote] = new(h.ExecutionNote, h.ExecutionNoteCell.Length == 0 ? null : h.ExecutionNoteCell),
                }))));
            }

            if (lines.Count == 0)
            {
                return Error.Validation("文件中没有监控表的数据行（表头应含“监控表编号”）。", "file");
            }

            var errors = new List<string>();
            var ids = new List<long>();
            foreach (var (at, row) in lines)
            {
                var cell = row[MonitoringFormLayout.FormId];
                if (long.TryParse(cell.Text, out var id))
                {
                    ids.Add(id);
                }
                else
                {
                    errors.Add($"{at}{cell.At}：监控表编号“{cell.Text}”不是数字。");
                }
            }

            var distinct = ids.Distinct().ToList();
            var forms = new Dictionary<long, MonitoringForm>();
            foreach (var chunk in distinct.Chunk(500))
            {
                foreach (var f in await MonitoringFormsHandler.VisibleTo(db.MonitoringForms, scope).Where(f => f.RoundId == roundId && chunk.Contains(f.Id)).ToListAsync(token))
                {
                    forms[f.Id] = f;
                }
            }

            var fills = new Dictionary<long, (long? Forecast, string? Note, Dictionary<long, IndicatorFill> Rows, bool ForecastSeen, bool NoteSeen)>();
            foreach (var (at, row) in lines)
            {
                if (!long.TryParse(row[MonitoringFormLayout.FormId].Text, out var id))
                {
                    continue;
                }

                if (!forms.TryGetValue(id, out var form) || !MonitoringFormsHandler.MayFill(actor, scope, form))
                {
                    errors.Add($"{at}{row[MonitoringFormLayout.FormId].At}：监控表编号 {id} 不是本轮次中您可以填报的监控表。");
                    continue;
                }

                if (row[MonitoringFormLayout.ProjectCode] is { IsBlank: false } code && code.Text != form.SubjectCode)
                {
                    errors.Add($"{at}{code.At}：项目编码“{code.Text}”与监控表 {id}（{form.SubjectCode}）不一致。");
                    continue;
                }

                var fill = fills.TryGetValue(id, out var found) ? found : (null, null, new Dictionary<long, IndicatorFill>(), false, false);
                var forecastCell = row[MonitoringFormLayout.Forecast];
                if (!forecastCell.IsBlank)
                {
                    var forecast = ExecutionValues.ReadAmount(forecastCell.Text, inWanYuan: true);
                    if (forecast is null)
                    {
                        errors.Add($"{at}{forecastCell.At}：全年预计执行数“{forecastCell.Text}”不是金额（万元）。");
                    }
                    else if (fill.ForecastSeen && fill.Forecast != forecast)
                    {
                        errors.Add($"{at}{forecastCell.At}：同一监控表的全年预计执行数前后不一致。");
                    }
                    else
                    {
                        (fill.Forecast, fill.ForecastSeen) = (forecast, true);
                    }
                }

                var noteCell = row[MonitoringFormLayout.ExecutionNote];
                if (!noteCell.IsBlank)
                {
                    if (fill.NoteSeen && fill.Note != noteCell.Text)
                    {
                        errors.Add($"{at}{noteCell.At}：同一监控表的预算执行偏差原因前后不一致。");
                    }

                    (fill.Note, fill.NoteSeen) = (noteCell.Text, true);
                }

                var indicatorCell = row[MonitoringFormLayout.IndicatorId];
                if (!indicatorCell.IsBlank)
                {
                    var indicator = long.TryParse(indicatorCell.Text, out var indicatorId) ? form.Indicators.FirstOrDefault(i => i.IndicatorId == indicatorId) : null;
                    if (indicator is null)
                    {
                        errors.Add($"{at}{indicatorCell.At}：指标编号“{indicatorCell.Text}”不是监控表 {id} 的指标。");
                    }
                    else if (fill.Rows.ContainsKey(indicator.IndicatorId))
                    {
                        errors.Add($"{at}{indicatorCell.At}：指标“{indicator.Name}”填了两次。");
                    }
                    else if (ReadRow(at, row, indicator, errors) is { } reported)
                    {
                        fill.Rows[indicator.IndicatorId] = reported;
                    }
                }

                fills[id] = fill;
            }

            if (errors.Count > 0)
            {
                return Refusal(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (id, fill) in fills)
            {
                var form = forms[id];
                // Rows the file does not carry keep what was saved (a unit may send only the rows it changed).
                var rows = form.Indicators.Select(i => fill.Rows.GetValueOrDefault(i.IndicatorId) ?? new IndicatorFill(i.IndicatorId, i.ProgressToDate, i.FullYearForecast, i.State,
                    i.Likelihood, i.Causes, i.CauseNote, i.Measures)).ToList();
                var filled = form.Fill(new FormFill(fill.ForecastSeen ? fill.Forecast : form.ForecastFen, fill.NoteSeen ? fill.Note : form.ExecutionNote, rows), round.IsOpen, now);
                if (!filled.IsSuccess)
                {
                    errors.Add($"监控表 {id}（{form.SubjectCode} {form.SubjectName}）：{filled.Error!.Message}");
                }
            }

            if (errors.Count > 0)
            {
                return Refusal(errors);
            }

            audit.Describe($"导入监控表：{round.Name}（{fills.Count} 张，文件“{fileName}”）");
            var saved = await db.SaveOrConflictAsync("监控表刚被他人修改，请刷新后重新导入。", token);
            return saved.IsSuccess
                ? new ImportMonitoringFormsResult(fills.Count, fills.Sum(f => f.Value.Rows.Count), read.Notes)
                : saved.Error!;
        }, ct);
    }

    private static IndicatorFill? ReadRow(string at, TableRecord row, MonitoringFormIndicator indicator, List<string> errors)
    {
        var before = errors.Count;
        var progressCell = row[MonitoringFormLayout.Progress];
        var fullYearCell = row[MonitoringFormLayout.FullYear];
        decimal? progress = null;
        decimal? fullYear = null;
        QualitativeState? state = null;
        if (indicator.Direction == ProgressDirection.Qualitative)
        {
            if (!progressCell.IsBlank && (state = MonitoringReportRules.ReadState(progressCell.Text)) is null)
            {
                errors.Add($"{at}{progressCell.At}：指标“{indicator.Name}”是定性指标，执行情况应写“达成”“部分达成”或“未达成”，而不是“{progressCell.Text}”。");
            }
        }
        else
        {
            if (!progressCell.IsBlank && (progress = MonitoringReportRules.ReadNumber(progressCell.Text, indicator.Unit)) is null)
            {
                errors.Add($"{at}{progressCell.At}：指标“{indicator.Name}”的执行情况“{progressCell.Text}”不是数值{(indicator.Unit is { } u ? $"（单位：{u}）" : string.Empty)}。");
            }

            if (!fullYearCell.IsBlank && (fullYear = MonitoringReportRules.ReadNumber(fullYearCell.Text, indicator.Unit)) is null)
            {
                errors.Add($"{at}{fullYearCell.At}：指标“{indicator.Name}”的全年预计完成情况“{fullYearCell.Text}”不是数值。");
            }
        }

        var likelihoodCell = row[MonitoringFormLayout.Likelihood];
        var likelihood = likelihoodCell.IsBlank ? null : MonitoringReportRules.ReadLikelihood(likelihoodCell.Text);
        if (!likelihoodCell.IsBlank && likelihood is null)
        {
            errors.Add($"{at}{likelihoodCell.At}：完成目标可能性应为“确定能”“有可能”或“完全不可能”，而不是“{likelihoodCell.Text}”。");
        }

        var causesCell = row[MonitoringFormLayout.Causes];
        var (causes, unknown) = MonitoringReportRules.ReadCauses(causesCell.Text);
        if (unknown.Count > 0)
        {
            errors.Add($"{at}{causesCell.At}：偏差原因“{string.Join("、", unknown)}”不在经费保障、制度保障、人员保障、硬件条件保障、其他之中。");
        }

        var note = row[MonitoringFormLayout.CauseNote];
        var measures = row[MonitoringFormLayout.Measures];
        foreach (var (cell, name) in new[] { (note, "偏差原因说明"), (measures, "改进措施") })
        {
            if (cell.Text.Length > MonitoringReportRules.MaxTextLength)
            {
                errors.Add($"{at}{cell.At}：{name}超过 {MonitoringReportRules.MaxTextLength} 个字。");
            }
        }

        return errors.Count > before
            ? null
            : new IndicatorFill(indicator.IndicatorId, progress, fullYear, state, likelihood, causes, note.IsBlank ? null : note.Text, measures.IsBlank ? null : measures.Text);
    }

    private static Error Refusal(List<string> errors) => ImportRefusal.Of($"监控表有 {errors.Count} 处问题，未导入任何内容：{errors[0]}", errors, "file");
}
