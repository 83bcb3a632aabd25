using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Application.Targets;

/// <summary>The whole editable content of a target, with the revision the edit started from.</summary>
public sealed record SaveTargetRequest(
    long Id, int Revision, IndicatorFramework Framework, string? OverallGoal, string? AnnualGoal, IReadOnlyList<TargetIndicatorRow> Indicators);

/// <summary>Saves a draft (or a returned / refining target) and reviews it at once, so the unit sees warnings while editing.</summary>
public sealed class SaveTargetHandler(TargetCommands commands, TargetReviewService reviews, TargetMapper mapper)
{
    public async Task<Result<TargetDto>> HandleAsync(SaveTargetRequest request, CancellationToken ct = default)
    {
        var loaded = await commands.LoadAsync(request.Id, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (target, _, _, permissions) = loaded.Value;
        if (!permissions.Edit)
        {
            return TargetCommands.Denied("修改该绩效目标");
        }

        if (request.Indicators is null)
        {
            return Error.Validation("请提供三级指标（indicators），没有指标时为空列表。", "Indicators");
        }

        // A save refuses what nobody could read (naming the row); readable-but-incomplete values are kept with F01.
        var rules = await reviews.ReadingRulesAsync(target.RegionId, target.FiscalYear, ct);
        var (inputs, errors) = TargetIndicatorRowValidator.Validate(request.Framework, request.Indicators, rules);
        if (errors.Count > 0)
        {
            return Error.Many($"有 {errors.Count} 处填写有误，未保存：{TargetIndicatorRowValidator.Describe(errors[0])}", errors.Select(TargetIndicatorRowValidator.Describe).ToList(), errors[0].Field);
        }

        var edit = target.Edit(request.Revision, request.Framework, request.OverallGoal, request.AnnualGoal, inputs, commands.Now);
        if (!edit.IsSuccess)
        {
            return edit.Error!;
        }

        await reviews.RecordAsync(target, ct);
        var saved = await commands.SaveAsync(ct);
        return saved.IsSuccess ? await mapper.ToDtoAsync(loaded.Value, ct) : saved.Error!;
    }
}

public sealed record PreviewReviewRequest(long Id, IndicatorFramework Framework, string? OverallGoal, string? AnnualGoal, IReadOnlyList<TargetIndicatorRow> Indicators);

/// <summary>
/// Reviews unsaved content as the unit types (draft-time warnings); nothing is stored. Every row is reviewed: rows
/// the validator refuses are reported as input errors (F00) beside the review of the rows it accepted.
/// </summary>
public sealed class PreviewTargetReviewHandler(TargetCommands commands, TargetReviewService reviews)
{
    public async Task<Result<AutoReviewDto>> HandleAsync(PreviewReviewRequest request, CancellationToken ct = default)
    {
        var loaded = await commands.LoadAsync(request.Id, ct, tracked: false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        if (request.Indicators is null || request.Indicators.Count > PerformanceTarget.MaxIndicators)
        {
            return Error.Validation($"请提供三级指标（不超过 {PerformanceTarget.MaxIndicators} 个）。", "Indicators");
        }

        var t = loaded.Value.Target;
        var rules = await reviews.ReadingRulesAsync(t.RegionId, t.FiscalYear, ct);
        var (inputs, errors) = TargetIndicatorRowValidator.Validate(request.Framework, request.Indicators, rules, keepUnreadableValues: true);
        var input = TargetReviewInput.From(t.Id, t.SubjectId, t.DepartmentId, request.Framework, request.AnnualGoal, inputs, await reviews.BudgetFenAsync(t.SubjectKind, t.SubjectId, ct));
        var review = await reviews.ReviewAsync(input, t.AsOutcomeSubject(), ct);
        var dto = AutoReviewDto.From(review)!;
        var inputFindings = errors.Select(e => new FindingDto("F00", "填写有误", FindingSeverity.Error, TargetTerms.Of(FindingSeverity.Error), TargetIndicatorRowValidator.Describe(e), null, null));
        return dto with { ErrorCount = dto.ErrorCount + errors.Count, Findings = [.. inputFindings, .. dto.Findings] };
    }
}
