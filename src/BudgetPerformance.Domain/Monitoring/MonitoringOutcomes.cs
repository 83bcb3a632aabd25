using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>
/// A project's warning as one stamped <see cref="RuleOutcome"/> (the rule spine's one outcome type): the pack version and
/// section that produced it, the engine version, the snapshot it judged (so it can be computed again exactly), and each
/// finding with its arithmetic as produced.
/// </summary>
public static class MonitoringOutcomes
{
    /// <summary>Version of the warning rules' logic; raised whenever a rule computes differently.</summary>
    public static readonly RuleEngine Engine = new(RuleStage.Monitoring, 1);

    public const string SubjectType = "ProjectMonitoring";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Evaluates the snapshot under the resolved section and records the result, stamped.</summary>
    public static (ProjectWarning Warning, RuleOutcome Outcome) Record(
        ExecutionSnapshot snapshot, ResolvedSection<MonitoringSection> section, long regionId, int fiscalYear, DateTime at)
    {
        var warning = Warnings.Evaluate(snapshot, section.Settings);
        var outcome = RuleOutcome.Record(
            section.Stamp(Engine, at), new OutcomeSubject(SubjectType, snapshot.ProjectId, snapshot.Month, regionId, fiscalYear),
            Findings(warning), (int)warning.Light, JsonSerializer.Serialize(snapshot, Json));
        return (warning, outcome);
    }

    /// <summary>The stored snapshot judged again under <paramref name="settings"/> (the stored pack version's, to re-derive).</summary>
    public static ProjectWarning Rederive(RuleOutcome stored, MonitoringSection settings)
    {
        if (stored.Stage != RuleStage.Monitoring || stored.Input.Length == 0)
        {
            throw new ArgumentException("只能复算保存了输入的运行监控预警结果。", nameof(stored));
        }

        var snapshot = JsonSerializer.Deserialize<ExecutionSnapshot>(stored.Input, Json) ?? throw new JsonException("预警结果的输入为空。");
        return Warnings.Evaluate(snapshot, settings);
    }

    /// <summary>Findings as the outcome stores them: a red light is an error (disposal is due), the other non-green ones warnings.</summary>
    public static IReadOnlyList<RuleFinding> Findings(ProjectWarning warning) =>
        warning.Findings.Select(f => new RuleFinding(
            f.RuleCode, f.RuleName,
            f.Light switch { WarningLight.Red => FindingSeverity.Error, WarningLight.Green => FindingSeverity.Info, _ => FindingSeverity.Warning },
            $"{WarningLights.Name(f.Light)}：{f.Arithmetic}", f.Subject, f.Arithmetic)).ToList();
}
