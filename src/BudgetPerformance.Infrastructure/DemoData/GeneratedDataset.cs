using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>Everything a generator made, in the order it must be inserted (parents before children).</summary>
public sealed class GeneratedDataset
{
    public List<Region> Regions { get; } = [];
    public List<Organization> Organizations { get; } = [];
    public List<User> Users { get; } = [];
    public List<Expert> Experts { get; } = [];
    public List<DeclaredRelation> DeclaredRelations { get; } = [];
    public List<FiscalYear> FiscalYears { get; } = [];
    public List<Policy> Policies { get; } = [];
    public List<Project> Projects { get; } = [];
    public List<DepartmentBudget> DepartmentBudgets { get; } = [];
    public List<PerformanceTarget> Targets { get; } = [];

    /// <summary>The automatic reviews of the targets (inserted before the targets that point at them).</summary>
    public List<Domain.RulePacks.RuleOutcome> RuleOutcomes { get; } = [];

    /// <summary>Demo accounts and their plain passwords, for the README and the login page of the demo only.</summary>
    public List<(string UserName, string Role, string Organization)> DemoAccounts { get; } = [];
}

/// <summary>Hands out ids per table, starting after what the database already holds.</summary>
public sealed class IdAllocator
{
    private readonly Dictionary<Type, long> _next = [];

    public IdAllocator Start<T>(long firstId)
    {
        _next[typeof(T)] = firstId;
        return this;
    }

    public long Next<T>()
    {
        var id = _next.GetValueOrDefault(typeof(T), 1);
        _next[typeof(T)] = id + 1;
        return id;
    }
}
