using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Targets;

/// <summary>
/// Who may do what with a target: 谁申请资金、谁设置目标 (the owning unit edits, submits and adjusts), its 主管部门
/// reviews first, the finance bureau of the region reviews, approves and publishes; auditors and the 人大 read.
/// </summary>
public sealed record TargetPermissions(bool View, bool Edit, bool Submit, bool DepartmentReview, bool FinanceReview, bool ConfirmRefinement, bool Approve, bool Publish, bool Adjust)
{
    public static readonly TargetPermissions None = new(false, false, false, false, false, false, false, false, false);

    public bool Any => View;
}

public static class TargetAccess
{
    public static TargetPermissions For(Role roles, long actorOrganizationId, AccessScope scope, PerformanceTarget t)
    {
        if (!scope.SeesOrganization(t.OwnerUnitId, t.DepartmentId, t.RegionId))
        {
            return TargetPermissions.None;
        }

        var owner = (roles & Role.BudgetUnit) != 0 && actorOrganizationId == t.OwnerUnitId;
        var department = (roles & Role.Department) != 0 && actorOrganizationId == t.DepartmentId;
        var finance = (roles & Role.FinanceReviewer) != 0 && scope.Kind == AccessScopeKind.Region;
        return new TargetPermissions(
            View: true,
            Edit: owner && t.IsEditable,
            Submit: owner && t.Status is TargetStatus.Draft or TargetStatus.Returned,
            DepartmentReview: department && t.Status == TargetStatus.Submitted,
            FinanceReview: finance && t.Status == TargetStatus.DepartmentApproved,
            ConfirmRefinement: finance && t.Status == TargetStatus.Refining,
            Approve: finance && t.Status == TargetStatus.ReviewPassed,
            Publish: finance && t.Status == TargetStatus.Approved,
            Adjust: owner && t.Status is TargetStatus.Approved or TargetStatus.Published);
    }

    /// <summary>Who may declare a new target for a subject owned by <paramref name="ownerUnitId"/>.</summary>
    public static bool MayDeclare(Role roles, long actorOrganizationId, long ownerUnitId) =>
        (roles & Role.BudgetUnit) != 0 && actorOrganizationId == ownerUnitId;
}
