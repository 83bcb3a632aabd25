using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Application.RuleOutcomes;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

/// <summary>The body of a section revision: every setting of the section, and why it changes.</summary>
public sealed record ReviseTargetReviewSectionBody(TargetReviewSection Settings, string Note);

public sealed record ReviseMonitoringSectionBody(BudgetPerformance.Domain.Monitoring.MonitoringSection Settings, string Note);

public sealed record NoteBody(string? Note);

public static class RulePackEndpoints
{
    public static void MapRulePackEndpoints(this IEndpointRouteBuilder app)
    {
        var packs = app.MapGroup("/api/rule-packs").WithTags("规则方案").RequireAuthorization();
        packs.MapGet("/", ListAsync).WithName("ListRulePacks").WithSummary("可见的规则方案的各个版本：各阶段的设置、含义、来源与适用地区");
        packs.MapGet("/{code}/diff", DiffAsync).WithName("CompareRulePackVersions").WithSummary("比较规则方案的两个版本（from、to 为版本号）");
        packs.MapPost("/{code}/sections/target-review", ReviseTargetReviewAsync).WithName("ReviseTargetReviewSection")
            .WithSummary("修订绩效目标审核规则：须提供全部设置项，保存为新版本（仅方案所属地区的财政局管理员）")
            .Accepts<ReviseTargetReviewSectionBody>("application/json");
        packs.MapPost("/{code}/sections/monitoring", ReviseMonitoringAsync).WithName("ReviseMonitoringSection")
            .WithSummary("修订运行监控规则（预警方式与阈值、固定节点、重点项目、处置期限）：须提供全部设置项，保存为新版本（仅方案所属地区的财政局管理员）")
            .Accepts<ReviseMonitoringSectionBody>("application/json");
        packs.MapPost("/{code}/sections/{stage}/inherit", InheritAsync).WithName("InheritRulePackSection").WithSummary("某阶段改为继承上级方案（保存为新版本）");
        packs.MapPost("/{code}/rebase", RebaseAsync).WithName("RebaseRulePack").WithSummary("同步上级方案的最新版本（保存为新版本）");
        packs.MapPost("/{code}/derive", DeriveAsync).WithName("DeriveRulePack").WithSummary("派生本地区方案：复制为本地区所有、各阶段继承原方案的新方案");
        packs.MapGet("/assignments", AssignmentsAsync).WithName("ListRulePackAssignments").WithSummary("本地区、上级和下级地区选用的规则方案");
        packs.MapPut("/assignments", AssignAsync).WithName("AssignRulePack").WithSummary("为地区（及年度）选择规则方案与版本规则（财政局管理员）");
        packs.MapDelete("/assignments/{id:long}", UnassignAsync).WithName("UnassignRulePack").WithSummary("取消地区的方案选择，改为沿用上级地区的方案");

        var outcomes = app.MapGroup("/api/rule-outcomes").WithTags("规则结果").RequireAuthorization();
        outcomes.MapGet("/{id:long}", GetOutcomeAsync).WithName("GetRuleOutcome").WithSummary("规则结果及其来源：方案版本、结构版本、引擎版本、时间与每条结论");
        outcomes.MapPost("/{id:long}/rederive", RederiveAsync).WithName("RederiveRuleOutcome").WithSummary("复算：用结果保存的输入和方案版本重新计算并比较");
    }

    private static Results<Ok<T>, ProblemHttpResult> Map<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static Results<NoContent, ProblemHttpResult> Map(Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    private static async Task<Ok<IReadOnlyList<RulePackDto>>> ListAsync(ListRulePacksHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Ok<RulePackDiffDto>, ProblemHttpResult>> DiffAsync(string code, int from, int to, CompareRulePackVersionsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(code, from, to, ct));

    /// <summary>The body is read as JSON text so a missing or unknown setting is named in Chinese, not refused by the binder.</summary>
    private static Task<Results<Ok<RulePackDto>, ProblemHttpResult>> ReviseTargetReviewAsync(string code, HttpRequest request, ReviseSectionHandler handler, CancellationToken ct) =>
        ReviseAsync(code, RuleStage.TargetReview, request, handler, ct);

    private static Task<Results<Ok<RulePackDto>, ProblemHttpResult>> ReviseMonitoringAsync(string code, HttpRequest request, ReviseSectionHandler handler, CancellationToken ct) =>
        ReviseAsync(code, RuleStage.Monitoring, request, handler, ct);

    private static async Task<Results<Ok<RulePackDto>, ProblemHttpResult>> ReviseAsync(string code, RuleStage stage, HttpRequest request, ReviseSectionHandler handler, CancellationToken ct)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct) as JsonObject;
        }
        catch (JsonException ex)
        {
            return Error.Validation($"请求内容不是有效的 JSON：{ex.Message}", "Settings").ToProblem();
        }

        if (body is null)
        {
            return Error.Validation("请求内容应为 JSON 对象：{ \"settings\": {…}, \"note\": \"修订说明\" }。", "Settings").ToProblem();
        }

        var settings = (body["settings"] ?? body["Settings"]) as JsonObject;
        var note = (body["note"] ?? body["Note"]) is JsonValue n && n.TryGetValue<string>(out var text) ? text : null;
        return Map(await handler.HandleAsync(new ReviseSectionRequest(code, stage, (JsonObject?)settings?.DeepClone(), note), ct));
    }

    private static async Task<Results<Ok<RulePackDto>, ProblemHttpResult>> InheritAsync(string code, RuleStage stage, NoteBody? body, InheritSectionHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(new InheritSectionRequest(code, stage, body?.Note), ct));

    private static async Task<Results<Ok<RulePackDto>, ProblemHttpResult>> RebaseAsync(string code, NoteBody? body, RebaseRulePackHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(new RebaseRulePackRequest(code, body?.Note), ct));

    private static async Task<Results<Ok<RulePackDto>, ProblemHttpResult>> DeriveAsync(string code, DeriveRulePackRequest request, DeriveRulePackHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request with { FromCode = code }, ct));

    private static async Task<Ok<IReadOnlyList<RulePackAssignmentDto>>> AssignmentsAsync(ListRulePackAssignmentsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> AssignAsync(AssignRulePackRequest request, AssignRulePackHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> UnassignAsync(long id, UnassignRulePackHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Results<Ok<RuleOutcomeDto>, ProblemHttpResult>> GetOutcomeAsync(long id, GetRuleOutcomeHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Results<Ok<RederivationDto>, ProblemHttpResult>> RederiveAsync(long id, RederiveRuleOutcomeHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));
}
