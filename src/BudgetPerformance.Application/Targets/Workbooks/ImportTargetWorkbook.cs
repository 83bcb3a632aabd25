using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets.Workbooks;

public sealed record ImportedTarget(long Id, string SubjectName, bool Created, int ErrorCount, int WarningCount);

public sealed record ImportTargetsResult(int Created, int Updated, IReadOnlyList<ImportedTarget> Targets);

/// <summary>
/// Imports 项目支出绩效目标申报表 workbooks: every sheet is matched to a project the user declares for, every row is
/// checked with the same validator as the form, and the whole workbook is saved only when nothing is wrong — otherwise
/// nothing changes and every problem is reported by sheet, row and cell.
/// </summary>
public sealed class ImportTargetWorkbookHandler(
    IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, RulePackResolver packs, TargetReviewService reviews, ITargetWorkbooks workbooks, TimeProvider clock)
{
    public const int MaxSheets = 2_000;

    public async Task<Result<ImportTargetsResult>> HandleAsync(Stream input, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        var read = workbooks.Read(input);
        var errors = read.Errors.Select(Describe).ToList();
        if (read.Sheets.Count == 0 && errors.Count == 0)
        {
            errors.Add("工作簿中没有找到“项目支出绩效目标申报表”。");
        }

        if (read.Sheets.Count > MaxSheets)
        {
            return Error.Validation($"一次最多导入 {MaxSheets} 个项目，本工作簿有 {read.Sheets.Count} 个。", "File");
        }

        var scope = await scopes.ResolveAsync(ct);
        var codes = read.Sheets.Select(s => s.ProjectCode.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var names = read.Sheets.Where(s => s.ProjectCode.Trim().Length == 0).Select(s => s.ProjectName.Trim()).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().VisibleTo(scope)
            .Where(p => codes.Contains(p.Code) || names.Contains(p.Name)).ToListAsync(ct);
        var projectIds = projects.Select(p => p.Id).ToList();
        var existing = await db.PerformanceTargets
            .Where(t => t.SubjectKind == TargetSubjectKind.Project && projectIds.Contains(t.SubjectId))
            .ToListAsync(ct);

        var plans = new List<(TargetSheet Sheet, Domain.Budgets.Project Project, PerformanceTarget? Target, IndicatorFramework Framework, List<TargetIndicatorInput> Inputs)>();
        var seen = new HashSet<long>();
        foreach (var sheet in read.Sheets)
        {
            var where = $"工作表“{sheet.SheetName}”";
            var code = sheet.ProjectCode.Trim();
            var matches = code.Length > 0
                ? projects.Where(p => p.Code == code).ToList()
                : projects.Where(p => p.Name == sheet.ProjectName.Trim() && (sheet.FiscalYear is null || p.FiscalYear == sheet.FiscalYear)).ToList();
            if (matches.Count != 1)
            {
                var cell = sheet.Cells.GetValueOrDefault(code.Length > 0 ? "ProjectCode" : "ProjectName");
                errors.Add(matches.Count == 0
                    ? $"{where}{At(cell)}：项目“{(code.Length > 0 ? code : sheet.ProjectName)}”不存在，或不在您的权限范围内。"
                    : $"{where}{At(cell)}：项目名称“{sheet.ProjectName}”对应多个项目，请填写项目编码。");
                continue;
            }

            var project = matches[0];
            if (!seen.Add(project.Id))
            {
                errors.Add($"{where}：项目“{project.Name}”在本工作簿中出现了不止一次。");
                continue;
            }

            var target = existing.Where(t => t.SubjectId == project.Id).MaxBy(t => t.Version);
            if (!TargetAccess.MayDeclare(actor.Roles, actor.OrganizationId, project.OwnerUnitId))
            {
                errors.Add($"{where}：谁申请资金、谁设置目标，“{project.Name}”的绩效目标只能由其申报单位填报。");
                continue;
            }

            if (target is not null && !target.IsEditable)
            {
                errors.Add($"{where}：“{project.Name}”的绩效目标处于“{TargetTerms.Of(target.Status)}”状态，不能再导入覆盖；如需变更请发起调整。");
                continue;
            }

            var framework = sheet.Indicators.Any(i => IndicatorFrameworks.ParseLevel1(i.Level1) == Level1.Cost)
                ? IndicatorFramework.CostFirst
                : target?.Framework ?? (await packs.TargetReviewAsync(project.RegionId, project.FiscalYear, ct)).Settings.DefaultFramework;
            if (sheet.Indicators.Count > PerformanceTarget.MaxIndicators)
            {
                errors.Add($"{where}：三级指标有 {sheet.Indicators.Count} 个，不超过 {PerformanceTarget.MaxIndicators} 个。");
            }

            var rows = sheet.Indicators.Select(i => new TargetIndicatorRow(i.Level1, i.Level2, i.Name, i.Value, i.Weight, i.ValueSource, i.ScoringStandard)).ToList();
            var (inputs, rowErrors) = TargetIndicatorRowValidator.Validate(framework, rows, (index, field) => sheet.Indicators[index].Cells.GetValueOrDefault(field));
            errors.AddRange(rowErrors.Select(e => $"{where}第 {sheet.Indicators[e.Row - 1].Row} 行{At(e.Cell)}：{e.Message}"));
            foreach (var (field, text) in new[] { ("OverallGoal", sheet.OverallGoal), ("AnnualGoal", sheet.AnnualGoal) })
            {
                if (text.Length > PerformanceTarget.MaxGoalLength)
                {
                    errors.Add($"{where}{At(sheet.Cells.GetValueOrDefault(field))}：目标描述超过 {PerformanceTarget.MaxGoalLength} 字。");
                }
            }

            plans.Add((sheet, project, target, framework, inputs));
        }

        if (errors.Count > 0)
        {
            return Error.Many($"导入未进行：发现 {errors.Count} 处问题，工作簿中的全部内容均未保存。{errors[0]}", errors, "File");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reviewActor = new ReviewActor(actor.UserId, actor.DisplayName);
        var saved = new List<(PerformanceTarget Target, bool Created)>();
        foreach (var (sheet, project, existingTarget, framework, inputs) in plans)
        {
            var target = existingTarget ?? PerformanceTarget.Declare(
                new TargetSubject(TargetSubjectKind.Project, project.Id, project.Name, project.OwnerUnitId, project.DepartmentId, project.RegionId, project.FiscalYear),
                framework, reviewActor, now);
            var edit = target.Edit(target.Revision, framework, sheet.OverallGoal, sheet.AnnualGoal, inputs, now);
            if (!edit.IsSuccess)
            {
                return Error.Validation($"工作表“{sheet.SheetName}”：{edit.Error!.Message}导入未进行，全部内容均未保存。", "File");
            }

            if (existingTarget is null)
            {
                db.PerformanceTargets.Add(target);
            }

            saved.Add((target, existingTarget is null));
        }

        var updated = saved.Where(s => !s.Created).Select(s => s.Target).ToList();
        var created = saved.Where(s => s.Created).Select(s => s.Target).ToList();
        try
        {
            // Targets that exist are reviewed before the save, so content and review go in one write; new targets need
            // their ids before a review can name them: saved first, reviewed, saved again — in one transaction.
            await reviews.RecordManyAsync(updated, created, ct);
            if (created.Count == 0)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await db.InTransactionAsync(async c =>
                {
                    await db.SaveChangesAsync(c);
                    await reviews.RecordManyAsync(created, updated, c);
                    return await db.SaveChangesAsync(c);
                }, ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("导入期间有绩效目标被他人修改，导入未进行，全部内容均未保存。请刷新后重新导入。");
        }

        return new ImportTargetsResult(
            saved.Count(s => s.Created), saved.Count(s => !s.Created),
            saved.Select(s => new ImportedTarget(s.Target.Id, s.Target.SubjectName, s.Created, s.Target.LastReview!.ErrorCount, s.Target.LastReview.WarningCount)).ToList());
    }

    private static string At(string? cell) => cell is null ? string.Empty : $"（{cell}）";

    private static string Describe(SheetError e) =>
        e.Cell is not null && !e.Message.Contains(e.Cell, StringComparison.Ordinal) ? $"{e.Message}（单元格 {e.Cell}）" : e.Message;
}
