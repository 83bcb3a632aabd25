using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Targets;

/// <summary>无目标、不预算：a project's budget is approved only together with a target that passed review.</summary>
public static class BudgetApproval
{
    public static Result Approve(Project project, PerformanceTarget? target, ReviewActor actor, DateTime at)
    {
        if (project.IsBudgetApproved)
        {
            return Error.Conflict($"项目“{project.Name}”的预算已批复。");
        }

        if (!project.IsInLibrary)
        {
            return Error.Validation($"项目“{project.Name}”是新增项目申报，尚未进入项目库，不能批复预算。", "Project");
        }

        if (target is null || target.SubjectKind != TargetSubjectKind.Project || target.SubjectId != project.Id)
        {
            return Error.Validation($"无目标、不预算：项目“{project.Name}”没有绩效目标，不能批复预算。", "Target");
        }

        if (target.Status != TargetStatus.ReviewPassed)
        {
            return Error.Validation($"无目标、不预算：项目“{project.Name}”的绩效目标为“{TargetTerms.Of(target.Status)}”，须审核通过后才能随预算批复。", "Target");
        }

        var approved = target.Approve(actor, at);
        if (!approved.IsSuccess)
        {
            return approved;
        }

        project.MarkBudgetApproved(at);
        return Result.Success();
    }
}

/// <summary>新增项目申报 follows the finance review of its target: passed → into the library; 差 → rejected.</summary>
public static class ProjectProposals
{
    public static Result Follow(Project project, PerformanceTarget target, DateTime at)
    {
        if (project.LibraryStatus != ProjectLibraryStatus.Proposed || target.SubjectKind != TargetSubjectKind.Project || target.SubjectId != project.Id)
        {
            return Result.Success();
        }

        return target.Status switch
        {
            TargetStatus.ReviewPassed => project.AcceptIntoLibrary(at),
            TargetStatus.Rejected => project.RejectProposal(at),
            _ => Result.Success(),
        };
    }
}
