namespace BudgetPerformance.Domain.Targets;

/// <summary>One thing the automatic review found, with the rule that raised it and a plain Chinese explanation.</summary>
public sealed record ReviewFinding(string Rule, FindingSeverity Severity, string Message, string? Indicator = null);

/// <summary>
/// The result of an automatic review: which rule pack version produced it, when, for which revision of the target,
/// and what it found.
/// </summary>
public sealed record AutoReview(long RulePackId, string RulePackLabel, DateTime At, int TargetRevision, IReadOnlyList<ReviewFinding> Findings)
{
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);
    public bool Blocks => ErrorCount > 0;
}
