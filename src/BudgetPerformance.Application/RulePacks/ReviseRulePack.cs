using System.Text.Json.Nodes;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>
/// The 绩效目标审核 section of a pack, as revised by the owner's administrator: every setting (see
/// <see cref="TargetReviewSection"/>), and why. Read strictly: a missing or unknown setting is refused by name.
/// </summary>
public sealed record ReviseTargetReviewSectionRequest(string Code, JsonObject? Settings, string? Note);

/// <summary>
/// 修订规则方案（绩效目标审核）: a new version carrying the section; the old version stays as it was, so every earlier
/// result can still be explained by the version that produced it.
/// </summary>
public sealed class ReviseTargetReviewSectionHandler(RulePackAdministration admin)
{
    public async Task<Result<RulePackDto>> HandleAsync(ReviseTargetReviewSectionRequest request, CancellationToken ct = default)
    {
        var owned = await admin.OwnedLatestAsync(request.Code, ct);
        if (!owned.IsSuccess)
        {
            return owned.Error!;
        }

        if (request.Settings is null)
        {
            return Error.Validation("请提供绩效目标审核规则的全部设置项（settings）。", "Settings");
        }

        var definition = TargetReviewSectionDefinition.Instance;
        var read = definition.Read(request.Settings);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var (who, latest, _) = owned.Value;
        var next = latest.ReviseSection(definition, definition.Write(read.Value), who.Actor.DisplayName, request.Note ?? string.Empty, admin.Now);
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
