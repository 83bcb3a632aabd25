using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Benchmarks;

/// <summary>The signed-in user of every benchmarked request: the province-level finance reviewer.</summary>
public sealed class BenchCurrentUser(Actor actor) : ICurrentUser
{
    public ValueTask<Actor?> GetActorAsync() => ValueTask.FromResult<Actor?>(actor);
}
