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

/// <summary>
/// What a finance review must say: every dimension graded; a comment for any grade below 优 and for any dimension rated
/// 中 or 差; and a written reason when the overall grade is better than the worst dimension.
/// </summary>
public static class FinanceReviewRules
{
    public static Common.Result Check(FinanceReview review)
    {
        var missing = Enum.GetValues<ReviewDimension>().Where(d => !review.Dimensions.ContainsKey(d)).ToList();
        if (missing.Count > 0)
        {
            return Common.Error.Validation($"请对{string.Join("、", missing.Select(TargetTerms.Of))}给出评级。", "Dimensions");
        }

        var commented = !string.IsNullOrWhiteSpace(review.Comment);
        if (review.Grade != ReviewGrade.Excellent && !commented)
        {
            return Common.Error.Validation($"评级为“{TargetTerms.Of(review.Grade)}”时须填写审核意见。", "Comment");
        }

        var weak = review.Dimensions.Where(d => d.Value is ReviewGrade.Fair or ReviewGrade.Poor).OrderBy(d => d.Key).ToList();
        if (weak.Count > 0 && !commented)
        {
            return Common.Error.Validation($"{string.Join("、", weak.Select(d => $"{TargetTerms.Of(d.Key)}评为“{TargetTerms.Of(d.Value)}”"))}，须填写审核意见，说明问题所在。", "Comment");
        }

        var worst = review.Dimensions.MaxBy(d => d.Value);
        if (review.Grade < worst.Value && !commented)
        {
            return Common.Error.Validation($"总体评级“{TargetTerms.Of(review.Grade)}”高于{TargetTerms.Of(worst.Key)}的“{TargetTerms.Of(worst.Value)}”，须写明理由。", "Comment");
        }

        return Common.Result.Success();
    }
}
