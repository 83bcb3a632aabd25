using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// 全面审核 of every province target through <see cref="ReviewAllTargetsHandler"/>: either the review alone over targets
/// already in memory (<see cref="ReviewAllTargetsHandler.ReviewLoadedAsync"/>), or one request that loads them from the
/// database and reviews them (<see cref="ReviewAllTargetsHandler.HandleAsync"/>).
/// </summary>
public sealed class ReviewAllTargetsRuns : IAsyncDisposable
{
    private readonly AppDbContext _db;
    private readonly ReviewAllTargetsHandler _handler;
    private readonly IReadOnlyList<ReviewSubject> _targets;

    private ReviewAllTargetsRuns(AppDbContext db, ReviewAllTargetsHandler handler, IReadOnlyList<ReviewSubject> targets)
    {
        _db = db;
        _handler = handler;
        _targets = targets;
    }

    /// <summary>
    /// Prepares the in-memory review of <paramref name="targets"/>. The handler's rule pack resolver reads the packs
    /// from <paramref name="options"/> and is warmed here for every region, so a run measures the review itself
    /// (a copy index per region, every rule on every target) and no database work.
    /// </summary>
    public static async Task<ReviewAllTargetsRuns> InMemoryAsync(
        DbContextOptions<AppDbContext> options, Actor reviewer, IReadOnlyList<PerformanceTarget> targets, CancellationToken ct = default)
    {
        var db = new AppDbContext(options);
        var packs = new RulePackResolver(db, new RulePackCatalog());
        foreach (var region in targets.Select(t => t.RegionId).Distinct())
        {
            await packs.TargetReviewAsync(region, BenchDatabase.FiscalYear, ct);
        }

        // The review's inputs are made from the generated targets once, outside the timed runs.
        var subjects = targets.Select(t => new ReviewSubject(TargetReviewInput.From(t), t.SubjectName, t.RegionId)).ToList();
        var user = new BenchCurrentUser(reviewer);
        return new ReviewAllTargetsRuns(db, new ReviewAllTargetsHandler(db, user, new AccessScopeResolver(db, user), packs), subjects);
    }

    public Task<ReviewAllResult> ReviewInMemoryAsync(CancellationToken ct = default) =>
        _handler.ReviewLoadedAsync(_targets, BenchDatabase.FiscalYear, ct);

    /// <summary>
    /// One 全面审核 request as the web layer serves it: a new context, scope resolver and rule pack resolver, then the
    /// handler loads every current target of the reviewer's regions (indicators included) and reviews them.
    /// </summary>
    public static async Task<ReviewAllResult> LoadAndReviewAsync(DbContextOptions<AppDbContext> options, Actor reviewer, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(options);
        var user = new BenchCurrentUser(reviewer);
        var handler = new ReviewAllTargetsHandler(db, user, new AccessScopeResolver(db, user), new RulePackResolver(db, new RulePackCatalog()));
        var result = await handler.HandleAsync(BenchDatabase.FiscalYear, ct);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);
    }

    /// <summary>Fails loudly when a review saw no targets, so an empty province is not benchmarked by mistake.</summary>
    public static ReviewAllResult Check(ReviewAllResult result) =>
        result.Targets > 0 && result.Indicators > 0
            ? result
            : throw new InvalidOperationException("审核没有看到任何绩效目标。 / The review saw no targets: is the database built with targets?");

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
