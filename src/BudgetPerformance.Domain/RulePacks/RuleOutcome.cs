using System.Security.Cryptography;
using System.Text;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>A stage's rule engine: its version changes whenever a rule's logic changes.</summary>
public sealed record RuleEngine(RuleStage Stage, int Version);

/// <summary>
/// What produced a rule result: the pack version chosen, the pack version the section came from, the stage, the
/// section's schema, the engine's version and the time. Made only by <see cref="ResolvedSection{T}.Stamp"/>.
/// </summary>
public sealed record RuleStamp(
    long PackId, string PackCode, int PackVersion, string PackLabel, string SectionPackCode, int SectionPackVersion,
    RuleStage Stage, int SchemaVersion, int EngineVersion, DateTime At);

/// <summary>
/// One thing a rule found, stored as produced: the rule's code and name, the severity, the text (with its arithmetic
/// where there is some) and what it concerns. Rewording a rule later leaves stored findings as they were.
/// </summary>
public sealed record RuleFinding(string Rule, string RuleName, FindingSeverity Severity, string Message, string? Subject = null, string? Arithmetic = null);

/// <summary>What a result is about: a target at a revision, a project in a monitoring round, …</summary>
public sealed record OutcomeSubject(string Type, long Id, int Revision, long RegionId, int FiscalYear);

/// <summary>
/// One stored rule result of any stage (today the target review; warnings, scores, samples and linkage suggestions
/// next), stamped with what produced it and carrying the input it was computed from, so it can be explained and
/// computed again exactly.
/// </summary>
public sealed class RuleOutcome : Entity
{
    private RuleOutcome()
    {
        SubjectType = string.Empty;
        PackCode = string.Empty;
        PackLabel = string.Empty;
        SectionPackCode = string.Empty;
        Findings = [];
        Input = string.Empty;
        InputHash = string.Empty;
    }

    public RuleStage Stage { get; private set; }
    public string SubjectType { get; private set; }
    public long SubjectId { get; private set; }
    public int SubjectRevision { get; private set; }
    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }
    public long PackId { get; private set; }
    public string PackCode { get; private set; }
    public int PackVersion { get; private set; }
    public string PackLabel { get; private set; }
    public string SectionPackCode { get; private set; }
    public int SectionPackVersion { get; private set; }
    public int SchemaVersion { get; private set; }
    public int EngineVersion { get; private set; }
    public DateTime ProducedAt { get; private set; }

    /// <summary>The stage's overall verdict as a number (target review: the worst severity; monitoring: the worst light).</summary>
    public int Verdict { get; private set; }
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public IReadOnlyList<RuleFinding> Findings { get; private set; }

    /// <summary>The input record the rules ran over (JSON), empty for results carried over from before inputs were kept.</summary>
    public string Input { get; private set; }

    /// <summary>SHA-256 of <see cref="Input"/>.</summary>
    public string InputHash { get; private set; }

    public bool Blocks => ErrorCount > 0;

    public RuleStamp Stamp => new(PackId, PackCode, PackVersion, PackLabel, SectionPackCode, SectionPackVersion, Stage, SchemaVersion, EngineVersion, ProducedAt);

    public static RuleOutcome Record(RuleStamp stamp, OutcomeSubject subject, IReadOnlyList<RuleFinding> findings, int verdict, string input) => new()
    {
        Stage = stamp.Stage,
        SubjectType = subject.Type,
        SubjectId = subject.Id,
        SubjectRevision = subject.Revision,
        RegionId = subject.RegionId,
        FiscalYear = subject.FiscalYear,
        PackId = stamp.PackId,
        PackCode = stamp.PackCode,
        PackVersion = stamp.PackVersion,
        PackLabel = stamp.PackLabel,
        SectionPackCode = stamp.SectionPackCode,
        SectionPackVersion = stamp.SectionPackVersion,
        SchemaVersion = stamp.SchemaVersion,
        EngineVersion = stamp.EngineVersion,
        ProducedAt = stamp.At,
        Verdict = verdict,
        ErrorCount = findings.Count(f => f.Severity == FindingSeverity.Error),
        WarningCount = findings.Count(f => f.Severity == FindingSeverity.Warning),
        Findings = findings,
        Input = input,
        InputHash = Hash(input),
    };

    public static string Hash(string input) => input.Length == 0 ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
}
