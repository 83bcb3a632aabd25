using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>
/// 部门整体预算: a department's whole budget for a year — 基本支出 (人员经费, 公用经费) and 项目支出 — the object of
/// department-overall targets, monitoring and evaluation.
/// </summary>
public sealed class DepartmentBudget : Entity
{
    private DepartmentBudget()
    {
    }

    public long DepartmentId { get; private set; }
    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }
    public long PersonnelFen { get; private set; }
    public long OperatingFen { get; private set; }
    public long ProjectFen { get; private set; }

    /// <summary>人员经费</summary>
    public Money PersonnelExpenditure => new(PersonnelFen);

    /// <summary>公用经费</summary>
    public Money OperatingExpenditure => new(OperatingFen);

    /// <summary>项目支出</summary>
    public Money ProjectExpenditure => new(ProjectFen);

    public Money BasicExpenditure => PersonnelExpenditure + OperatingExpenditure;
    public Money Total => BasicExpenditure + ProjectExpenditure;

    public static Result<DepartmentBudget> Create(long departmentId, long regionId, int fiscalYear, Money personnel, Money operating, Money projects)
    {
        if (personnel.IsNegative || operating.IsNegative || projects.IsNegative)
        {
            return Error.Validation("部门整体预算的人员经费、公用经费和项目支出不能为负数。", nameof(PersonnelExpenditure));
        }

        return new DepartmentBudget
        {
            DepartmentId = departmentId,
            RegionId = regionId,
            FiscalYear = fiscalYear,
            PersonnelFen = personnel.Fen,
            OperatingFen = operating.Fen,
            ProjectFen = projects.Fen,
        };
    }
}
