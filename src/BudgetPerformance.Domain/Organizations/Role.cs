namespace BudgetPerformance.Domain.Organizations;

/// <summary>The roles a user can hold; a user may hold several.</summary>
[Flags]
public enum Role
{
    None = 0,
    /// <summary>财政局管理员: manages users, organisations and settings of the region.</summary>
    FinanceAdmin = 1,
    /// <summary>财政绩效科: reviews targets, monitoring and evaluations for the region.</summary>
    FinanceReviewer = 2,
    /// <summary>主管部门: a first-level unit, sees itself and its 二级预算单位.</summary>
    Department = 4,
    /// <summary>预算单位: sees and edits its own unit's data.</summary>
    BudgetUnit = 8,
    /// <summary>第三方机构: sees only the work assigned to its agency.</summary>
    ThirdParty = 16,
    /// <summary>专家: sees only the work assigned to them.</summary>
    Expert = 32,
    /// <summary>审计: reads the region's data to share indicators, results and rectification.</summary>
    Auditor = 64,
    /// <summary>人大: read-only oversight of the region.</summary>
    PeoplesCongress = 128,
}

/// <summary>Chinese names of roles and which organisation kinds may hold them.</summary>
public static class Roles
{
    public static readonly IReadOnlyList<Role> All =
    [
        Role.FinanceAdmin, Role.FinanceReviewer, Role.Department, Role.BudgetUnit,
        Role.ThirdParty, Role.Expert, Role.Auditor, Role.PeoplesCongress,
    ];

    public static string DisplayName(Role role) => role switch
    {
        Role.FinanceAdmin => "财政局管理员",
        Role.FinanceReviewer => "财政绩效科",
        Role.Department => "主管部门",
        Role.BudgetUnit => "预算单位",
        Role.ThirdParty => "第三方机构",
        Role.Expert => "专家",
        Role.Auditor => "审计",
        Role.PeoplesCongress => "人大",
        _ => role.ToString(),
    };

    public static IEnumerable<Role> Split(Role roles) => All.Where(r => roles.HasFlag(r));

    public static string DisplayNames(Role roles) => string.Join("、", Split(roles).Select(DisplayName));

    /// <summary>The organisation kind a holder of <paramref name="role"/> must belong to.</summary>
    public static bool FitsOrganization(Role role, OrganizationKind kind) => role switch
    {
        Role.FinanceAdmin or Role.FinanceReviewer => kind == OrganizationKind.FinanceBureau,
        Role.Department => kind == OrganizationKind.Department,
        Role.BudgetUnit => kind is OrganizationKind.Department or OrganizationKind.BudgetUnit,
        Role.ThirdParty => kind == OrganizationKind.ThirdPartyAgency,
        Role.Expert => kind == OrganizationKind.ExpertPool,
        Role.Auditor => kind == OrganizationKind.AuditOffice,
        Role.PeoplesCongress => kind == OrganizationKind.PeoplesCongress,
        _ => false,
    };
}
