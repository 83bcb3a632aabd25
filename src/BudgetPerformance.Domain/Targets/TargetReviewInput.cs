using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;

namespace BudgetPerformance.Domain.Targets;

/// <summary>One level-3 indicator as the review reads it.</summary>
public sealed record ReviewIndicator(
    Level1 Level1, Level2 Level2, string Name, IndicatorOperator Operator, decimal? Number, string? Unit, string? Text,
    int WeightHundredths, string ScoringStandard, decimal? LastYearActual, DateOnly? DueFrom = null, DateOnly? DueUntil = null,
    string? Written = null, IReadOnlyList<ReadingNote>? Notes = null)
{
    [JsonIgnore]
    public IndicatorValue Value { get; } = IndicatorValue.FromStored(Operator, Number, Unit, Text, DueFrom, DueUntil);

    [JsonIgnore]
    public IReadOnlyList<ReadingNote> ReadNotes => Notes ?? [];

    /// <summary>The value as the unit wrote it.</summary>
    [JsonIgnore]
    public string AsWritten => Written ?? Value.ToString();

    [JsonIgnore]
    public decimal Weight => WeightHundredths / 100m;

    public static ReviewIndicator From(TargetIndicator i) =>
        new(i.Level1, i.Level2, i.Name, i.Operator, i.Number, i.Unit, i.Text, i.WeightHundredths, i.ScoringStandard, i.LastYearActual, i.DueFrom, i.DueUntil,
            i.Written, i.ReadingNotes is null ? null : i.Notes);

    public static ReviewIndicator From(TargetIndicatorInput i) =>
        new(i.Level1, i.Level2, i.Name.Trim(), i.Value.Operator, i.Value.Number, i.Value.Unit, i.Value.Text, (int)(i.Weight * 100), i.ScoringStandard?.Trim() ?? string.Empty,
            i.LastYearActual, i.Value.From, i.Value.Until, i.Written, i.Notes.Count == 0 ? null : i.Notes);
}

/// <summary>
/// What the automatic review of a target reads, and nothing else: the subject (for the copy check), the framework,
/// the annual goal and the indicators. Built from a stored target, from unsaved form rows, or straight from database
/// rows; stored with every review result so the result can be computed again.
/// </summary>
public sealed record TargetReviewInput(
    long TargetId, long SubjectId, long DepartmentId, IndicatorFramework Framework, string AnnualGoal, IReadOnlyList<ReviewIndicator> Indicators, long? BudgetFen = null)
{

    [JsonIgnore]
    public decimal TotalWeight => Indicators.Sum(i => i.WeightHundredths) / 100m;

    /// <summary>Whether any cell was read other than in the official form (most stored targets: none).</summary>
    [JsonIgnore]
    public bool HasReadingNotes => _hasNotes ??= Indicators.Any(i => i.Notes is { Count: > 0 });

    private bool? _hasNotes;

    /// <summary>Same as <see cref="PerformanceTarget.IndicatorSignature"/> for the same indicators.</summary>
    [JsonIgnore]
    public string IndicatorSignature => _signature ??= CopyIndex.SignatureHash(Indicators.Select(i => (i.Name, i.Value.ToString())));

    private string? _signature;

    /// <summary>Uses the signature stored with the target instead of computing it again (a full review reads thousands).</summary>
    public TargetReviewInput WithSignature(string storedSignature)
    {
        _signature = storedSignature;
        return this;
    }

    /// <summary>The input for a stored target; <paramref name="budgetFen"/> is its money (a project's adjusted budget), for the money check.</summary>
    public static TargetReviewInput From(PerformanceTarget t, long? budgetFen = null) =>
        new TargetReviewInput(t.Id, t.SubjectId, t.DepartmentId, t.Framework, t.AnnualGoal, t.Indicators.OrderBy(i => i.Position).Select(ReviewIndicator.From).ToList(), budgetFen)
            .WithSignature(t.IndicatorSignature);

    public static TargetReviewInput From(
        long targetId, long subjectId, long departmentId, IndicatorFramework framework, string? annualGoal, IEnumerable<TargetIndicatorInput> indicators, long? budgetFen = null) =>
        new(targetId, subjectId, departmentId, framework, annualGoal?.Trim() ?? string.Empty, indicators.Select(ReviewIndicator.From).ToList(), budgetFen);

    public PeerText AsPeer(string subjectName) => new(TargetId, SubjectId, subjectName, DepartmentId, AnnualGoal, IndicatorSignature);

    /// <summary>The input and the peers the copy check matched, as stored with the result.</summary>
    public static string Serialize(TargetReviewInput input, IReadOnlyList<PeerText> peers) =>
        JsonSerializer.Serialize(new StoredReviewInput(input, peers), ReviewInputJson.Relaxed.StoredReviewInput);

    public static (TargetReviewInput Input, IReadOnlyList<PeerText> Peers) Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize(json, ReviewInputJson.Relaxed.StoredReviewInput) ?? throw new JsonException("空的审核输入。");
        return (stored.Target, stored.Peers);
    }
}

/// <summary>The stored form of a review's input: the target as reviewed and the other targets the copy check matched.</summary>
public sealed record StoredReviewInput(TargetReviewInput Target, IReadOnlyList<PeerText> Peers);

/// <summary>Source-generated JSON for review inputs (written for every review, at province scale 100k+ times).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredReviewInput))]
internal sealed partial class ReviewInputJson : JsonSerializerContext
{
    /// <summary>Chinese text as characters, not \u escapes.</summary>
    public static ReviewInputJson Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
