using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class TargetEndpoints
{
    public static void MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/targets").WithTags("绩效目标").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListTargets").WithSummary("绩效目标列表（myQueue=true 只看待我处理的）");
        group.MapGet("/{id:long}", GetAsync).WithName("GetTarget").WithSummary("绩效目标详情：指标、审核记录、自动审核结果、可执行操作");
        group.MapGet("/{id:long}/versions", VersionsAsync).WithName("ListTargetVersions").WithSummary("调整版本及与上一版本的差异");
        group.MapGet("/for/{kind}/{subjectId:long}", FindAsync).WithName("FindTarget").WithSummary("查找项目、政策或部门整体的当前绩效目标");
        group.MapPost("/", DeclareAsync).WithName("DeclareTarget").WithSummary("申报：为项目、政策或部门整体创建绩效目标草稿");
        group.MapPut("/{id:long}", SaveAsync).WithName("SaveTarget").WithSummary("保存绩效目标（须带上打开时的修订号），保存后即自动审核");
        group.MapPost("/{id:long}/review-preview", PreviewAsync).WithName("PreviewTargetReview").WithSummary("对未保存的内容进行自动审核（填报时提示）");
        group.MapPost("/{id:long}/submit", SubmitAsync).WithName("SubmitTarget").WithSummary("提交绩效目标（自动审核无错误时）");
        group.MapPost("/{id:long}/department-review", DepartmentReviewAsync).WithName("DepartmentReviewTarget").WithSummary("主管部门审核：通过或退回");
        group.MapPost("/{id:long}/finance-review", FinanceReviewAsync).WithName("FinanceReviewTarget").WithSummary("财政审核：优/良/中/差，含四个维度评级");
        group.MapPost("/{id:long}/confirm-refinement", ConfirmAsync).WithName("ConfirmTargetRefinement").WithSummary("确认协商完善（评级为良之后）");
        group.MapPost("/{id:long}/approve", ApproveAsync).WithName("ApproveTarget").WithSummary("批复：随预算批复（无目标、不预算）");
        group.MapPost("/{id:long}/publish", PublishAsync).WithName("PublishTarget").WithSummary("公开绩效目标");
        group.MapPost("/{id:long}/adjust", AdjustAsync).WithName("AdjustTarget").WithSummary("发起调整：生成新版本草稿");
        group.MapGet("/list-export", ExportListAsync).WithName("ExportTargetList").WithSummary("导出绩效目标清单（.xlsx，每个目标一行或每个指标一行，含状态、评级、资金和审核发现）");
        group.MapGet("/export", ExportAsync).WithName("ExportTargets").WithSummary("导出项目支出绩效目标申报表（.xlsx，每个项目一个工作表）");
        group.MapPost("/import", ImportAsync).WithName("ImportTargets").WithSummary("导入项目支出绩效目标申报表（全部正确才导入，否则逐格列出问题；大小、工作表、行、单元格、合并区域、用时和并发均有上限）")
            .RequireAuthorization(Security.Policies.Declarers).DisableAntiforgery().WithUploadLimit();
        group.MapPost("/review-all", ReviewAllAsync).WithName("ReviewAllTargets").WithSummary("按规则方案对本地区全部绩效目标进行自动审核（只统计，不改数据）");
    }

    private static Results<Ok<T>, ProblemHttpResult> Map<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static async Task<Results<Ok<PagedResult<TargetListItem>>, ProblemHttpResult>> ListAsync(
        int? year, string? keyword, TargetStatus? status, long? departmentId, TargetSubjectKind? kind, bool? myQueue, bool? readyToApprove, int? page, int? pageSize,
        ListTargetsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(new ListTargetsQuery
        {
            FiscalYear = year, Keyword = keyword, Status = status, DepartmentId = departmentId, SubjectKind = kind,
            MyQueue = myQueue ?? false, ReadyToApprove = readyToApprove ?? false, Page = page ?? 1, PageSize = pageSize ?? 20,
        }, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportListAsync(
        int? year, string? keyword, TargetStatus? status, long? departmentId, TargetSubjectKind? kind, bool? myQueue, bool? readyToApprove, TargetListGrain? grain,
        ExportTargetListHandler handler, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var per = grain ?? TargetListGrain.Target;
        var result = await handler.HandleAsync(new ListTargetsQuery
        {
            FiscalYear = year, Keyword = keyword, Status = status, DepartmentId = departmentId, SubjectKind = kind, MyQueue = myQueue ?? false, ReadyToApprove = readyToApprove ?? false,
        }, per, buffer, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var name = per == TargetListGrain.Target ? "绩效目标清单" : "绩效指标清单";
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "全部"}.xlsx");
    }

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> GetAsync(long id, GetTargetHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Results<Ok<IReadOnlyList<TargetVersionDto>>, ProblemHttpResult>> VersionsAsync(long id, ListTargetVersionsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Ok<FindTargetHandler.SubjectTarget>> FindAsync(TargetSubjectKind kind, long subjectId, FindTargetHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(kind, subjectId, ct));

    private static async Task<Results<Ok<long>, ProblemHttpResult>> DeclareAsync(DeclareTargetRequest request, DeclareTargetHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> SaveAsync(long id, SaveTargetRequest request, SaveTargetHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<Ok<AutoReviewDto>, ProblemHttpResult>> PreviewAsync(long id, PreviewReviewRequest request, PreviewTargetReviewHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> SubmitAsync(long id, SubmitTargetRequest request, SubmitTargetHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> DepartmentReviewAsync(long id, DepartmentReviewRequest request, DepartmentReviewHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> FinanceReviewAsync(long id, FinanceReviewRequest request, FinanceReviewHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> ConfirmAsync(long id, ConfirmRefinementRequest request, ConfirmRefinementHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> ApproveAsync(long id, ApproveTargetHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> PublishAsync(long id, PublishTargetHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Results<Ok<long>, ProblemHttpResult>> AdjustAsync(long id, StartAdjustmentRequest request, StartAdjustmentHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { Id = id }, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        int? year, string? keyword, TargetStatus? status, long? departmentId, bool? myQueue, bool? readyToApprove, ExportTargetWorkbookHandler handler, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var count = await handler.HandleAsync(
            new ListTargetsQuery { FiscalYear = year, Keyword = keyword, Status = status, DepartmentId = departmentId, MyQueue = myQueue ?? false, ReadyToApprove = readyToApprove ?? false }, buffer, ct);
        if (count == 0)
        {
            return Error.NotFound("没有可导出的项目绩效目标（请检查筛选条件或权限范围）。").ToProblem();
        }

        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"项目支出绩效目标申报表-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "全部"}.xlsx");
    }

    /// <summary>
    /// createProposals: create 新增项目申报 for sheets naming projects not in the library (after the user confirmed);
    /// confirmOverwrite: replace targets that already have content.
    /// </summary>
    private static async Task<Results<Ok<ImportTargetsResult>, ProblemHttpResult>> ImportAsync(
        IFormFile file, bool? createProposals, bool? confirmOverwrite, ImportTargetWorkbookHandler handler, CancellationToken ct)
    {
        // The upload is buffered in memory within UploadLimits.MaxUploadBytes (the request body limit of this endpoint).
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return Map(await handler.HandleAsync(buffer, new ImportTargetsOptions(createProposals ?? false, confirmOverwrite ?? false), ct));
    }

    private static async Task<Results<Ok<ReviewAllResult>, ProblemHttpResult>> ReviewAllAsync(int year, ReviewAllTargetsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(year, ct));
}
