using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets.Workbooks;

public sealed record ImportedTarget(long Id, string SubjectName, bool Created, int ErrorCount, int WarningCount, bool NewProject = false);

public sealed record ImportTargetsResult(int Created, int Updated, IReadOnlyList<ImportedTarget> Targets, int ProposalsCreated = 0);

/// <summary>
/// What the user confirmed: to create 新增项目申报 in their own unit for sheets naming projects that are not in the
/// library, and to replace the content of targets that already have some.
/// </summary>
public sealed record ImportTargetsOptions(bool CreateProposals = false, bool ConfirmOverwrite = false);

/// <summary>
/// Imports 项目支出绩效目标申报表 workbooks: every sheet is matched to a project the user declares for, every row is
/// read as people write it (宽进严审) and checked with the same validator as the form, and the whole workbook is saved
/// only when nothing is wrong — otherwise nothing changes and every problem of every sheet is reported at once, by
/// sheet, row and cell. Sheets naming projects not in the library become 新增项目申报 once the user confirms, in one
/// step for the whole workbook; replacing targets that already have content needs a confirmation too.
/// </summary>
public sealed class ImportTargetWorkbookHandler(
    IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, TargetReviewService reviews, ITargetWorkbooks workbooks, TimeProvider clock,
    UploadGate uploads, IAuditEvents auditEvents)
{
    /// <summary>Error field when the only problems are projects not in the library: the user may confirm creating proposals.</summary>
    public const string UnknownProjectsField = "UnknownProjects";

    /// <summary>Error field when the workbook would replace targets that have content: the user may confirm the overwrite.</summary>
    public const string OverwriteField = "Overwrite";

    private sealed record Plan(TargetSheet Sheet, Project? Project, PerformanceTarget? Target, IndicatorFramework Framework, List<TargetIndicatorInput> Inputs);

    public async Task<Result<ImportTargetsResult>> HandleAsync(Stream input, ImportTargetsOptions? options = null, CancellationToken ct = default)
    {
        options ??= new ImportTargetsOptions();
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        if (!actor.Has(Role.BudgetUnit))
        {
            return Error.Forbidden("谁申请资金、谁设置目标：只有预算单位的填报人员可以导入绩效目标申报表。");
        }

        return await GuardedImport.RunAsync(uploads, auditEvents, actor.UserId, input, "导入绩效目标申报表被拒绝", "TargetWorkbook",
            token => ImportAsync(input, options, actor, token), ct, error => error.Field is not (UnknownProjectsField or OverwriteField));
    }

    private async Task<Result<ImportTargetsResult>> ImportAsync(Stream input, ImportTargetsOptions options, Actor actor, CancellationToken ct)
    {
        var read = workbooks.Read(input, uploads.Limits, ct);
        var errors = read.Errors.Select(Describe).ToList();
        if (read.Sheets.Count == 0 && errors.Count == 0)
        {
            errors.Add("工作簿中没有找到“项目支出绩效目标申报表”。");
        }

        var unit = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganizationId, ct);
        var scope = await scopes.ResolveAsync(ct);
        var codes = read.Sheets.Select(s => s.ProjectCode.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var names = read.Sheets.Select(s => s.ProjectName.Trim()).Where(n => n.Length > 0).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().VisibleTo(scope).Where(p => codes.Contains(p.Code) || names.Contains(p.Name)).ToListAsync(ct);
        // A code used by a project the user cannot see is not a new project: it stays "not found, or not yours".
        var hiddenCodes = (await db.Projects.AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Code).Distinct().ToListAsync(ct))
            .Except(projects.Select(p => p.Code)).ToHashSet(StringComparer.Ordinal);
        var projectIds = projects.Select(p => p.Id).ToList();
        var existing = await db.PerformanceTargets.Where(t => t.SubjectKind == TargetSubjectKind.Project && projectIds.Contains(t.SubjectId)).ToListAsync(ct);
        var defaultYear = await DefaultFiscalYearAsync(unit.RegionId, ct);
        var openYears = await db.FiscalYears.AsNoTracking().Where(f => f.RegionId == unit.RegionId && !f.IsClosed).Select(f => f.Year).ToListAsync(ct);

        var plans = new List<Plan>();
        var unknown = new List<(TargetSheet Sheet, string Message)>();
        var overwrites = new List<string>();
        var stale = new List<string>();
        var seen = new HashSet<long>();
        foreach (var sheet in read.Sheets)
        {
            var where = $"工作表“{sheet.SheetName}”";
            var (project, matchProblem, isUnknown) = Match(sheet, projects, where);
            if (isUnknown && hiddenCodes.Contains(sheet.ProjectCode.Trim()))
            {
                (matchProblem, isUnknown) = ($"{where}{At(sheet.Cells.GetValueOrDefault("ProjectCode"))}：项目“{sheet.ProjectCode.Trim()}”不存在，或不在您的权限范围内。", false);
            }

            if (matchProblem is not null)
            {
                if (isUnknown)
                {
                    unknown.Add((sheet, matchProblem));
                }
                else
                {
                    errors.Add(matchProblem);
                }
            }

            var year = project?.FiscalYear ?? sheet.FiscalYear ?? defaultYear;
            var framework = DetectFramework(sheet);
            var rules = await reviews.ReadingRulesAsync(project?.RegionId ?? unit.RegionId, year, ct);
            var rows = sheet.Indicators.Select(i => new TargetIndicatorRow(i.Level1, i.Level2, i.Name, i.Value, i.Weight, i.ValueSource, i.ScoringStandard) { Operator = i.Operator, Unit = i.Unit }).ToList();
            var (inputs, rowErrors) = TargetIndicatorRowValidator.Validate(framework, rows, rules, (index, field) => sheet.Indicators[index].Cells.GetValueOrDefault(field));
            errors.AddRange(rowErrors.Select(e => $"{where}第 {sheet.Indicators[e.Row - 1].Row} 行{At(e.Cell)}：{e.Message}"));
            if (sheet.Indicators.Count > PerformanceTarget.MaxIndicators)
            {
                errors.Add($"{where}：三级指标有 {sheet.Indicators.Count} 个，不超过 {PerformanceTarget.MaxIndicators} 个。");
            }

            foreach (var (field, text) in new[] { ("OverallGoal", sheet.OverallGoal), ("AnnualGoal", sheet.AnnualGoal) })
            {
                if (text.Length > PerformanceTarget.MaxGoalLength)
                {
                    errors.Add($"{where}{At(sheet.Cells.GetValueOrDefault(field))}：目标描述超过 {PerformanceTarget.MaxGoalLength} 字。");
                }
            }

            if (project is null)
            {
                if (isUnknown && sheet.ImplementingUnitName.Trim() is { Length: > 0 } named && !SameUnit(named, unit.Name))
                {
                    errors.Add($"{where}{At(sheet.Cells.GetValueOrDefault("ImplementingUnitName"))}：实施单位“{named}”不是您所在的“{unit.Name}”；新增项目只能为本单位申报。");
                }

                if (isUnknown && !openYears.Contains(year))
                {
                    errors.Add($"{where}{At(sheet.Cells.GetValueOrDefault("FiscalYear"))}：{Proposals.DeclareProposalHandler.ClosedYear(year)}");
                }

                plans.Add(new Plan(sheet, null, null, framework, inputs));
                continue;
            }

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

            if (target is not null && sheet.ExportedRevision is { } exportedRevision && target.Revision != exportedRevision)
            {
                // The workbook was exported, then someone saved the target: importing would silently undo that.
                stale.Add($"{where}：“{project.Name}”的绩效目标在导出本工作簿之后已被修改（导出时修订号 {exportedRevision}，现为 {target.Revision}，最近保存于北京时间 {BeijingTime.Format(target.UpdatedAt)}），导入将覆盖这些修改。");
            }
            else if (target is { Indicators.Count: > 0 })
            {
                overwrites.Add($"“{project.Name}”已有 {target.Indicators.Count} 个三级指标（第 {target.Revision} 次修订），导入将整体替换为工作表中的 {inputs.Count} 个。");
            }

            plans.Add(new Plan(sheet, project, target, framework, inputs));
        }

        if (errors.Count > 0)
        {
            var all = errors.Concat(unknown.Select(u => u.Message)).ToList();
            return Error.Many($"导入未进行：发现 {all.Count} 处问题，工作簿中的全部内容均未保存。{all[0]}", all, "File");
        }

        if (unknown.Count > 0 && !options.CreateProposals)
        {
            return Error.Many(
                $"工作簿中有 {unknown.Count} 个项目不在项目库中（{string.Join("、", unknown.Take(5).Select(u => $"“{u.Sheet.ProjectName}”"))}{(unknown.Count > 5 ? " 等" : string.Empty)}）。确认后将为这些项目在“{unit.Name}”创建新增项目申报，并一并导入其绩效目标；申报经主管部门和财政部门审核通过后才进入项目库。",
                unknown.Select(u => u.Message).ToList(), UnknownProjectsField);
        }

        if (stale.Count > 0 && !options.ConfirmOverwrite)
        {
            return Error.Many($"本工作簿导出之后，有 {stale.Count} 个绩效目标已被他人或您在别处修改：导入将覆盖这些修改。请先核对，确认覆盖后再导入，或重新导出最新内容后修改。{stale[0]}",
                stale.Concat(overwrites).ToList(), OverwriteField);
        }

        if (overwrites.Count > 0 && !options.ConfirmOverwrite)
        {
            return Error.Many($"导入将替换 {overwrites.Count} 个已填写的绩效目标的内容，请确认后再导入。{overwrites[0]}", overwrites, OverwriteField);
        }

        return await SaveAsync(plans, unit, actor, defaultYear, ct);
    }

    private async Task<Result<ImportTargetsResult>> SaveAsync(List<Plan> plans, Organization unit, Actor actor, int defaultYear, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reviewActor = new ReviewActor(actor.UserId, actor.DisplayName);
        var proposals = new List<(Plan Plan, Project Project)>();
        var problems = new List<string>();
        var years = plans.Where(p => p.Project is null).Select(p => p.Sheet.FiscalYear ?? defaultYear).Distinct().ToList();
        var sheetCodes = plans.Where(p => p.Project is null).Select(p => p.Sheet.ProjectCode.Trim()).Where(c => c.Length > 0).ToList();
        var prefix = unit.Code + "-XZ";
        var usedCodes = (await db.Projects.AsNoTracking().Where(p => years.Contains(p.FiscalYear) && (p.Code.StartsWith(prefix) || sheetCodes.Contains(p.Code)))
            .Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in plans.Where(p => p.Project is null))
        {
            var year = plan.Sheet.FiscalYear ?? defaultYear;
            var code = plan.Sheet.ProjectCode.Trim() is { Length: > 0 } given && !usedCodes.Contains(given) ? given : NextCode(unit, year, usedCodes);
            usedCodes.Add(code);
            var definition = SheetProposals.Define(plan.Sheet, year, code, actor.DisplayName);
            var proposed = definition.IsSuccess ? Project.Propose(definition.Value, unit, now) : definition.Error!;
            if (!proposed.IsSuccess)
            {
                problems.AddRange((proposed.Error!.Details.Count > 0 ? proposed.Error.Details : [proposed.Error.Message]).Select(m => $"工作表“{plan.Sheet.SheetName}”：{m}"));
                continue;
            }

            proposals.Add((plan, proposed.Value));
        }

        if (problems.Count > 0)
        {
            return Error.Many($"导入未进行：新增项目申报有 {problems.Count} 处问题，工作簿中的全部内容均未保存。{problems[0]}", problems, "File");
        }

        var updated = new List<PerformanceTarget>();
        var created = new List<(PerformanceTarget Target, bool NewProject)>();
        foreach (var plan in plans.Where(p => p.Project is not null))
        {
            var target = plan.Target ?? PerformanceTarget.Declare(Subject(plan.Project!), plan.Framework, reviewActor, now);
            var edit = target.Edit(target.Revision, plan.Framework, plan.Sheet.OverallGoal, plan.Sheet.AnnualGoal, plan.Inputs, now);
            if (!edit.IsSuccess)
            {
                return Error.Validation($"工作表“{plan.Sheet.SheetName}”：{edit.Error!.Message}导入未进行，全部内容均未保存。", "File");
            }

            if (plan.Target is null)
            {
                db.PerformanceTargets.Add(target);
                created.Add((target, false));
            }
            else
            {
                updated.Add(target);
            }
        }

        try
        {
            // Targets that exist are reviewed before the save, so content and review go in one write. New projects and
            // new targets need their ids first: saved, then declared and reviewed — all in one transaction.
            await reviews.RecordManyAsync(updated, created.Select(c => c.Target).ToList(), ct);
            if (created.Count == 0 && proposals.Count == 0)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await db.InTransactionAsync(async c =>
                {
                    db.Projects.AddRange(proposals.Select(p => p.Project));
                    await db.SaveChangesAsync(c);
                    foreach (var (plan, project) in proposals)
                    {
                        var target = PerformanceTarget.Declare(Subject(project), plan.Framework, reviewActor, now);
                        var edit = target.Edit(0, plan.Framework, plan.Sheet.OverallGoal, plan.Sheet.AnnualGoal, plan.Inputs, now);
                        if (!edit.IsSuccess)
                        {
                            throw new InvalidOperationException(edit.Error!.Message);
                        }

                        db.PerformanceTargets.Add(target);
                        created.Add((target, true));
                    }

                    await db.SaveChangesAsync(c);
                    await reviews.RecordManyAsync(created.Select(t => t.Target).ToList(), updated, c);
                    return await db.SaveChangesAsync(c);
                }, ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("导入期间有绩效目标被他人修改，导入未进行，全部内容均未保存。请刷新后重新导入。");
        }

        var targets = updated.Select(t => (Target: t, Created: false, NewProject: false)).Concat(created.Select(c => (c.Target, Created: true, c.NewProject))).ToList();
        return new ImportTargetsResult(
            created.Count, updated.Count,
            targets.Select(t => new ImportedTarget(t.Target.Id, t.Target.SubjectName, t.Created, t.Target.LastReview!.ErrorCount, t.Target.LastReview.WarningCount, t.NewProject)).ToList(),
            proposals.Count);
    }

    /// <summary>The project a sheet names: by code, else by name (and the sheet's year); saying why when there is none.</summary>
    private static (Project? Project, string? Problem, bool Unknown) Match(TargetSheet sheet, List<Project> projects, string where)
    {
        var code = sheet.ProjectCode.Trim();
        var name = sheet.ProjectName.Trim();
        var cell = At(sheet.Cells.GetValueOrDefault(code.Length > 0 ? "ProjectCode" : "ProjectName"));
        var candidates = code.Length > 0 ? projects.Where(p => p.Code == code).ToList() : projects.Where(p => p.Name == name).ToList();
        var inYear = sheet.FiscalYear is { } y ? candidates.Where(p => p.FiscalYear == y).ToList() : candidates;
        if (inYear.Count == 1)
        {
            return (inYear[0], null, false);
        }

        if (inYear.Count > 1)
        {
            return (null, $"{where}{cell}：项目名称“{name}”对应多个项目，请填写项目编码。", false);
        }

        if (candidates.Count > 0 && sheet.FiscalYear is { } year)
        {
            var years = string.Join("、", candidates.Select(p => p.FiscalYear).Distinct().Order());
            return (null, $"{where}{At(sheet.Cells.GetValueOrDefault("FiscalYear"))}：工作表的年度为 {year} 年，而项目“{(code.Length > 0 ? code : name)}”属于 {years} 年度：请核对表头的年度。", false);
        }

        return (null, $"{where}{cell}：项目“{(code.Length > 0 ? $"{code} {name}".Trim() : name)}”不在项目库中（或不在您的权限范围内）。", true);
    }

    /// <summary>成本 as a level-1 name anywhere on the sheet means the 财预〔2021〕101号 framework; otherwise the classic one.</summary>
    private static IndicatorFramework DetectFramework(TargetSheet sheet) =>
        sheet.Indicators.Any(i => LevelNameReader.Level1(i.Level1, IndicatorFramework.CostFirst, LevelNameRules.None).Level == Level1.Cost
                                  || i.Level1.Contains("成本", StringComparison.Ordinal))
            ? IndicatorFramework.CostFirst
            : IndicatorFramework.Classic;

    private async Task<int> DefaultFiscalYearAsync(long regionId, CancellationToken ct) =>
        await db.FiscalYears.AsNoTracking().Where(f => f.RegionId == regionId).MaxAsync(f => (int?)f.Year, ct) ?? clock.GetUtcNow().Year;

    private static TargetSubject Subject(Project p) => new(TargetSubjectKind.Project, p.Id, p.Name, p.OwnerUnitId, p.DepartmentId, p.RegionId, p.FiscalYear);

    private static bool SameUnit(string written, string name) =>
        written.Replace(" ", string.Empty, StringComparison.Ordinal) == name || name.EndsWith(written, StringComparison.Ordinal) || written.EndsWith(name, StringComparison.Ordinal);

    /// <summary>A code for a new project: the unit's code, "XZ", the year and a number.</summary>
    public static string NextCode(Organization unit, int year, ISet<string> used)
    {
        for (var n = 1; ; n++)
        {
            var code = $"{unit.Code}-XZ{year}-{n:D3}";
            if (!used.Contains(code))
            {
                return code;
            }
        }
    }

    private static string At(string? cell) => cell is null ? string.Empty : $"（{cell}）";

    private static string Describe(SheetError e) =>
        e.Cell is not null && !e.Message.Contains(e.Cell, StringComparison.Ordinal) ? $"{e.Message}（单元格 {e.Cell}）" : e.Message;
}
