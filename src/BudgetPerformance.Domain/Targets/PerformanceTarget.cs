using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Targets;

/// <summary>
/// 绩效目标 of a project, policy or department-overall budget for one fiscal year. 谁申请资金、谁设置目标: the owning
/// unit declares it; the 主管部门 and the finance bureau review it; it is approved with the budget and published.
/// A mid-year adjustment is a new version that goes through approval again. Every change bumps <see cref="Revision"/>,
/// which guards against stale edits.
/// </summary>
public sealed class PerformanceTarget : Entity
{
    public const int MaxIndicators = 80;
    public const int MaxGoalLength = 2000;

    private readonly List<TargetIndicator> _indicators = [];
    private readonly List<TargetReviewStep> _history = [];

    private PerformanceTarget()
    {
        SubjectName = string.Empty;
        OverallGoal = string.Empty;
        AnnualGoal = string.Empty;
    }

    public TargetSubjectKind SubjectKind { get; private set; }
    public long SubjectId { get; private set; }
    public string SubjectName { get; private set; }
    public long OwnerUnitId { get; private set; }
    public long DepartmentId { get; private set; }
    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }
    public int Version { get; private set; }
    public long? PreviousVersionId { get; private set; }
    public IndicatorFramework Framework { get; private set; }
    public TargetStatus Status { get; private set; }

    /// <summary>中长期（总体）目标.</summary>
    public string OverallGoal { get; private set; }

    /// <summary>年度目标.</summary>
    public string AnnualGoal { get; private set; }

    public int Revision { get; private set; }

    /// <summary>Hash of all indicator names and values, kept so copied indicator sets are found without loading them.</summary>
    public string IndicatorSignature { get; private set; } = string.Empty;

    /// <summary>The latest automatic review (a stored <see cref="RuleOutcome"/>).</summary>
    public long? LastReviewId { get; private set; }
    public RuleOutcome? LastReview { get; private set; }
    public ReviewGrade? FinanceGrade { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<TargetIndicator> Indicators => _indicators;
    public IReadOnlyList<TargetReviewStep> History => _history;

    public bool IsAdjustment => PreviousVersionId is not null;

    /// <summary>The unit may change the content only while declaring, after a return, or while refining as agreed.</summary>
    public bool IsEditable => TargetWorkflow.IsEditable(Status);

    /// <summary>Passed review or beyond: counts for 无目标、不预算.</summary>
    public bool IsApprovedForBudget => Status is TargetStatus.ReviewPassed or TargetStatus.Approved or TargetStatus.Published;

    public decimal TotalWeight => _indicators.Sum(i => i.Weight);

    public static PerformanceTarget Declare(TargetSubject subject, IndicatorFramework framework, ReviewActor actor, DateTime at)
    {
        var target = new PerformanceTarget
        {
            SubjectKind = subject.Kind,
            SubjectId = subject.Id,
            SubjectName = subject.Name,
            OwnerUnitId = subject.OwnerUnitId,
            DepartmentId = subject.DepartmentId,
            RegionId = subject.RegionId,
            FiscalYear = subject.FiscalYear,
            Version = 1,
            Framework = framework,
            Status = TargetStatus.Draft,
            UpdatedAt = at,
        };
        target._history.Add(TargetReviewStep.Record("创建草稿", TargetStatus.Draft, TargetStatus.Draft, actor, at, null));
        return target;
    }

    /// <summary>Replaces goals and indicators. Refused outside the editable states and when the edit started from an older revision.</summary>
    public Result Edit(int expectedRevision, IndicatorFramework framework, string? overallGoal, string? annualGoal, IReadOnlyList<TargetIndicatorInput> indicators, DateTime at)
    {
        if (!IsEditable)
        {
            return Error.Conflict($"绩效目标处于“{TargetTerms.Of(Status)}”状态，不能修改。");
        }

        if (expectedRevision != Revision)
        {
            return Error.Conflict($"绩效目标已被他人修改（当前第 {Revision} 次修订，您编辑的是第 {expectedRevision} 次）。请刷新后在最新内容上修改，您的修改未保存。");
        }

        if (!Enum.IsDefined(framework))
        {
            return Error.Validation("指标框架应为“产出、效益、满意度”或“成本为一级指标”。", nameof(Framework));
        }

        if ((overallGoal?.Length ?? 0) > MaxGoalLength || (annualGoal?.Length ?? 0) > MaxGoalLength)
        {
            return Error.Validation($"目标描述不超过 {MaxGoalLength} 个字。", nameof(AnnualGoal));
        }

        if (indicators.Count > MaxIndicators)
        {
            return Error.Validation($"三级指标不超过 {MaxIndicators} 个。", nameof(Indicators));
        }

        var built = new List<TargetIndicator>(indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = TargetIndicator.From(indicators[i], framework, i + 1);
            if (!indicator.IsSuccess)
            {
                return indicator.Error!;
            }

            built.Add(indicator.Value);
        }

        Framework = framework;
        OverallGoal = overallGoal?.Trim() ?? string.Empty;
        AnnualGoal = annualGoal?.Trim() ?? string.Empty;
        _indicators.Clear();
        _indicators.AddRange(built);
        IndicatorSignature = CopyIndex.SignatureHash(built.Select(i => (i.Name, i.Value.ToString())));
        Revision++;
        UpdatedAt = at;
        return Result.Success();
    }

    /// <summary>Keeps the latest automatic review (run at draft time and again on submit).</summary>
    /// <summary>单位划转: the target follows its project to the new 主管部门 (whose staff review it from now on).</summary>
    public void TransferTo(Budgets.Project project)
    {
        if (SubjectKind == TargetSubjectKind.Project && SubjectId == project.Id)
        {
            DepartmentId = project.DepartmentId;
        }
    }

    public void RecordReview(RuleOutcome review)
    {
        if (review.Stage != RuleStage.TargetReview || review.SubjectId != Id || review.SubjectType != OutcomeSubjectType)
        {
            throw new InvalidOperationException($"审核结果（{review.SubjectType}#{review.SubjectId}）不属于绩效目标 #{Id}。");
        }

        LastReview = review;
        LastReviewId = review.Id == 0 ? null : review.Id;
    }

    /// <summary>How review results name a target as their subject.</summary>
    public const string OutcomeSubjectType = "PerformanceTarget";

    /// <summary>The subject a review of the current revision is stored under.</summary>
    public OutcomeSubject AsOutcomeSubject() => new(OutcomeSubjectType, Id, Revision, RegionId, FiscalYear);

    /// <summary>申报: the unit submits once the automatic review of this very revision found nothing blocking.</summary>
    public Result Submit(RuleOutcome review, ReviewActor actor, DateTime at)
    {
        if (!TargetWorkflow.Allows(TargetStep.Submit, Status))
        {
            return Error.Conflict($"只有草稿或已退回的绩效目标可以提交，当前为“{TargetTerms.Of(Status)}”。");
        }

        if (review.SubjectRevision != Revision)
        {
            return Error.Conflict("自动审核结果不是针对当前内容的，请重新审核后提交。");
        }

        RecordReview(review);
        if (review.Blocks)
        {
            return Error.Validation($"自动审核发现 {review.ErrorCount} 项错误，请修改后再提交：{review.Findings.First(f => f.Severity == FindingSeverity.Error).Message}", "Findings");
        }

        return Move("提交申报", TargetStatus.Submitted, actor, at, null);
    }

    /// <summary>主管部门审核: approve to the finance bureau, or return with a reason.</summary>
    public Result ReviewByDepartment(bool approve, string? comment, ReviewActor actor, DateTime at)
    {
        if (!TargetWorkflow.Allows(TargetStep.DepartmentReview, Status))
        {
            return Error.Conflict($"只有待主管部门审核的绩效目标可以审核，当前为“{TargetTerms.Of(Status)}”。");
        }

        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            return Error.Validation("退回时须填写退回理由。", "Comment");
        }

        return approve
            ? Move("主管部门审核通过", TargetStatus.DepartmentApproved, actor, at, comment)
            : Move("主管部门退回", TargetStatus.Returned, actor, at, comment);
    }

    /// <summary>财政审核: 优 proceeds, 良 is refined by agreement, 中 goes back for revision, 差 is blocked.</summary>
    public Result ReviewByFinance(FinanceReview review, ReviewActor actor, DateTime at)
    {
        if (!TargetWorkflow.Allows(TargetStep.FinanceReview, Status))
        {
            return Error.Conflict($"只有主管部门审核通过的绩效目标可以进行财政审核，当前为“{TargetTerms.Of(Status)}”。");
        }

        var check = FinanceReviewRules.Check(review);
        if (!check.IsSuccess)
        {
            return check;
        }

        FinanceGrade = review.Grade;
        var (action, next) = review.Grade switch
        {
            ReviewGrade.Excellent => ("财政审核：优，审核通过", TargetStatus.ReviewPassed),
            ReviewGrade.Good => ("财政审核：良，协商完善", TargetStatus.Refining),
            ReviewGrade.Fair => ("财政审核：中，退回修改", TargetStatus.Returned),
            _ => ("财政审核：差，不予通过", TargetStatus.Rejected),
        };
        return Move(action, next, actor, at, review.Comment, review);
    }

    /// <summary>After a 良 grade the finance bureau confirms the agreed refinements (which must pass the automatic review).</summary>
    public Result ConfirmRefinement(RuleOutcome review, ReviewActor actor, DateTime at, string? comment)
    {
        if (!TargetWorkflow.Allows(TargetStep.ConfirmRefinement, Status))
        {
            return Error.Conflict($"只有协商完善中的绩效目标可以确认完善，当前为“{TargetTerms.Of(Status)}”。");
        }

        RecordReview(review);
        if (review.SubjectRevision != Revision || review.Blocks)
        {
            return Error.Validation("完善后的绩效目标未通过自动审核，不能确认。", "Findings");
        }

        return Move("确认协商完善，审核通过", TargetStatus.ReviewPassed, actor, at, comment);
    }

    /// <summary>批复: approved together with the budget. An adjustment supersedes <paramref name="previous"/>.</summary>
    public Result Approve(ReviewActor actor, DateTime at, PerformanceTarget? previous = null)
    {
        if (!TargetWorkflow.Allows(TargetStep.Approve, Status))
        {
            return Error.Conflict($"只有审核通过的绩效目标可以批复，当前为“{TargetTerms.Of(Status)}”。");
        }

        if (IsAdjustment)
        {
            if (previous is null || previous.Id != PreviousVersionId)
            {
                return Error.Conflict("调整版本批复时须同时处理被调整的原版本。");
            }

            var wasPublished = previous.Status == TargetStatus.Published;
            previous.Move("被调整版本取代", TargetStatus.Superseded, actor, at, $"由第 {Version} 版取代");
            ApprovedAt = at;
            var approved = Move("调整批复", TargetStatus.Approved, actor, at, null);
            return wasPublished ? Publish(actor, at) : approved;
        }

        ApprovedAt = at;
        return Move("随预算批复", TargetStatus.Approved, actor, at, null);
    }

    /// <summary>公开: with the budget, 谁组织、谁公开.</summary>
    public Result Publish(ReviewActor actor, DateTime at)
    {
        if (!TargetWorkflow.Allows(TargetStep.Publish, Status))
        {
            return Error.Conflict($"只有已批复的绩效目标可以公开，当前为“{TargetTerms.Of(Status)}”。");
        }

        PublishedAt = at;
        return Move("公开", TargetStatus.Published, actor, at, null);
    }

    /// <summary>调整: starts a new version from an approved or published target; it goes through approval again.</summary>
    public Result<PerformanceTarget> StartAdjustment(string reason, ReviewActor actor, DateTime at)
    {
        if (!TargetWorkflow.Allows(TargetStep.Adjust, Status))
        {
            return Error.Conflict($"只有已批复或已公开的绩效目标可以调整，当前为“{TargetTerms.Of(Status)}”。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("请填写调整理由。", "Reason");
        }

        if (reason.Length > MaxCommentLength)
        {
            return Error.Validation($"调整理由不超过 {MaxCommentLength} 个字，现有 {reason.Length} 个字。", "Reason");
        }

        var next = new PerformanceTarget
        {
            SubjectKind = SubjectKind,
            SubjectId = SubjectId,
            SubjectName = SubjectName,
            OwnerUnitId = OwnerUnitId,
            DepartmentId = DepartmentId,
            RegionId = RegionId,
            FiscalYear = FiscalYear,
            Version = Version + 1,
            PreviousVersionId = Id,
            Framework = Framework,
            Status = TargetStatus.Draft,
            OverallGoal = OverallGoal,
            AnnualGoal = AnnualGoal,
            UpdatedAt = at,
        };
        var edit = next.Edit(0, Framework, OverallGoal, AnnualGoal, _indicators.Select(i => i.ToInput()).ToList(), at);
        if (!edit.IsSuccess)
        {
            return edit.Error!;
        }

        next._history.Add(TargetReviewStep.Record($"发起调整（第 {Version + 1} 版）", TargetStatus.Draft, TargetStatus.Draft, actor, at, reason));
        return next;
    }

    /// <summary>Longest review comment, return reason or adjustment reason (the history stores it whole).</summary>
    public const int MaxCommentLength = 1000;

    private Result Move(string action, TargetStatus next, ReviewActor actor, DateTime at, string? comment, FinanceReview? review = null)
    {
        if (comment is { Length: > MaxCommentLength })
        {
            return Error.Validation($"意见或理由不超过 {MaxCommentLength} 个字，现有 {comment.Length} 个字。", "Comment");
        }

        _history.Add(TargetReviewStep.Record(action, Status, next, actor, at, comment, review));
        Status = next;
        Revision++;
        UpdatedAt = at;
        return Result.Success();
    }
}

/// <summary>What a target is for: the project, policy or department-overall budget, with its owner.</summary>
public sealed record TargetSubject(TargetSubjectKind Kind, long Id, string Name, long OwnerUnitId, long DepartmentId, long RegionId, int FiscalYear);
