using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Application.Targets;

/// <summary>How a cell was read, as the indicator shows it.</summary>
public sealed record ReadingNoteDto(string Code, string Text);

/// <summary>
/// One indicator: <see cref="Value"/> is the value as the platform reads it ("≥100%"); <see cref="Written"/> is the cell as
/// the unit wrote it ("100%") when that differs, and <see cref="Notes"/> say how it was read.
/// </summary>
public sealed record TargetIndicatorDto(
    int Position, Level1 Level1, string Level1Name, Level2 Level2, string Level2Name, string Name, string Value,
    IndicatorOperator Operator, decimal? Number, string? Unit, string? Text, decimal Weight, ValueSource ValueSource,
    string ValueSourceName, string ScoringStandard, long? LibraryIndicatorId, decimal? LastYearActual, bool IsQuantitative,
    string? Written, IReadOnlyList<ReadingNoteDto> Notes, DateOnly? DueFrom, DateOnly? DueUntil)
{
    public static TargetIndicatorDto From(TargetIndicator i) => new(
        i.Position, i.Level1, IndicatorFrameworks.Name(i.Level1), i.Level2, IndicatorFrameworks.Name(i.Level2), i.Name, i.Value.ToString(),
        i.Operator, i.Number, i.Unit, i.Text, i.Weight, i.ValueSource, IndicatorFrameworks.Name(i.ValueSource), i.ScoringStandard,
        i.LibraryIndicatorId, i.LastYearActual, i.Value.IsQuantitative, i.Written, i.Notes.Select(n => new ReadingNoteDto(n.Code, n.Text)).ToList(), i.DueFrom, i.DueUntil);
}

public sealed record TargetStepDto(string Action, string FromStatus, string ToStatus, string ActorName, DateTime At, string? Grade, IReadOnlyDictionary<string, string> Dimensions, string? Comment);

public sealed record FindingDto(string Rule, string RuleName, FindingSeverity Severity, string SeverityName, string Message, string? Indicator, string? Arithmetic)
{
    /// <summary>As produced: the rule's name and text are the ones stored with the result.</summary>
    public static FindingDto From(RuleFinding f) => new(f.Rule, f.RuleName, f.Severity, TargetTerms.Of(f.Severity), f.Message, f.Subject, f.Arithmetic);
}

/// <summary>
/// An automatic review with what produced it: the pack version chosen (and the one its section came from), the section's
/// schema, the engine version and the time; <see cref="OutcomeId"/> is 0 for a preview that was not stored.
/// </summary>
public sealed record AutoReviewDto(
    long OutcomeId, long RulePackId, string RulePackCode, int RulePackVersion, string RulePackLabel, string SectionSource, int SchemaVersion, int EngineVersion,
    DateTime At, int TargetRevision, int ErrorCount, int WarningCount, IReadOnlyList<FindingDto> Findings)
{
    public static AutoReviewDto? From(RuleOutcome? r) => r is null ? null
        : new(r.Id, r.PackId, r.PackCode, r.PackVersion, r.PackLabel, r.SectionPackCode == r.PackCode && r.SectionPackVersion == r.PackVersion ? "本方案" : $"{r.SectionPackCode} 第 {r.SectionPackVersion} 版",
            r.SchemaVersion, r.EngineVersion, r.ProducedAt, r.SubjectRevision, r.ErrorCount, r.WarningCount, r.Findings.Select(FindingDto.From).ToList());
}

public sealed record TargetDto(
    long Id,
    TargetSubjectKind SubjectKind,
    string SubjectKindName,
    long SubjectId,
    string SubjectName,
    long OwnerUnitId,
    string OwnerUnitName,
    long DepartmentId,
    string DepartmentName,
    int FiscalYear,
    int Version,
    long? PreviousVersionId,
    IndicatorFramework Framework,
    string FrameworkName,
    TargetStatus Status,
    string StatusName,
    string OverallGoal,
    string AnnualGoal,
    int Revision,
    decimal TotalWeight,
    string? FinanceGrade,
    IReadOnlyList<TargetIndicatorDto> Indicators,
    IReadOnlyList<TargetStepDto> History,
    AutoReviewDto? AutoReview,
    TargetPermissions Permissions,
    string? ProjectFundsWanYuan,
    bool? ProjectBudgetApproved,
    Domain.Organizations.Sector? Sector,
    Domain.Budgets.ProjectLibraryStatus? ProjectLibraryStatus = null);

public sealed record TargetListItem(
    long Id, TargetSubjectKind SubjectKind, long SubjectId, string SubjectName, string OwnerUnitName, string DepartmentName, int FiscalYear,
    int Version, TargetStatus Status, string StatusName, int IndicatorCount, int? ErrorCount, int? WarningCount, string? FinanceGrade, DateTime UpdatedAt);
