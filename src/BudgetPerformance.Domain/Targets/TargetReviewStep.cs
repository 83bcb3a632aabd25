namespace BudgetPerformance.Domain.Targets;

/// <summary>One step of a target's history: who moved it from which status to which, with grade and reasons.</summary>
public sealed class TargetReviewStep
{
    private TargetReviewStep()
    {
        Action = string.Empty;
        ActorName = string.Empty;
    }

    public long Id { get; private set; }
    public string Action { get; private set; }
    public TargetStatus FromStatus { get; private set; }
    public TargetStatus ToStatus { get; private set; }
    public long? ActorUserId { get; private set; }
    public string ActorName { get; private set; }
    public DateTime At { get; private set; }
    public ReviewGrade? Grade { get; private set; }

    /// <summary>The four dimension grades of a finance review, in <see cref="ReviewDimension"/> order.</summary>
    public ReviewGrade? Completeness { get; private set; }
    public ReviewGrade? Relevance { get; private set; }
    public ReviewGrade? Appropriateness { get; private set; }
    public ReviewGrade? Feasibility { get; private set; }
    public string? Comment { get; private set; }

    internal static TargetReviewStep Record(string action, TargetStatus from, TargetStatus to, ReviewActor actor, DateTime at, string? comment, FinanceReview? review = null) => new()
    {
        Action = action,
        FromStatus = from,
        ToStatus = to,
        ActorUserId = actor.UserId,
        ActorName = actor.Name,
        At = at,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        Grade = review?.Grade,
        Completeness = review?.Dimensions[ReviewDimension.Completeness],
        Relevance = review?.Dimensions[ReviewDimension.Relevance],
        Appropriateness = review?.Dimensions[ReviewDimension.Appropriateness],
        Feasibility = review?.Dimensions[ReviewDimension.Feasibility],
    };
}

/// <summary>Who acts on a target.</summary>
public sealed record ReviewActor(long? UserId, string Name);

/// <summary>A finance review: an overall grade and one grade per dimension.</summary>
public sealed record FinanceReview(ReviewGrade Grade, IReadOnlyDictionary<ReviewDimension, ReviewGrade> Dimensions, string? Comment);
