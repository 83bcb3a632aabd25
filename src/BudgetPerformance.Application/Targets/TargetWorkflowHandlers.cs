using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

/// <summary>Runs one workflow step: load, check the permission, let the target decide, save, map.</summary>
public sealed class TargetStepRunner(TargetCommands commands, TargetMapper mapper)
{
    public async Task<Result<TargetDto>> RunAsync(
        long id, Func<TargetPermissions, bool> allowed, string what, Func<TargetContext, Task<Result>> step, CancellationToken ct)
    {
        var loaded = await commands.LoadAsync(id, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        if (!allowed(loaded.Value.Permissions))
        {
            return TargetCommands.Denied(what);
        }

        var result = await step(loaded.Value);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var saved = await commands.SaveAsync(ct);
        return saved.IsSuccess ? await mapper.ToDtoAsync(loaded.Value, ct) : saved.Error!;
    }
}

public sealed record SubmitTargetRequest(long Id, int Revision);

/// <summary>提交: reviews the saved content again and submits when nothing blocks.</summary>
public sealed class SubmitTargetHandler(TargetStepRunner runner, TargetReviewService reviews, TargetCommands commands)
{
    public Task<Result<TargetDto>> HandleAsync(SubmitTargetRequest request, CancellationToken ct = default) =>
        runner.RunAsync(request.Id, p => p.Submit, "提交该绩效目标", async c =>
        {
            if (c.Target.Revision != request.Revision)
            {
                return Error.Conflict("绩效目标在您打开后已被修改，请刷新确认内容后再提交。");
            }

            var review = await reviews.RecordAsync(c.Target, ct);
            var submitted = c.Target.Submit(review, c.ReviewActor, commands.Now);
            if (!submitted.IsSuccess && review.Blocks)
            {
                // Keep the findings so the unit sees why, even though the submission was refused.
                await commands.SaveAsync(ct);
            }

            return submitted;
        }, ct);
}

public sealed record DepartmentReviewRequest(long Id, bool Approve, string? Comment);

/// <summary>主管部门审核.</summary>
public sealed class DepartmentReviewHandler(TargetStepRunner runner, TargetCommands commands)
{
    public Task<Result<TargetDto>> HandleAsync(DepartmentReviewRequest request, CancellationToken ct = default) =>
        runner.RunAsync(request.Id, p => p.DepartmentReview, "以主管部门身份审核该绩效目标",
            c => Task.FromResult(c.Target.ReviewByDepartment(request.Approve, request.Comment, c.ReviewActor, commands.Now)), ct);
}

public sealed record FinanceReviewRequest(long Id, ReviewGrade Grade, ReviewGrade Completeness, ReviewGrade Relevance, ReviewGrade Appropriateness, ReviewGrade Feasibility, string? Comment);

/// <summary>A proposed project (新增项目申报) follows its target's finance review into the library, or out of it.</summary>
public sealed class ProposalFollower(IAppDbContext db)
{
    public async Task<Result> FollowAsync(Result step, PerformanceTarget target, DateTime at, CancellationToken ct)
    {
        if (!step.IsSuccess || target.SubjectKind != TargetSubjectKind.Project)
        {
            return step;
        }

        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == target.SubjectId, ct);
        return project is null ? step : ProjectProposals.Follow(project, target, at);
    }
}

/// <summary>财政审核: grade 优/良/中/差 on 完整性, 相关性, 适当性, 可行性.</summary>
public sealed class FinanceReviewHandler(TargetStepRunner runner, TargetCommands commands, ProposalFollower proposals)
{
    public Task<Result<TargetDto>> HandleAsync(FinanceReviewRequest r, CancellationToken ct = default)
    {
        var grades = new[] { r.Grade, r.Completeness, r.Relevance, r.Appropriateness, r.Feasibility };
        if (grades.Any(g => !Enum.IsDefined(g)))
        {
            return Task.FromResult<Result<TargetDto>>(Error.Validation("评级应为优、良、中或差。", "Grade"));
        }

        var review = new FinanceReview(r.Grade, new Dictionary<ReviewDimension, ReviewGrade>
        {
            [ReviewDimension.Completeness] = r.Completeness,
            [ReviewDimension.Relevance] = r.Relevance,
            [ReviewDimension.Appropriateness] = r.Appropriateness,
            [ReviewDimension.Feasibility] = r.Feasibility,
        }, r.Comment);
        return runner.RunAsync(r.Id, p => p.FinanceReview, "进行财政审核",
            c => proposals.FollowAsync(c.Target.ReviewByFinance(review, c.ReviewActor, commands.Now), c.Target, commands.Now, ct), ct);
    }
}

public sealed record ConfirmRefinementRequest(long Id, string? Comment);

/// <summary>确认协商完善 (after 良).</summary>
public sealed class ConfirmRefinementHandler(TargetStepRunner runner, TargetReviewService reviews, TargetCommands commands, ProposalFollower proposals)
{
    public Task<Result<TargetDto>> HandleAsync(ConfirmRefinementRequest request, CancellationToken ct = default) =>
        runner.RunAsync(request.Id, p => p.ConfirmRefinement, "确认协商完善", async c =>
            await proposals.FollowAsync(c.Target.ConfirmRefinement(await reviews.RecordAsync(c.Target, ct), c.ReviewActor, commands.Now, request.Comment), c.Target, commands.Now, ct), ct);
}

/// <summary>公开.</summary>
public sealed class PublishTargetHandler(TargetStepRunner runner, TargetCommands commands)
{
    public Task<Result<TargetDto>> HandleAsync(long id, CancellationToken ct = default) =>
        runner.RunAsync(id, p => p.Publish, "公开该绩效目标", c => Task.FromResult(c.Target.Publish(c.ReviewActor, commands.Now)), ct);
}

/// <summary>
/// 批复: a project's budget and its reviewed target together (无目标、不预算); an adjustment version is approved on
/// its own and supersedes the version it adjusts. The budget-approval page and both API routes approve through here.
/// </summary>
public sealed class ApproveTargetHandler(IAppDbContext db, TargetStepRunner runner, TargetCommands commands)
{
    /// <summary>From the target: the user must be allowed to approve it in its present status.</summary>
    public Task<Result<TargetDto>> HandleAsync(long id, CancellationToken ct = default) =>
        runner.RunAsync(id, p => p.Approve, "批复该绩效目标", c => ApproveAsync(c, ct), ct);

    /// <summary>
    /// From a budget line (the caller checked the user is finance staff of the region): a target that has not passed
    /// review is refused with the reason 无目标、不预算.
    /// </summary>
    public Task<Result<TargetDto>> ApproveBudgetLineAsync(long id, CancellationToken ct = default) =>
        runner.RunAsync(id, p => p.View, "批复该预算", c => ApproveAsync(c, ct), ct);

    private async Task<Result> ApproveAsync(TargetContext c, CancellationToken ct)
    {
        var t = c.Target;
        if (t.IsAdjustment)
        {
            var previous = await db.PerformanceTargets.FirstAsync(x => x.Id == t.PreviousVersionId, ct);
            return t.Approve(c.ReviewActor, commands.Now, previous);
        }

        if (t.SubjectKind != TargetSubjectKind.Project)
        {
            return t.Approve(c.ReviewActor, commands.Now);
        }

        var project = await db.Projects.FirstAsync(p => p.Id == t.SubjectId, ct);
        return BudgetApproval.Approve(project, t, c.ReviewActor, commands.Now);
    }
}

public sealed record StartAdjustmentRequest(long Id, string Reason);

/// <summary>调整: a new version in draft, copied from the approved one; it goes through approval again.</summary>
public sealed class StartAdjustmentHandler(IAppDbContext db, TargetCommands commands)
{
    public async Task<Result<long>> HandleAsync(StartAdjustmentRequest request, CancellationToken ct = default)
    {
        var loaded = await commands.LoadAsync(request.Id, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        if (!loaded.Value.Permissions.Adjust)
        {
            return TargetCommands.Denied("调整该绩效目标");
        }

        var t = loaded.Value.Target;
        if (await db.PerformanceTargets.AnyAsync(x => x.PreviousVersionId == t.Id, ct))
        {
            return Error.Conflict("该绩效目标已有调整中的新版本，请在新版本上继续。");
        }

        var next = t.StartAdjustment(request.Reason, loaded.Value.ReviewActor, commands.Now);
        if (!next.IsSuccess)
        {
            return next.Error!;
        }

        db.PerformanceTargets.Add(next.Value);
        var saved = await commands.SaveAsync(ct);
        return saved.IsSuccess ? next.Value.Id : saved.Error!;
    }
}
