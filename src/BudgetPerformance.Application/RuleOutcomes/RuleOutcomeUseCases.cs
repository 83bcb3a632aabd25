using System.Text.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.RuleOutcomes;

/// <summary>A stored rule result with everything that explains it.</summary>
public sealed record RuleOutcomeDto(
    long Id, RuleStage Stage, string StageName, string SubjectType, long SubjectId, int SubjectRevision, string PackCode, int PackVersion, string PackLabel,
    string SectionPackCode, int SectionPackVersion, int SchemaVersion, int EngineVersion, DateTime ProducedAt, int ErrorCount, int WarningCount,
    IReadOnlyList<FindingDto> Findings, bool HasInput, string InputHash);

/// <summary>What computing a stored result again from its own input and its own pack version gave.</summary>
public sealed record RederivationDto(long OutcomeId, bool Identical, string Message, IReadOnlyList<FindingDto> Stored, IReadOnlyList<FindingDto> Recomputed, IReadOnlyList<string> Differences);

/// <summary>Who may read a stored result: whoever may see what it is about.</summary>
public sealed class RuleOutcomeAccess(IAppDbContext db, TargetCommands targets)
{
    public async Task<Result<RuleOutcome>> LoadAsync(long id, CancellationToken ct)
    {
        var outcome = await db.RuleOutcomes.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (outcome is null)
        {
            return Error.NotFound($"规则结果（编号 {id}）不存在。");
        }

        switch (outcome.SubjectType)
        {
            case PerformanceTarget.OutcomeSubjectType:
                var target = await targets.LoadAsync(outcome.SubjectId, ct, tracked: false);
                return target.IsSuccess ? outcome : target.Error!;
            default:
                return Error.Forbidden("您无权查看该规则结果。");
        }
    }
}

public sealed class GetRuleOutcomeHandler(RuleOutcomeAccess access)
{
    public async Task<Result<RuleOutcomeDto>> HandleAsync(long id, CancellationToken ct = default)
    {
        var loaded = await access.LoadAsync(id, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var o = loaded.Value;
        return new RuleOutcomeDto(o.Id, o.Stage, RuleStages.Name(o.Stage), o.SubjectType, o.SubjectId, o.SubjectRevision, o.PackCode, o.PackVersion, o.PackLabel,
            o.SectionPackCode, o.SectionPackVersion, o.SchemaVersion, o.EngineVersion, o.ProducedAt, o.ErrorCount, o.WarningCount,
            o.Findings.Select(FindingDto.From).ToList(), o.Input.Length > 0, o.InputHash);
    }
}

/// <summary>
/// 复算: runs the stage's rules again over the input stored with the result, with the exact pack version it names,
/// and compares: a result can always be explained and re-derived, whatever has changed since.
/// </summary>
public sealed class RederiveRuleOutcomeHandler(RuleOutcomeAccess access, RulePackResolver packs)
{
    public async Task<Result<RederivationDto>> HandleAsync(long id, CancellationToken ct = default)
    {
        var loaded = await access.LoadAsync(id, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var o = loaded.Value;
        var stored = o.Findings.Select(FindingDto.From).ToList();
        if (o.Input.Length == 0)
        {
            return new RederivationDto(o.Id, false, "该结果产生于平台保存审核输入之前，无法复算；其结论以保存时的文字为准。", stored, [], []);
        }

        if (RuleOutcome.Hash(o.Input) != o.InputHash)
        {
            return new RederivationDto(o.Id, false, "保存的审核输入与其校验值不符，输入被改动，不能据此复算。", stored, [], []);
        }

        IReadOnlyList<RuleFinding> recomputed;
        switch (o.Stage)
        {
            case RuleStage.TargetReview:
                var section = await packs.SectionOfVersionAsync(TargetReviewSectionDefinition.Instance, o.PackCode, o.PackVersion, ct);
                if (!section.IsSuccess)
                {
                    return section.Error!;
                }

                (TargetReviewInput Input, IReadOnlyList<PeerText> Peers) input;
                try
                {
                    input = TargetReviewInput.Deserialize(o.Input);
                }
                catch (JsonException ex)
                {
                    return Error.Validation($"保存的审核输入无法读取：{ex.Message}", "Input");
                }

                recomputed = TargetReview.Run(input.Input, section.Value.Settings, new CopyIndex(input.Peers)).Findings;
                break;
            default:
                return Error.Validation($"{RuleStages.Name(o.Stage)}的结果暂不支持复算。", "Stage");
        }

        var again = recomputed.Select(FindingDto.From).ToList();
        var differences = Differences(stored, again);
        var engineNote = o.EngineVersion == TargetReview.Engine.Version ? string.Empty : $"（原结果由第 {o.EngineVersion} 版审核引擎产生，现为第 {TargetReview.Engine.Version} 版）";
        return new RederivationDto(o.Id, differences.Count == 0,
            differences.Count == 0
                ? $"复算结果与保存的结果一致：{o.PackLabel}，{stored.Count} 条结论{engineNote}。"
                : $"复算结果与保存的结果有 {differences.Count} 处不同{engineNote}。",
            stored, again, differences);
    }

    private static List<string> Differences(IReadOnlyList<FindingDto> stored, IReadOnlyList<FindingDto> again)
    {
        static string Key(FindingDto f) => $"{f.Rule}|{f.Severity}|{f.Indicator}|{f.Message}|{f.Arithmetic}";
        var a = stored.Select(Key).ToList();
        var b = again.Select(Key).ToList();
        return a.Except(b).Select(x => "保存的结果有、复算没有：" + x.Split('|')[3])
            .Concat(b.Except(a).Select(x => "复算有、保存的结果没有：" + x.Split('|')[3])).ToList();
    }
}
