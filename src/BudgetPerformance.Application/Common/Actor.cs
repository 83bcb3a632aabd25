using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Application.Common;

/// <summary>The signed-in person a use case acts for.</summary>
public sealed record Actor(long UserId, string UserName, string DisplayName, Role Roles, long OrganizationId)
{
    public bool Has(Role role) => (Roles & role) != 0;

    /// <summary>Finance staff of the region: the only ones who administer it.</summary>
    public bool IsFinanceAdmin => Has(Role.FinanceAdmin);
}

/// <summary>Who is asking: the web layer fills it from the cookie (API, page prerender) or the circuit's auth state.</summary>
public interface ICurrentUser
{
    ValueTask<Actor?> GetActorAsync();
}

/// <summary>Another system calling the API with its token: the account, its name and the region it serves.</summary>
public sealed record SystemCaller(long AccountId, string Name, long RegionId);

/// <summary>The system calling, when a request carries a valid system token (null otherwise, and for users).</summary>
public interface ICurrentSystem
{
    SystemCaller? Get();
}
