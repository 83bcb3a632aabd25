using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>The invariants of a project definition, each refused with a message naming the field.</summary>
public static class ProjectRules
{
    public static Result Check(ProjectDefinition d)
    {
        if (string.IsNullOrWhiteSpace(d.Code) || d.Code.Length > 40)
        {
            return Error.Validation("项目编码不能为空，且不超过 40 个字符。", nameof(d.Code));
        }

        if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Trim().Length > Project.MaxNameLength)
        {
            return Error.Validation($"项目名称不能为空，且不超过 {Project.MaxNameLength} 个字。", nameof(d.Name));
        }

        if (d.FiscalYear is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return Error.Validation($"预算年度 {d.FiscalYear} 无效。", nameof(d.FiscalYear));
        }

        if (!Enum.IsDefined(d.BudgetKind))
        {
            return Error.Validation("预算类型无效：应为一般公共预算、政府性基金预算、国有资本经营预算或社会保险基金预算。", nameof(d.BudgetKind));
        }

        if (d.StartYear > d.EndYear)
        {
            return Error.Validation($"项目起始年度 {d.StartYear} 晚于结束年度 {d.EndYear}。", nameof(d.StartYear));
        }

        if (d.FiscalYear < d.StartYear || d.FiscalYear > d.EndYear)
        {
            return Error.Validation($"预算年度 {d.FiscalYear} 不在项目实施期 {d.StartYear}–{d.EndYear} 之内。", nameof(d.FiscalYear));
        }

        if (d.ProjectType == ProjectType.OneOff && d.StartYear != d.EndYear)
        {
            return Error.Validation("一次性项目的起止年度应为同一年。", nameof(d.EndYear));
        }

        if (d.ProjectType == ProjectType.MultiYear && d.StartYear == d.EndYear)
        {
            return Error.Validation("延续性项目的实施期应跨越多个年度。", nameof(d.EndYear));
        }

        if (d.IsNew && d.StartYear != d.FiscalYear)
        {
            return Error.Validation($"新增项目应自预算年度 {d.FiscalYear} 起实施，起始年度却为 {d.StartYear}。", nameof(d.IsNew));
        }

        if (!d.IsNew && d.StartYear == d.FiscalYear)
        {
            return Error.Validation("延续项目的起始年度应早于本预算年度；当年开始的项目请标为“新增”。", nameof(d.IsNew));
        }

        var bondCheck = CheckDebt(d);
        if (!bondCheck.IsSuccess)
        {
            return bondCheck;
        }

        if (string.IsNullOrWhiteSpace(d.Manager) || d.Manager.Length > 50)
        {
            return Error.Validation("项目负责人不能为空，且不超过 50 个字。", nameof(d.Manager));
        }

        if (d.InitialBudget.HasNegative)
        {
            return Error.Validation("年初预算各资金来源不能为负数。", nameof(d.InitialBudget));
        }

        if (d.InitialBudget.Total == Money.Zero)
        {
            return Error.Validation("年初预算合计不能为 0。", nameof(d.InitialBudget));
        }

        return Result.Success();
    }

    private static Result CheckDebt(ProjectDefinition d)
    {
        if (d.SpecialCategory == SpecialCategory.GovernmentDebt)
        {
            return d.DebtBondType switch
            {
                DebtBondType.None => Error.Validation("政府债务项目须注明债券类型（一般债券或专项债券）。", nameof(d.DebtBondType)),
                DebtBondType.Special when d.BudgetKind != BudgetKind.GovernmentFund =>
                    Error.Validation("专项债券项目应纳入政府性基金预算。", nameof(d.BudgetKind)),
                DebtBondType.General when d.BudgetKind != BudgetKind.GeneralPublic =>
                    Error.Validation("一般债券项目应纳入一般公共预算。", nameof(d.BudgetKind)),
                _ => Result.Success(),
            };
        }

        return d.DebtBondType == DebtBondType.None
            ? Result.Success()
            : Error.Validation("只有政府债务项目才有债券类型。", nameof(d.DebtBondType));
    }
}
