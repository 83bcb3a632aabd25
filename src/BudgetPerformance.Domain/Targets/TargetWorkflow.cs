namespace BudgetPerformance.Domain.Targets;

/// <summary>A step of the target workflow.</summary>
public enum TargetStep
{
    Edit = 1,
    Submit = 2,
    DepartmentReview = 3,
    FinanceReview = 4,
    ConfirmRefinement = 5,
    Approve = 6,
    Publish = 7,
    Adjust = 8,
}

/// <summary>Whose step it is: 谁申请资金、谁设置目标 (the owning unit), its 主管部门, the region's finance bureau.</summary>
public enum TargetParty
{
    OwnerUnit = 1,
    Department = 2,
    Finance = 3,
}

/// <summary>One row of the matrix: which party takes the step, in which statuses, and whether it waits in their queue.</summary>
public sealed record TargetStepRule(TargetStep Step, TargetParty Party, IReadOnlyList<TargetStatus> From, bool Queued, string Description);

/// <summary>
/// The status × party matrix of the target workflow: the one definition read by the aggregate's state checks,
/// <see cref="TargetAccess"/> (what a user may do), the "待我处理" queue and the pages.
/// </summary>
public static class TargetWorkflow
{
    public static IReadOnlyList<TargetStepRule> Matrix { get; } =
    [
        new(TargetStep.Edit, TargetParty.OwnerUnit, [TargetStatus.Draft, TargetStatus.Returned, TargetStatus.Refining], true, "填报或修改目标内容"),
        new(TargetStep.Submit, TargetParty.OwnerUnit, [TargetStatus.Draft, TargetStatus.Returned], true, "提交申报"),
        new(TargetStep.DepartmentReview, TargetParty.Department, [TargetStatus.Submitted], true, "主管部门审核"),
        new(TargetStep.FinanceReview, TargetParty.Finance, [TargetStatus.DepartmentApproved], true, "财政审核"),
        new(TargetStep.ConfirmRefinement, TargetParty.Finance, [TargetStatus.Refining], true, "确认协商完善"),
        new(TargetStep.Approve, TargetParty.Finance, [TargetStatus.ReviewPassed], true, "随预算批复"),
        // 公开 follows the budget's publication, not a queue of single items; 调整 is the unit's choice.
        new(TargetStep.Publish, TargetParty.Finance, [TargetStatus.Approved], false, "公开"),
        new(TargetStep.Adjust, TargetParty.OwnerUnit, [TargetStatus.Approved, TargetStatus.Published], false, "发起调整"),
    ];

    private static readonly Dictionary<TargetStep, TargetStepRule> ByStep = Matrix.ToDictionary(r => r.Step);

    public static TargetStepRule Rule(TargetStep step) => ByStep[step];

    /// <summary>May the step be taken in <paramref name="status"/>?</summary>
    public static bool Allows(TargetStep step, TargetStatus status) => ByStep[step].From.Contains(status);

    /// <summary>The statuses in which a party has queued work ("待我处理").</summary>
    public static IReadOnlyList<TargetStatus> QueuedFor(TargetParty party) =>
        Matrix.Where(r => r.Party == party && r.Queued).SelectMany(r => r.From).Distinct().ToList();

    /// <summary>Editable content: the statuses of <see cref="TargetStep.Edit"/>.</summary>
    public static bool IsEditable(TargetStatus status) => Allows(TargetStep.Edit, status);
}
