using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Tests.Budgets;

/// <summary>A valid project definition to start from; each With… changes one thing.</summary>
public sealed class ProjectDefinitionBuilder
{
    private ProjectDefinition _d = new(
        "990121202600001", "2026年义务教育阶段学生营养改善计划", 2026, BudgetKind.GeneralPublic, SpecialCategory.None, DebtBondType.None,
        ProjectType.Recurring, false, 2020, 2027, "刘敏",
        new FundAmounts(Money.FromWanYuan(800), Money.FromWanYuan(50), Money.Zero));

    public ProjectDefinitionBuilder With(Func<ProjectDefinition, ProjectDefinition> change)
    {
        _d = change(_d);
        return this;
    }

    public ProjectDefinition Build() => _d;
}
