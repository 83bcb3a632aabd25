using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Benchmarks;

/// <summary>The signed-in user of a benchmarked request: the province-level finance reviewer, or the unit user of the import.</summary>
public sealed class BenchCurrentUser(Actor actor) : ICurrentUser
{
    public ValueTask<Actor?> GetActorAsync() => ValueTask.FromResult<Actor?>(actor);
}
