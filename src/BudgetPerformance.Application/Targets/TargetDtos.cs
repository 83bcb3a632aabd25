using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Application.Targets;

public sealed record TargetIndicatorDto(
    int Position, Level1 Level1, string Level1Name, Level2 Level2, string Level2Name, string Name, string Value,
    IndicatorOperator Operator, decimal? Number, string? Unit, string? Text, decimal Weight, ValueSource ValueSource,
    string ValueSourceName, string ScoringStandard, long? LibraryIndicatorId, decimal? LastYearActual, bool IsQuantitative)
{
    public static TargetIndicatorDto From(TargetIndicator i) => new(
        i.Position, i.Level1, IndicatorFrameworks.Name(i.Level1), i.Level2, IndicatorFrameworks.Name(i.Level2), i.Name, i.Value.ToString(),
        i.Operator, i.Number, i.Unit, i.Text, i.Weight, i.ValueSource, IndicatorFrameworks.Name(i.ValueSource), i.ScoringStandard,
        i.LibraryIndicatorId, i.LastYearActual, i.Value.IsQuantitative);
}

public sealed record TargetStepDto(string Action, string FromStatus, string ToStatus, string ActorName, DateTime At, string? Grade, IReadOnlyDictionary<string, string> Dimensions, string? Comment);

public sealed record FindingDto(string Rule, string RuleName, FindingSeverity Severity, string SeverityName, string Message, string? Indicator)
{
    public static FindingDto From(ReviewFinding f) => new(f.Rule, TargetReviewer.Describe(f.Rule), f.Severity, TargetTerms.Of(f.Severity), f.Message, f.Indicator);
}

/// <summary>An automatic review with the rule pack version that produced it.</summary>
public sealed record AutoReviewDto(long RulePackId, string RulePackLabel, DateTime At, int TargetRevision, int ErrorCount, int WarningCount, IReadOnlyList<FindingDto> Findings)
{
    public static AutoReviewDto? From(AutoReview? r) => r is null ? null
        : new(r.RulePackId, r.RulePackLabel, r.At, r.TargetRevision, r.ErrorCount, r.WarningCount, r.Findings.Select(FindingDto.From).ToList());
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
    Domain.Organizations.Sector? Sector);

public sealed record TargetListItem(
    long Id, TargetSubjectKind SubjectKind, long SubjectId, string SubjectName, string OwnerUnitName, string DepartmentName, int FiscalYear,
    int Version, TargetStatus Status, string StatusName, int IndicatorCount, int? ErrorCount, int? WarningCount, string? FinanceGrade, DateTime UpdatedAt);
