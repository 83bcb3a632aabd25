using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>A 政策: a group of projects pursuing one policy goal, led by a department.</summary>
public sealed class Policy : Entity
{
    private Policy()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public long RegionId { get; private set; }
    public long LeadDepartmentId { get; private set; }
    public int FiscalYear { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public string? Description { get; private set; }

    public static Result<Policy> Create(string code, string name, long regionId, long leadDepartmentId, int fiscalYear, int startYear, int endYear, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40)
        {
            return Error.Validation("政策编码不能为空，且不超过 40 个字符。", nameof(Code));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return Error.Validation("政策名称不能为空，且不超过 100 个字。", nameof(Name));
        }

        if (startYear > endYear || fiscalYear < startYear || fiscalYear > endYear)
        {
            return Error.Validation($"政策实施期 {startYear}–{endYear} 应包含预算年度 {fiscalYear}。", nameof(StartYear));
        }

        return new Policy
        {
            Code = code.Trim(),
            Name = name.Trim(),
            RegionId = regionId,
            LeadDepartmentId = leadDepartmentId,
            FiscalYear = fiscalYear,
            StartYear = startYear,
            EndYear = endYear,
            Description = description,
        };
    }
}
