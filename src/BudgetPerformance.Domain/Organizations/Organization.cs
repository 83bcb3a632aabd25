using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// An organisation in a region: the finance bureau, a 主管部门 (first-level budget unit), a 二级预算单位 under it,
/// a third-party agency, the expert pool, the audit office or the 人大.
/// </summary>
public sealed class Organization : Entity
{
    private Organization()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    /// <summary>统一社会信用代码 or the budget unit code used by the finance system; unique.</summary>
    public string Code { get; private set; }
    public string Name { get; private set; }
    public OrganizationKind Kind { get; private set; }
    public long RegionId { get; private set; }

    /// <summary>For a 二级预算单位, its 主管部门; null otherwise.</summary>
    public long? ParentId { get; private set; }

    /// <summary>The policy field (教育, 卫生健康…) of a department and its units; null for the others.</summary>
    public Sector? Sector { get; private set; }

    public string? ContactPerson { get; private set; }
    public string? ContactPhone { get; private set; }

    public bool IsBudgetUnit => Kind is OrganizationKind.Department or OrganizationKind.BudgetUnit;

    /// <summary>The department this organisation's money belongs to: itself for a department, its parent for a unit.</summary>
    public long? DepartmentId => Kind switch
    {
        OrganizationKind.Department => Id,
        OrganizationKind.BudgetUnit => ParentId,
        _ => null,
    };

    public static Result<Organization> Create(
        string code, string name, OrganizationKind kind, Region region, Organization? parent = null, Sector? sector = null)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 30)
        {
            return Error.Validation("单位编码不能为空，且不超过 30 个字符。", nameof(Code));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return Error.Validation("单位名称不能为空，且不超过 100 个字。", nameof(Name));
        }

        if (kind == OrganizationKind.BudgetUnit)
        {
            if (parent is null || parent.Kind != OrganizationKind.Department)
            {
                return Error.Validation($"二级预算单位“{name}”必须隶属于一个主管部门。", nameof(ParentId));
            }

            if (parent.RegionId != region.Id)
            {
                return Error.Validation($"二级预算单位“{name}”须与主管部门“{parent.Name}”同属一个行政区划。", nameof(RegionId));
            }
        }
        else if (parent is not null)
        {
            return Error.Validation($"只有二级预算单位才有上级主管部门，“{name}”不应指定上级。", nameof(ParentId));
        }

        if (kind is OrganizationKind.Department or OrganizationKind.BudgetUnit && sector is null)
        {
            return Error.Validation($"预算单位“{name}”须注明所属行业领域。", nameof(Sector));
        }

        return new Organization
        {
            Code = code.Trim(),
            Name = name.Trim(),
            Kind = kind,
            RegionId = region.Id,
            ParentId = parent?.Id,
            Sector = kind is OrganizationKind.Department or OrganizationKind.BudgetUnit ? sector : null,
        };
    }

    public void SetContact(string? person, string? phone)
    {
        ContactPerson = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        ContactPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }
}

/// <summary>What an organisation is in the budget-performance system.</summary>
public enum OrganizationKind
{
    FinanceBureau = 1,
    Department = 2,
    BudgetUnit = 3,
    ThirdPartyAgency = 4,
    ExpertPool = 5,
    AuditOffice = 6,
    PeoplesCongress = 7,
}

/// <summary>Policy fields used to group departments, projects and (later) industry indicators.</summary>
public enum Sector
{
    GeneralAdministration = 1,
    Education = 2,
    HealthCare = 3,
    Agriculture = 4,
    Transport = 5,
    SocialSecurity = 6,
    Environment = 7,
    HousingConstruction = 8,
    CultureTourism = 9,
    Science = 10,
    PublicSecurity = 11,
    WaterResources = 12,
    NaturalResources = 13,
    Commerce = 14,
    EmergencyManagement = 15,
    UrbanManagement = 16,
}
