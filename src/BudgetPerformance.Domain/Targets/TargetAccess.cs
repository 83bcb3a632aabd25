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
    /// <summary>The parties the user acts as for this target (none when the target is outside their scope).</summary>
    public static IReadOnlySet<TargetParty> PartiesOf(Role roles, long actorOrganizationId, AccessScope scope, long ownerUnitId, long departmentId)
    {
        var parties = new HashSet<TargetParty>();
        if ((roles & Role.BudgetUnit) != 0 && actorOrganizationId == ownerUnitId)
        {
            parties.Add(TargetParty.OwnerUnit);
        }

        if ((roles & Role.Department) != 0 && actorOrganizationId == departmentId)
        {
            parties.Add(TargetParty.Department);
        }

        if ((roles & Role.FinanceReviewer) != 0 && scope.Kind == AccessScopeKind.Region)
        {
            parties.Add(TargetParty.Finance);
        }

        return parties;
    }

    public static TargetPermissions For(Role roles, long actorOrganizationId, AccessScope scope, PerformanceTarget t)
    {
        if (!scope.SeesOrganization(t.OwnerUnitId, t.DepartmentId, t.RegionId))
        {
            return TargetPermissions.None;
        }

        var parties = PartiesOf(roles, actorOrganizationId, scope, t.OwnerUnitId, t.DepartmentId);
        bool May(TargetStep step) => parties.Contains(TargetWorkflow.Rule(step).Party) && TargetWorkflow.Allows(step, t.Status);
        return new TargetPermissions(
            View: true,
            Edit: May(TargetStep.Edit),
            Submit: May(TargetStep.Submit),
            DepartmentReview: May(TargetStep.DepartmentReview),
            FinanceReview: May(TargetStep.FinanceReview),
            ConfirmRefinement: May(TargetStep.ConfirmRefinement),
            Approve: May(TargetStep.Approve),
            Publish: May(TargetStep.Publish),
            Adjust: May(TargetStep.Adjust));
    }

    /// <summary>Who may declare a new target for a subject owned by <paramref name="ownerUnitId"/>.</summary>
    public static bool MayDeclare(Role roles, long actorOrganizationId, long ownerUnitId) =>
        (roles & Role.BudgetUnit) != 0 && actorOrganizationId == ownerUnitId;
}
