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

    public const int MaxCodeLength = 30;
    public const int MaxNameLength = 100;
    public const int MaxQualificationLength = 200;
    public const int MaxReasonLength = 200;

    /// <summary>资质和业务范围 of a third-party agency (执业资质, 评价领域); null for the others.</summary>
    public string? Qualification { get; private set; }

    /// <summary>撤销: a closed organisation keeps its history but takes no new accounts, projects or assignments.</summary>
    public bool IsClosed { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedReason { get; private set; }

    /// <summary>Counts every change an administrator makes; an edit based on an older revision is refused.</summary>
    public int Revision { get; private set; }

    /// <summary>The kinds an administrator may create in a region (the finance bureau itself comes with the region).</summary>
    public static readonly IReadOnlyList<OrganizationKind> AdministeredKinds =
    [
        OrganizationKind.Department, OrganizationKind.BudgetUnit, OrganizationKind.ThirdPartyAgency,
        OrganizationKind.ExpertPool, OrganizationKind.AuditOffice, OrganizationKind.PeoplesCongress,
    ];

    public static Result<Organization> Create(
        string code, string name, OrganizationKind kind, Region region, Organization? parent = null, Sector? sector = null)
    {
        if (CheckCode(code) is { } badCode)
        {
            return badCode;
        }

        if (CheckName(name) is { } badName)
        {
            return badName;
        }

        if (!Enum.IsDefined(kind))
        {
            return Error.Validation("单位类型不存在。", nameof(Kind));
        }

        if (kind == OrganizationKind.BudgetUnit)
        {
            if (CheckParent(name, parent, region.Id) is { } badParent)
            {
                return badParent;
            }
        }
        else if (parent is not null)
        {
            return Error.Validation($"只有二级预算单位才有上级主管部门，“{name}”不应指定上级。", nameof(ParentId));
        }

        if (CheckSector(name, kind, sector) is { } badSector)
        {
            return badSector;
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

    /// <summary>
    /// An administrator's edit of the organisation's particulars (a new name is a 更名; a new code follows the finance
    /// system's recoding). Refused when <paramref name="expectedRevision"/> is not the current revision.
    /// </summary>
    public Result Edit(int expectedRevision, OrganizationParticulars p)
    {
        if (expectedRevision != Revision)
        {
            return Stale();
        }

        if (IsClosed)
        {
            return Error.Conflict($"“{Name}”已撤销，不能修改；如需修改请先恢复。");
        }

        if (CheckCode(p.Code) is { } badCode)
        {
            return badCode;
        }

        if (CheckName(p.Name) is { } badName)
        {
            return badName;
        }

        if (CheckSector(p.Name, Kind, p.Sector) is { } badSector)
        {
            return badSector;
        }

        if (CheckParticulars(p) is { } bad)
        {
            return bad;
        }

        Code = p.Code.Trim();
        Name = p.Name.Trim();
        Sector = IsBudgetUnit ? p.Sector : null;
        SetContact(p.ContactPerson, p.ContactPhone);
        Qualification = Kind == OrganizationKind.ThirdPartyAgency && !string.IsNullOrWhiteSpace(p.Qualification) ? p.Qualification.Trim() : null;
        Revision++;
        return Result.Success();
    }

    /// <summary>Moves a 二级预算单位 to another 主管部门 of the same region (单位划转).</summary>
    public Result MoveUnder(int expectedRevision, Organization department)
    {
        if (expectedRevision != Revision)
        {
            return Stale();
        }

        if (Kind != OrganizationKind.BudgetUnit)
        {
            return Error.Validation($"只有二级预算单位可以划转到其他主管部门，“{Name}”是{Budgets.BudgetTerms.Of(Kind)}。", nameof(ParentId));
        }

        if (IsClosed)
        {
            return Error.Conflict($"“{Name}”已撤销，不能划转。");
        }

        if (CheckParent(Name, department, RegionId) is { } badParent)
        {
            return badParent;
        }

        if (department.IsClosed)
        {
            return Error.Validation($"主管部门“{department.Name}”已撤销，不能划入。", nameof(ParentId));
        }

        if (department.Id == ParentId)
        {
            return Error.Validation($"“{Name}”已隶属于“{department.Name}”。", nameof(ParentId));
        }

        ParentId = department.Id;
        Revision++;
        return Result.Success();
    }

    /// <summary>
    /// 撤销: the organisation stays for the record; <paramref name="openMembers"/> are what must go first — a
    /// department's units, or a pool's experts, not yet closed.
    /// </summary>
    public Result Close(int expectedRevision, string reason, int openMembers, DateTime now)
    {
        if (expectedRevision != Revision)
        {
            return Stale();
        }

        if (Kind == OrganizationKind.FinanceBureau)
        {
            return Error.Validation("财政局不能撤销。", nameof(Kind));
        }

        if (IsClosed)
        {
            return Error.Conflict($"“{Name}”已于此前撤销。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return Error.Validation($"请填写撤销原因（不超过 {MaxReasonLength} 个字）。", nameof(ClosedReason));
        }

        if (openMembers > 0)
        {
            return Error.Conflict(Kind == OrganizationKind.ExpertPool
                ? $"“{Name}”中还有 {openMembers} 位在库专家，请先将他们移出专家库。"
                : $"“{Name}”下还有 {openMembers} 个未撤销的二级预算单位，请先将它们划转或撤销。");
        }

        IsClosed = true;
        ClosedAt = now;
        ClosedReason = reason.Trim();
        Revision++;
        return Result.Success();
    }

    /// <summary>Undoes a closure; a unit can only come back under a department that is open.</summary>
    public Result Reopen(int expectedRevision, Organization? parent)
    {
        if (expectedRevision != Revision)
        {
            return Stale();
        }

        if (!IsClosed)
        {
            return Error.Conflict($"“{Name}”没有撤销，无需恢复。");
        }

        if (Kind == OrganizationKind.BudgetUnit && (parent is null || parent.IsClosed))
        {
            return Error.Conflict($"“{Name}”的主管部门“{parent?.Name}”已撤销，请先恢复主管部门。");
        }

        IsClosed = false;
        ClosedAt = null;
        ClosedReason = null;
        Revision++;
        return Result.Success();
    }

    private Error Stale() => Error.Conflict($"“{Name}”已被他人修改（当前修订号 {Revision}），请刷新后重试，以免覆盖他人的修改。");

    private static Error? CheckCode(string? code) =>
        string.IsNullOrWhiteSpace(code) || code.Trim().Length > MaxCodeLength || code.Trim().Any(char.IsWhiteSpace)
            ? Error.Validation($"单位编码不能为空、不含空格，且不超过 {MaxCodeLength} 个字符。", nameof(Code))
            : null;

    private static Error? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
            ? Error.Validation($"单位名称不能为空，且不超过 {MaxNameLength} 个字。", nameof(Name))
            : null;

    private static Error? CheckParent(string name, Organization? parent, long regionId)
    {
        if (parent is null || parent.Kind != OrganizationKind.Department)
        {
            return Error.Validation($"二级预算单位“{name}”必须隶属于一个主管部门。", nameof(ParentId));
        }

        return parent.RegionId != regionId
            ? Error.Validation($"二级预算单位“{name}”须与主管部门“{parent.Name}”同属一个行政区划。", nameof(RegionId))
            : null;
    }

    private static Error? CheckSector(string name, OrganizationKind kind, Sector? sector)
    {
        if (kind is OrganizationKind.Department or OrganizationKind.BudgetUnit && sector is null)
        {
            return Error.Validation($"预算单位“{name}”须注明所属行业领域。", nameof(Sector));
        }

        return sector is { } s && !Enum.IsDefined(s) ? Error.Validation("行业领域不存在。", nameof(Sector)) : null;
    }

    private static Error? CheckParticulars(OrganizationParticulars p)
    {
        if (p.ContactPerson?.Trim().Length > 50)
        {
            return Error.Validation("联系人不超过 50 个字。", nameof(ContactPerson));
        }

        if (p.ContactPhone?.Trim().Length > 30)
        {
            return Error.Validation("联系电话不超过 30 个字符。", nameof(ContactPhone));
        }

        return p.Qualification?.Trim().Length > MaxQualificationLength
            ? Error.Validation($"资质和业务范围不超过 {MaxQualificationLength} 个字。", nameof(Qualification))
            : null;
    }

    public void SetContact(string? person, string? phone)
    {
        ContactPerson = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        ContactPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }
}

/// <summary>The particulars an administrator edits: code, name, sector, contact and (agencies) qualification.</summary>
public sealed record OrganizationParticulars(
    string Code, string Name, Sector? Sector, string? ContactPerson = null, string? ContactPhone = null, string? Qualification = null);

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
