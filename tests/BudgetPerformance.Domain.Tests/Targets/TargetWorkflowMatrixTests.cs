using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.Tests.Targets;

/// <summary>The status × party matrix, read the same way by the aggregate, the permissions and the queue.</summary>
public sealed class TargetWorkflowMatrixTests
{
    private const long Unit = 20;
    private const long Department = 10;
    private const long Region = 3;

    private static readonly AccessScope UnitScope = new(AccessScopeKind.Unit, [Region], Department, Unit);
    private static readonly AccessScope DepartmentScope = new(AccessScopeKind.Department, [Region], Department, null);
    private static readonly AccessScope RegionScope = new(AccessScopeKind.Region, [Region], null, null);

    public static TheoryData<TargetStep, TargetStatus, bool> Steps()
    {
        var data = new TheoryData<TargetStep, TargetStatus, bool>();
        var allowed = new Dictionary<TargetStep, TargetStatus[]>
        {
            [TargetStep.Edit] = [TargetStatus.Draft, TargetStatus.Returned, TargetStatus.Refining],
            [TargetStep.Submit] = [TargetStatus.Draft, TargetStatus.Returned],
            [TargetStep.DepartmentReview] = [TargetStatus.Submitted],
            [TargetStep.FinanceReview] = [TargetStatus.DepartmentApproved],
            [TargetStep.ConfirmRefinement] = [TargetStatus.Refining],
            [TargetStep.Approve] = [TargetStatus.ReviewPassed],
            [TargetStep.Publish] = [TargetStatus.Approved],
            [TargetStep.Adjust] = [TargetStatus.Approved, TargetStatus.Published],
        };
        foreach (var (step, statuses) in allowed)
        {
            foreach (var status in Enum.GetValues<TargetStatus>())
            {
                data.Add(step, status, statuses.Contains(status));
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Steps))]
    public void Allows_EachStep_OnlyInItsStatuses(TargetStep step, TargetStatus status, bool expected) =>
        Assert.Equal(expected, TargetWorkflow.Allows(step, status));

    public static TheoryData<Role, long, string, TargetParty[]> Parties => new()
    {
        { Role.BudgetUnit, Unit, "unit", [TargetParty.OwnerUnit] },
        { Role.BudgetUnit, 21, "unit", [] },
        { Role.Department | Role.BudgetUnit, Department, "department", [TargetParty.Department] },
        { Role.FinanceReviewer, 1, "region", [TargetParty.Finance] },
        { Role.FinanceAdmin, 1, "region", [] },
        { Role.Auditor, 1, "region", [] },
        { Role.PeoplesCongress, 1, "region", [] },
    };

    [Theory, MemberData(nameof(Parties))]
    public void PartiesOf_TheActor_FollowRoleAndOrganization(Role roles, long organization, string scope, TargetParty[] expected)
    {
        var s = scope switch { "unit" => UnitScope, "department" => DepartmentScope, _ => RegionScope };

        Assert.Equal(expected.Order(), TargetAccess.PartiesOf(roles, organization, s, Unit, Department).Order());
    }

    [Fact]
    public void For_EveryPermission_IsTheMatrixForThePartyAndStatus()
    {
        var target = new TargetBuilder().Build();
        var unit = TargetAccess.For(Role.BudgetUnit, Unit, UnitScope, target);
        var finance = TargetAccess.For(Role.FinanceReviewer, 1, RegionScope, target);
        var auditor = TargetAccess.For(Role.Auditor, 1, RegionScope, target);
        var outsider = TargetAccess.For(Role.BudgetUnit, 21, new AccessScope(AccessScopeKind.Unit, [Region], 11, 21), target);

        Assert.Equal(new TargetPermissions(true, true, true, false, false, false, false, false, false), unit);
        Assert.Equal(new TargetPermissions(true, false, false, false, false, false, false, false, false), finance);
        Assert.Equal(new TargetPermissions(true, false, false, false, false, false, false, false, false), auditor);
        Assert.Equal(TargetPermissions.None, outsider);
    }

    [Fact]
    public void QueuedFor_EachParty_IsWhatWaitsForThem()
    {
        Assert.Equal([TargetStatus.Draft, TargetStatus.Returned, TargetStatus.Refining], TargetWorkflow.QueuedFor(TargetParty.OwnerUnit));
        Assert.Equal([TargetStatus.Submitted], TargetWorkflow.QueuedFor(TargetParty.Department));
        Assert.Equal([TargetStatus.DepartmentApproved, TargetStatus.Refining, TargetStatus.ReviewPassed], TargetWorkflow.QueuedFor(TargetParty.Finance));
    }
}
