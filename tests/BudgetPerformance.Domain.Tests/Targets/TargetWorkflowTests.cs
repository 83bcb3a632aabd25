using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Domain.Tests.Budgets;
using BudgetPerformance.Domain.Tests.Organizations;
using BudgetPerformance.Domain.Tests.RulePacks;
using static BudgetPerformance.Domain.Tests.Targets.TargetBuilder;

namespace BudgetPerformance.Domain.Tests.Targets;

public sealed class TargetWorkflowTests
{
    private static readonly ReviewActor Department = new(6, "jytj");
    private static readonly ReviewActor Finance = new(2, "jxk");

    private static RuleOutcome ReviewOf(PerformanceTarget t) => TestRulePacks.ReviewOf(t);

    private static FinanceReview Grade(ReviewGrade grade, string? comment = "请细化指标") =>
        new(grade, Enum.GetValues<ReviewDimension>().ToDictionary(d => d, _ => grade), comment);

    private static PerformanceTarget AtFinance()
    {
        var t = new TargetBuilder().Build();
        Assert.True(t.Submit(ReviewOf(t), Unit, At).IsSuccess);
        Assert.True(t.ReviewByDepartment(true, null, Department, At).IsSuccess);
        return t;
    }

    [Fact]
    public void Submit_WithBlockingFindings_IsRefused_AndStaysADraft()
    {
        var t = new TargetBuilder().WithAnnualGoal("短").Build();

        var result = t.Submit(ReviewOf(t), Unit, At);

        Assert.False(result.IsSuccess);
        Assert.Contains("自动审核发现 1 项错误", result.Error!.Message);
        Assert.Equal(TargetStatus.Draft, t.Status);
        Assert.Equal(1, t.LastReview!.ErrorCount);
    }

    [Fact]
    public void Submit_WithAReviewOfAnOlderRevision_IsRefused()
    {
        var t = new TargetBuilder().Build();
        var stale = ReviewOf(t);
        t.Edit(t.Revision, t.Framework, t.OverallGoal, t.AnnualGoal + "另增加一项。", t.Indicators.Select(i => i.ToInput()).ToList(), At);

        Assert.False(t.Submit(stale, Unit, At).IsSuccess);
    }

    [Fact]
    public void Edit_FromAStaleRevision_IsRefused_AndChangesNothing()
    {
        var t = new TargetBuilder().Build();
        var before = t.AnnualGoal;

        var result = t.Edit(t.Revision - 1, t.Framework, "x", "被覆盖的内容", [], At);

        Assert.False(result.IsSuccess);
        Assert.Contains("已被他人修改", result.Error!.Message);
        Assert.Equal(before, t.AnnualGoal);
        Assert.Equal(7, t.Indicators.Count);
    }

    [Fact]
    public void DeclareReturnFixApprove_TheWholeWay()
    {
        var t = new TargetBuilder().Build();
        Assert.True(t.Submit(ReviewOf(t), Unit, At).IsSuccess);
        Assert.False(t.ReviewByDepartment(false, " ", Department, At).IsSuccess);
        Assert.True(t.ReviewByDepartment(false, "受益人数与资金不匹配", Department, At).IsSuccess);
        Assert.Equal(TargetStatus.Returned, t.Status);

        Assert.True(t.Edit(t.Revision, t.Framework, t.OverallGoal, t.AnnualGoal, t.Indicators.Select(i => i.ToInput()).ToList(), At).IsSuccess);
        Assert.True(t.Submit(ReviewOf(t), Unit, At).IsSuccess);
        Assert.True(t.ReviewByDepartment(true, null, Department, At).IsSuccess);
        Assert.True(t.ReviewByFinance(Grade(ReviewGrade.Excellent, null), Finance, At).IsSuccess);
        Assert.Equal(TargetStatus.ReviewPassed, t.Status);
        Assert.True(t.Approve(Finance, At).IsSuccess);
        Assert.True(t.Publish(Finance, At).IsSuccess);

        Assert.Equal(TargetStatus.Published, t.Status);
        Assert.Equal(["创建草稿", "提交申报", "主管部门退回", "提交申报", "主管部门审核通过", "财政审核：优，审核通过", "随预算批复", "公开"], t.History.Select(h => h.Action));
        Assert.Equal("受益人数与资金不匹配", t.History[2].Comment);
    }

    [Theory]
    [InlineData(ReviewGrade.Excellent, TargetStatus.ReviewPassed)]
    [InlineData(ReviewGrade.Good, TargetStatus.Refining)]
    [InlineData(ReviewGrade.Fair, TargetStatus.Returned)]
    [InlineData(ReviewGrade.Poor, TargetStatus.Rejected)]
    public void FinanceGrade_DecidesWhatHappensNext(ReviewGrade grade, TargetStatus next)
    {
        var t = AtFinance();

        Assert.True(t.ReviewByFinance(Grade(grade), Finance, At).IsSuccess);

        Assert.Equal(next, t.Status);
        Assert.Equal(grade, t.History[^1].Grade);
        Assert.Equal(grade, t.History[^1].Feasibility);
    }

    [Fact]
    public void FinanceReview_WithoutAllFourDimensions_OrWithoutCommentBelow优_IsRefused()
    {
        var t = AtFinance();

        Assert.False(t.ReviewByFinance(new FinanceReview(ReviewGrade.Excellent, new Dictionary<ReviewDimension, ReviewGrade> { [ReviewDimension.Completeness] = ReviewGrade.Excellent }, null), Finance, At).IsSuccess);
        Assert.False(t.ReviewByFinance(Grade(ReviewGrade.Fair, null), Finance, At).IsSuccess);
        Assert.Equal(TargetStatus.DepartmentApproved, t.Status);
    }

    [Fact]
    public void Good_IsRefinedByTheUnit_ThenConfirmedByFinance()
    {
        var t = AtFinance();
        t.ReviewByFinance(Grade(ReviewGrade.Good), Finance, At);

        Assert.True(t.IsEditable);
        Assert.True(t.Edit(t.Revision, t.Framework, t.OverallGoal, t.AnnualGoal + "细化。", t.Indicators.Select(i => i.ToInput()).ToList(), At).IsSuccess);
        Assert.True(t.ConfirmRefinement(ReviewOf(t), Finance, At, "已按意见完善").IsSuccess);
        Assert.Equal(TargetStatus.ReviewPassed, t.Status);
    }

    public static TheoryData<string, Func<PerformanceTarget, bool>> Refused => new()
    {
        { "审核草稿", t => t.ReviewByDepartment(true, null, Department, At).IsSuccess },
        { "财政审核草稿", t => t.ReviewByFinance(Grade(ReviewGrade.Excellent), Finance, At).IsSuccess },
        { "批复草稿", t => t.Approve(Finance, At).IsSuccess },
        { "公开草稿", t => t.Publish(Finance, At).IsSuccess },
        { "调整草稿", t => t.StartAdjustment("调整", Unit, At).IsSuccess },
        { "确认草稿", t => t.ConfirmRefinement(ReviewOf(t), Finance, At, null).IsSuccess },
    };

    [Theory, MemberData(nameof(Refused))]
    public void ADraft_CannotSkipSteps(string what, Func<PerformanceTarget, bool> act)
    {
        var t = new TargetBuilder().Build();

        Assert.False(act(t), what);
        Assert.Equal(TargetStatus.Draft, t.Status);
    }

    [Fact]
    public void Submitted_CannotBeEditedByTheUnit()
    {
        var t = new TargetBuilder().Build();
        t.Submit(ReviewOf(t), Unit, At);

        var result = t.Edit(t.Revision, t.Framework, "", "", [], At);

        Assert.False(result.IsSuccess);
        Assert.Contains("不能修改", result.Error!.Message);
    }

    [Fact]
    public void Adjustment_IsANewVersionThatSupersedesThePublishedOneWhenApproved()
    {
        var v1 = AtFinance();
        v1.ReviewByFinance(Grade(ReviewGrade.Excellent, null), Finance, At);
        v1.Approve(Finance, At);
        v1.Publish(Finance, At);

        var v2 = v1.StartAdjustment("年中追加资金，受益人数增加", Unit, At).Value;
        v2.AssignId(999);
        Assert.Equal(2, v2.Version);
        Assert.Equal(v1.Id, v2.PreviousVersionId);
        Assert.Equal(v1.Indicators.Select(i => i.Name), v2.Indicators.Select(i => i.Name));

        Assert.True(v2.Submit(ReviewOf(v2), Unit, At).IsSuccess);
        v2.ReviewByDepartment(true, null, Department, At);
        v2.ReviewByFinance(Grade(ReviewGrade.Excellent, null), Finance, At);
        Assert.False(v2.Approve(Finance, At).IsSuccess);
        Assert.True(v2.Approve(Finance, At, v1).IsSuccess);

        Assert.Equal(TargetStatus.Superseded, v1.Status);
        Assert.Equal(TargetStatus.Published, v2.Status);
    }

    [Fact]
    public void BudgetApproval_WithoutAnApprovedTarget_IsRefused_无目标不预算()
    {
        var b = new OrganizationBuilder();
        var project = Project.Create(new ProjectDefinitionBuilder().Build(), b.Unit(b.Department())).Value;
        project.AssignId(101);
        var draft = new TargetBuilder().ForSubject(101).Build();

        var none = BudgetApproval.Approve(project, null, Finance, At);
        var notReviewed = BudgetApproval.Approve(project, draft, Finance, At);

        Assert.Contains("无目标、不预算", none.Error!.Message);
        Assert.Contains("须审核通过", notReviewed.Error!.Message);
        Assert.False(project.IsBudgetApproved);
    }

    [Fact]
    public void BudgetApproval_WithAReviewedTarget_ApprovesBoth()
    {
        var b = new OrganizationBuilder();
        var project = Project.Create(new ProjectDefinitionBuilder().Build(), b.Unit(b.Department())).Value;
        project.AssignId(101);
        var target = new TargetBuilder().ForSubject(101).Build();
        target.Submit(ReviewOf(target), Unit, At);
        target.ReviewByDepartment(true, null, Department, At);
        target.ReviewByFinance(Grade(ReviewGrade.Excellent, null), Finance, At);

        Assert.True(BudgetApproval.Approve(project, target, Finance, At).IsSuccess);

        Assert.True(project.IsBudgetApproved);
        Assert.Equal(TargetStatus.Approved, target.Status);
    }
}
