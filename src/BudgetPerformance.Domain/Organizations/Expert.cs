using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>A member of the 专家库 of a region, with the field they can judge.</summary>
public sealed class Expert : Entity
{
    private Expert()
    {
        Name = string.Empty;
        Title = string.Empty;
        Employer = string.Empty;
    }

    public long PoolId { get; private set; }
    public string Name { get; private set; }
    public Sector Specialty { get; private set; }
    /// <summary>职称, e.g. 高级会计师.</summary>
    public string Title { get; private set; }
    /// <summary>工作单位: used later for conflict-of-interest checks.</summary>
    public string Employer { get; private set; }
    public long? UserId { get; private set; }

    public static Result<Expert> Create(Organization pool, string name, Sector specialty, string title, string employer)
    {
        if (pool.Kind != OrganizationKind.ExpertPool)
        {
            return Error.Validation($"“{pool.Name}”不是专家库。", nameof(PoolId));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 50)
        {
            return Error.Validation("专家姓名不能为空，且不超过 50 个字。", nameof(Name));
        }

        return new Expert { PoolId = pool.Id, Name = name.Trim(), Specialty = specialty, Title = title.Trim(), Employer = employer.Trim() };
    }

    public void LinkUser(User user) => UserId = user.Id;
}
