using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>A kind of project a department of a sector typically runs, with its usual size in 万元.</summary>
public sealed record ProjectTemplate(
    string Name,
    decimal TypicalWanYuan,
    BudgetKind Kind = BudgetKind.GeneralPublic,
    SpecialCategory Category = SpecialCategory.None,
    DebtBondType Bond = DebtBondType.None,
    ProjectType Type = ProjectType.Recurring);

/// <summary>A department of the demo county: its sector, its 二级预算单位 and the projects it asks money for.</summary>
public sealed record DepartmentTemplate(string Name, Sector Sector, string[] Units, ProjectTemplate[] Projects, int ProjectCount);
