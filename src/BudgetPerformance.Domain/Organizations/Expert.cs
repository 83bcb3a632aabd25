using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>A member of the 专家库 of a region, with the field they can judge and where they work.</summary>
public sealed class Expert : Entity
{
    public const int MaxCodeLength = 30;

    private Expert()
    {
        Code = string.Empty;
        Name = string.Empty;
        Title = string.Empty;
        Employer = string.Empty;
    }

    public long PoolId { get; private set; }

    /// <summary>专家编号, unique within the pool: how a re-imported 专家库 finds the expert again.</summary>
    public string Code { get; private set; }
    public string Name { get; private set; }
    public Sector Specialty { get; private set; }
    /// <summary>职称, e.g. 高级会计师.</summary>
    public string Title { get; private set; }
    /// <summary>工作单位 as written.</summary>
    public string Employer { get; private set; }

    /// <summary>The employer when it is an organisation of the platform: the expert recuses from it (回避).</summary>
    public long? EmployerOrganizationId { get; private set; }
    public string? Phone { get; private set; }
    public long? UserId { get; private set; }

    /// <summary>移出专家库: the expert keeps their history but gets no new assignments.</summary>
    public bool IsClosed { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedReason { get; private set; }
    public int Revision { get; private set; }

    public static Result<Expert> Create(Organization pool, string name, Sector specialty, string title, string employer, string code)
    {
        if (pool.Kind != OrganizationKind.ExpertPool)
        {
            return Error.Validation($"“{pool.Name}”不是专家库。", nameof(PoolId));
        }

        var expert = new Expert { PoolId = pool.Id };
        var set = expert.Apply(new ExpertParticulars(code, name, specialty, title, employer), employerOrganization: null);
        return set.IsSuccess ? expert : set.Error!;
    }

    /// <summary>An administrator's edit; refused when <paramref name="expectedRevision"/> is not the current one.</summary>
    public Result Edit(int expectedRevision, ExpertParticulars p, Organization? employerOrganization)
    {
        if (expectedRevision != Revision)
        {
            return Error.Conflict($"专家“{Name}”的信息已被他人修改，请刷新后重试，以免覆盖他人的修改。");
        }

        if (IsClosed)
        {
            return Error.Conflict($"专家“{Name}”已移出专家库，不能修改；如需修改请先恢复。");
        }

        var applied = Apply(p, employerOrganization);
        if (applied.IsSuccess)
        {
            Revision++;
        }

        return applied;
    }

    public Result Close(int expectedRevision, string reason, DateTime now)
    {
        if (expectedRevision != Revision)
        {
            return Error.Conflict($"专家“{Name}”的信息已被他人修改，请刷新后重试。");
        }

        if (IsClosed)
        {
            return Error.Conflict($"专家“{Name}”已移出专家库。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Organization.MaxReasonLength)
        {
            return Error.Validation($"请填写移出原因（不超过 {Organization.MaxReasonLength} 个字）。", nameof(ClosedReason));
        }

        (IsClosed, ClosedAt, ClosedReason) = (true, now, reason.Trim());
        Revision++;
        return Result.Success();
    }

    public Result Reopen(int expectedRevision)
    {
        if (expectedRevision != Revision)
        {
            return Error.Conflict($"专家“{Name}”的信息已被他人修改，请刷新后重试。");
        }

        if (!IsClosed)
        {
            return Error.Conflict($"专家“{Name}”在库中，无需恢复。");
        }

        (IsClosed, ClosedAt, ClosedReason) = (false, null, null);
        Revision++;
        return Result.Success();
    }

    public void LinkUser(User user) => UserId = user.Id;

    private Result Apply(ExpertParticulars p, Organization? employerOrganization)
    {
        var code = p.Code?.Trim() ?? string.Empty;
        if (code.Length == 0 || code.Length > MaxCodeLength || code.Any(char.IsWhiteSpace))
        {
            return Error.Validation($"专家编号不能为空、不含空格，且不超过 {MaxCodeLength} 个字符。", nameof(Code));
        }

        if (string.IsNullOrWhiteSpace(p.Name) || p.Name.Trim().Length > 50)
        {
            return Error.Validation("专家姓名不能为空，且不超过 50 个字。", nameof(Name));
        }

        if (!Enum.IsDefined(p.Specialty))
        {
            return Error.Validation("专业领域不存在。", nameof(Specialty));
        }

        if (p.Title?.Trim().Length > 50)
        {
            return Error.Validation("职称不超过 50 个字。", nameof(Title));
        }

        if (p.Employer?.Trim().Length > 100)
        {
            return Error.Validation("工作单位不超过 100 个字。", nameof(Employer));
        }

        if (p.Phone?.Trim().Length > 30)
        {
            return Error.Validation("联系电话不超过 30 个字符。", nameof(Phone));
        }

        if (employerOrganization is { IsBudgetUnit: false, Kind: not OrganizationKind.ThirdPartyAgency })
        {
            return Error.Validation($"“{employerOrganization.Name}”不是预算单位或第三方机构，不能作为需要回避的工作单位。", nameof(EmployerOrganizationId));
        }

        Code = code;
        Name = p.Name.Trim();
        Specialty = p.Specialty;
        Title = p.Title?.Trim() ?? string.Empty;
        Employer = string.IsNullOrWhiteSpace(p.Employer) ? employerOrganization?.Name ?? string.Empty : p.Employer.Trim();
        EmployerOrganizationId = employerOrganization?.Id;
        Phone = string.IsNullOrWhiteSpace(p.Phone) ? null : p.Phone.Trim();
        return Result.Success();
    }
}

/// <summary>What an administrator edits of an expert.</summary>
public sealed record ExpertParticulars(string Code, string Name, Sector Specialty, string? Title, string? Employer, string? Phone = null);
