using System.Text.Json.Nodes;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// One stage's section of a pack, as revised by the owner's administrator: every setting of that stage (see
/// <see cref="TargetReviewSection"/>, <see cref="Domain.Monitoring.MonitoringSection"/>), and why. Read strictly: a
/// missing or unknown setting is refused by name.
/// </summary>
public sealed record ReviseSectionRequest(string Code, RuleStage Stage, JsonObject? Settings, string? Note);

/// <summary>
/// 修订规则方案: a new version carrying the stage's section; the old version stays as it was, so every earlier result can
/// still be explained by the version that produced it. One path for every stage.
/// </summary>
public sealed class ReviseSectionHandler(RulePackAdministration admin)
{
    public async Task<Result<RulePackDto>> HandleAsync(ReviseSectionRequest request, CancellationToken ct = default)
    {
        if (RuleSections.For(request.Stage) is not { } definition)
        {
            return Error.Validation($"“{RuleStages.Name(request.Stage)}”阶段还没有可修订的规则。", "Stage");
        }

        var owned = await admin.OwnedLatestAsync(request.Code, ct);
        if (!owned.IsSuccess)
        {
            return owned.Error!;
        }

        if (request.Settings is null)
        {
            return Error.Validation($"请提供{definition.StageName}规则的全部设置项（settings）。", "Settings");
        }

        var valid = definition.Validate(request.Settings);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var (who, latest, _) = owned.Value;
        var next = latest.ReviseSection(definition, valid.Value, who.Actor.DisplayName, request.Note ?? string.Empty, admin.Now);
        return next.IsSuccess ? await admin.SaveAsync(next.Value, who.RegionId, ct) : next.Error!;
    }
}

public sealed record InheritSectionRequest(string Code, RuleStage Stage, string? Note);

/// <summary>A new version in which one stage follows the parent pack again instead of the pack's own settings.</summary>
public sealed class InheritSectionHandler(RulePackAdministration admin)
{
    public async Task<Result<RulePackDto>> HandleAsync(InheritSectionRequest request, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(request.Stage))
        {
            return Error.Validation("阶段应为绩效目标审核、运行监控、绩效评价、结果应用、事前绩效评估或工作考核。", "Stage");
        }

        var owned = await admin.OwnedLatestAsync(request.Code, ct);
        if (!owned.IsSuccess)
        {
            return owned.Error!;
        }

        var (who, latest, _) = owned.Value;
        var next = latest.InheritSection(request.Stage, who.Actor.DisplayName, request.Note ?? string.Empty, admin.Now);
        return next.IsSuccess ? await admin.SaveAsync(next.Value, who.RegionId, ct) : next.Error!;
    }
}

public sealed record RebaseRulePackRequest(string Code, string? Note);

/// <summary>同步上级方案: a new version whose inherited sections follow the parent's latest version.</summary>
public sealed class RebaseRulePackHandler(RulePackAdministration admin)
{
    public async Task<Result<RulePackDto>> HandleAsync(RebaseRulePackRequest request, CancellationToken ct = default)
    {
        var owned = await admin.OwnedLatestAsync(request.Code, ct);
        if (!owned.IsSuccess)
        {
            return owned.Error!;
        }

        var (who, latest, snapshot) = owned.Value;
        if (latest.ParentCode is null || snapshot.Latest(latest.ParentCode) is not { } parent)
        {
            return Error.Validation($"“{latest.Name}”没有上级方案。", "Parent");
        }

        var next = latest.Rebase(parent, who.Actor.DisplayName, string.IsNullOrWhiteSpace(request.Note) ? $"同步上级方案“{parent.Label}”" : request.Note, admin.Now);
        return next.IsSuccess ? await admin.SaveAsync(next.Value, who.RegionId, ct) : next.Error!;
    }
}
