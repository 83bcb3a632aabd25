using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public sealed record RollBackBody(string Reason);

public static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this IEndpointRouteBuilder app, UploadLimits limits)
    {
        var group = app.MapGroup("/api/monitoring").WithTags("运行监控").RequireAuthorization();
        group.MapGet("/execution-batches", BatchesAsync).WithName("ListExecutionBatches").WithSummary("预算执行数据的导入批次（最新在前；财政局工作人员）");
        group.MapPost("/execution-batches/{id:long}/rollback", RollBackAsync).WithName("RollBackExecutionBatch")
            .WithSummary("撤销一批预算执行数据（须写明原因；记录保留）").RequireAuthorization(Policies.FinanceAdmin);
        group.MapGet("/executions", ExecutionsAsync).WithName("ListProjectExecutions")
            .WithSummary("各项目某月末的累计执行数与执行率（取未撤销批次中最新的一批），按权限范围过滤");
        group.MapPost("/executions/import", ImportAsync).WithName("ImportExecutionData")
            .WithSummary("导入按项目、按月的累计预算执行数（.xlsx 或 .csv，UTF-8/GBK 自动识别；全部正确才导入，相同内容不重复导入）")
            .RequireAuthorization(Policies.FinanceAdmin).DisableAntiforgery().WithUploadLimit();
        group.MapPost("/warnings/run", RunWarningsAsync).WithName("RunWarnings")
            .WithSummary("按当前有效的执行数据计算本地区（含下级）某年 1 至某月的预警（每个项目记录规则方案版本与计算过程）").RequireAuthorization(Policies.FinanceStaff);
        group.MapGet("/warnings", WarningsAsync).WithName("ListWarnings")
            .WithSummary("预警清单（light=Red 即红灯清单）：取各区划该月最新一次计算，按权限范围过滤");
        group.MapGet("/warnings/summary", SummaryAsync).WithName("WarningSummary")
            .WithSummary("预警汇总：按部门、区划、预算类型统计各灯数量与执行率（对比时间进度）");
        group.MapGet("/warnings/trend", TrendAsync).WithName("WarningTrend").WithSummary("各月预警趋势：每月各灯数量、预算与累计执行（取各月最新一次计算），按权限范围过滤");
        group.MapGet("/projects/{id:long}/warnings", HistoryAsync).WithName("ProjectWarningHistory")
            .WithSummary("一个项目逐月的预警：灯色、每条规则的计算过程与规则方案版本");
        group.MapGet("/disposals", DisposalsAsync).WithName("ListDisposals").WithSummary("预警处置事项（待处置、已处置、暂缓拨款、停止拨款、恢复拨款），按权限范围过滤");
        group.MapPost("/disposals/{id:long}/choose", ChooseAsync).WithName("ChooseDisposal")
            .WithSummary("项目所属单位在期限内选择处置方式：继续执行（须写明整改措施与新的进度安排）、调剂或取消").RequireAuthorization(Policies.Declarers);
        group.MapPost("/disposals/{id:long}/suspend", SuspendAsync).WithName("SuspendFunding").WithSummary("财政暂缓拨款（须写明理由）").RequireAuthorization(Policies.FinanceStaff);
        group.MapPost("/disposals/{id:long}/stop", StopAsync).WithName("StopFunding").WithSummary("财政停止拨款（须写明理由）").RequireAuthorization(Policies.FinanceStaff);
        group.MapPost("/disposals/{id:long}/lift", LiftAsync).WithName("LiftSuspension").WithSummary("财政恢复拨款（须写明理由）").RequireAuthorization(Policies.FinanceStaff);
        group.MapGet("/calendar", CalendarAsync).WithName("GetWorkingCalendar").WithSummary("本地区某年的节假日与调休上班日（未登记时沿用上级区划的）").RequireAuthorization(Policies.FinanceAdmin);
        group.MapPut("/calendar", ReplaceCalendarAsync).WithName("ReplaceWorkingCalendar")
            .WithSummary("维护本地区某年的节假日与调休上班日（整年替换；处置期限按工作日计算）").RequireAuthorization(Policies.FinanceAdmin);
        group.MapGet("/rounds", RoundsAsync).WithName("ListMonitoringRounds")
            .WithSummary("某年的绩效运行监控轮次，附当前用户可见监控表的填报进度（待填报、填报中、待审核、待确认、已确认、已退回）");
        group.MapPost("/rounds", OpenRoundAsync).WithName("OpenMonitoringRound")
            .WithSummary("开启监控轮次：期间（1 至某月）、截止日期、范围（全部、重点或指定项目，可含部门整体支出）；为范围内每个项目生成预填的监控表").RequireAuthorization(Policies.FinanceStaff);
        group.MapPost("/rounds/{id:long}/close", CloseRoundAsync).WithName("CloseMonitoringRound").WithSummary("结束监控轮次（此后不能再填报或审核）").RequireAuthorization(Policies.FinanceStaff);
        group.MapGet("/rounds/{id:long}/forms", FormsAsync).WithName("ListMonitoringForms")
            .WithSummary("轮次中的监控表（filter：NotFilled 未填报、Overdue 逾期未填报、AwaitingDepartment、AwaitingFinance、Confirmed、Returned），按权限范围过滤");
        group.MapGet("/forms/{id:long}", FormAsync).WithName("GetMonitoringForm")
            .WithSummary("项目支出绩效目标执行监控表：预填的预算与执行数、各指标及其预警灯和计算过程、尚缺的填报项、当前用户可做的操作");
        group.MapPut("/forms/{id:long}", SaveFormAsync).WithName("SaveMonitoringForm").WithSummary("预算单位保存监控表（草稿）");
        group.MapPost("/forms/{id:long}/submit", SubmitFormAsync).WithName("SubmitMonitoringForm")
            .WithSummary("预算单位提交监控表：完成目标可能性不是“确定能”或预警不是绿灯的指标须填偏差原因和改进措施");
        group.MapPost("/forms/{id:long}/review", ReviewFormAsync).WithName("ReviewMonitoringForm").WithSummary("主管部门审核监控表：通过，或写明理由退回");
        group.MapPost("/forms/{id:long}/confirm", ConfirmFormAsync).WithName("ConfirmMonitoringForm").WithSummary("财政确认监控表").RequireAuthorization(Policies.FinanceStaff);
        group.MapPost("/forms/{id:long}/return", ReturnFormAsync).WithName("ReturnMonitoringForm").WithSummary("财政退回监控表（须写明理由）").RequireAuthorization(Policies.FinanceStaff);
        group.MapPost("/rounds/{id:long}/import", ImportFormsAsync).WithName("ImportMonitoringForms")
            .WithSummary("预算单位导入本单位填好的监控表（导出的 .xlsx 或 .csv；按监控表编号、指标编号对应；全部正确才保存为草稿，否则逐格列出问题）")
            .DisableAntiforgery().WithUploadLimit();
        group.MapGet("/projects/{id:long}/forms", FormHistoryAsync).WithName("ProjectMonitoringForms").WithSummary("项目历次监控表（监控历史）");
        group.MapGet("/lists/{list}/export", ExportListAsync).WithName("ExportMonitoringList")
            .WithSummary("导出清单（.xlsx）：Red 红灯清单、Overdue 逾期清单（逾期未处置；给出 roundId 时含逾期未填报）、Suspended 暂缓拨款清单、NotFilled 未填报清单（须给 roundId）");
        group.MapGet("/rounds/{id:long}/export", ExportFormsAsync).WithName("ExportMonitoringForms")
            .WithSummary("导出轮次的项目支出绩效目标执行监控表（.xlsx）：layout=Official（默认，每张监控表一个工作表，官方版式）、List（每个指标一行的清单）、Exchange 或 exchange=true（预算管理一体化交换格式 PAY_PERF_MONITOR_TASK、PAY_PERF_MONITOR_INFO）");
        group.MapPost("/payments/import", ImportPaymentsAsync).WithName("ImportPaymentRecords")
            .WithSummary("导入支付明细（支付日期、项目编码、金额、收款人、资金来源、支付凭证号；.csv 逐行读取，可达数百万笔；按项目、按月汇总为执行数；全部正确才导入，同一凭证不重复计入）")
            .RequireAuthorization(Policies.FinanceAdmin).DisableAntiforgery().WithStreamedUploadLimit(limits);
    }

    private static async Task<Results<Ok<IReadOnlyList<ExecutionBatchDto>>, ProblemHttpResult>> BatchesAsync(int? year, ExecutionBatchesHandler handler, CancellationToken ct)
    {
        var result = await handler.ListAsync(year, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<ProjectExecutionDto>>, ProblemHttpResult>> ExecutionsAsync(int year, int month, ListProjectExecutionsHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(year, month, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RollBackAsync(long id, RollBackBody body, ExecutionBatchesHandler handler, CancellationToken ct)
    {
        var result = await handler.RollBackAsync(id, body.Reason, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    private static Results<Ok<T>, ProblemHttpResult> Map<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static async Task<Results<Ok<WarningRunDto>, ProblemHttpResult>> RunWarningsAsync(int year, int month, RunWarningsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(year, month, ct));

    private static async Task<Results<Ok<PagedResult<WarningListItem>>, ProblemHttpResult>> WarningsAsync(
        int year, int month, Domain.Monitoring.WarningLight? light, int? page, int? pageSize, WarningListsHandler handler, CancellationToken ct) =>
        Map(await handler.ListAsync(year, month, light, page ?? 1, pageSize ?? 50, ct));

    private static async Task<Results<Ok<WarningSummary>, ProblemHttpResult>> SummaryAsync(int year, int month, WarningListsHandler handler, CancellationToken ct) =>
        Map(await handler.SummaryAsync(year, month, ct));

    private static async Task<Results<Ok<IReadOnlyList<WarningRollUp>>, ProblemHttpResult>> TrendAsync(int year, WarningListsHandler handler, CancellationToken ct) =>
        Map(await handler.TrendAsync(year, ct));

    private static async Task<Results<Ok<IReadOnlyList<ProjectWarningHistoryItem>>, ProblemHttpResult>> HistoryAsync(long id, WarningListsHandler handler, CancellationToken ct) =>
        Map(await handler.HistoryAsync(id, ct));

    private static async Task<Results<Ok<IReadOnlyList<DisposalDto>>, ProblemHttpResult>> DisposalsAsync(int year, Domain.Monitoring.DisposalStatus? status, DisposalsHandler handler, CancellationToken ct) =>
        Map(await handler.ListAsync(year, status, ct: ct));

    private static async Task<Results<Ok<DisposalDto>, ProblemHttpResult>> ChooseAsync(long id, ChooseDisposal body, DisposalsHandler handler, CancellationToken ct) =>
        Map(await handler.ChooseAsync(id, body, ct));

    private static async Task<Results<Ok<DisposalDto>, ProblemHttpResult>> SuspendAsync(long id, DisposalDecision body, DisposalsHandler handler, CancellationToken ct) =>
        Map(await handler.SuspendAsync(id, body, ct));

    private static async Task<Results<Ok<DisposalDto>, ProblemHttpResult>> StopAsync(long id, DisposalDecision body, DisposalsHandler handler, CancellationToken ct) =>
        Map(await handler.StopFundingAsync(id, body, ct));

    private static async Task<Results<Ok<DisposalDto>, ProblemHttpResult>> LiftAsync(long id, DisposalDecision body, DisposalsHandler handler, CancellationToken ct) =>
        Map(await handler.LiftAsync(id, body, ct));

    private static async Task<Results<Ok<IReadOnlyList<MonitoringRoundDto>>, ProblemHttpResult>> RoundsAsync(int year, MonitoringRoundsHandler handler, CancellationToken ct) =>
        Map(await handler.ListAsync(year, ct));

    private static async Task<Results<Ok<MonitoringRoundDto>, ProblemHttpResult>> OpenRoundAsync(OpenRound body, MonitoringRoundsHandler handler, CancellationToken ct) =>
        Map(await handler.OpenAsync(body, ct));

    private static async Task<Results<Ok<MonitoringRoundDto>, ProblemHttpResult>> CloseRoundAsync(long id, CloseRound body, MonitoringRoundsHandler handler, CancellationToken ct) =>
        Map(await handler.CloseAsync(id, body, ct));

    private static async Task<Results<Ok<PagedResult<MonitoringFormListItem>>, ProblemHttpResult>> FormsAsync(
        long id, MonitoringFormFilter? filter, Domain.Monitoring.WarningLight? light, int? page, int? pageSize, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.ListAsync(id, filter ?? MonitoringFormFilter.All, light, page ?? 1, pageSize ?? 50, ct));

    private static async Task<Results<Ok<MonitoringFormDto>, ProblemHttpResult>> FormAsync(long id, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.GetAsync(id, ct));

    private static async Task<Results<Ok<MonitoringFormDto>, ProblemHttpResult>> SaveFormAsync(long id, SaveMonitoringForm body, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.SaveAsync(id, body, ct));

    private static async Task<Results<Ok<MonitoringFormDto>, ProblemHttpResult>> SubmitFormAsync(long id, SaveMonitoringForm body, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.SubmitAsync(id, body, ct));

    private static async Task<Results<Ok<MonitoringFormDto>, ProblemHttpResult>> ReviewFormAsync(long id, FormDecision body, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.ReviewAsync(id, body, ct));

    private static async Task<Results<Ok<MonitoringFormDto>, ProblemHttpResult>> ConfirmFormAsync(long id, FormDecision body, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.ConfirmAsync(id, body, ct));

    private static async Task<Results<Ok<MonitoringFormDto>, ProblemHttpResult>> ReturnFormAsync(long id, FormDecision body, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.ReturnAsync(id, body, ct));

    private static async Task<Results<Ok<IReadOnlyList<MonitoringFormListItem>>, ProblemHttpResult>> FormHistoryAsync(long id, MonitoringFormsHandler handler, CancellationToken ct) =>
        Map(await handler.HistoryAsync(Domain.Monitoring.MonitoringSubjectKind.Project, id, ct));

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportListAsync(
        MonitoringList list, int year, int? month, long? roundId, MonitoringExportsHandler handler, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var result = await handler.ListAsync(list, year, month ?? 12, roundId, buffer, ct);
        return result.IsSuccess ? TypedResults.File(buffer.ToArray(), Xlsx, result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportFormsAsync(
        long id, MonitoringExportLayout? layout, bool? exchange, MonitoringExportsHandler handler, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var result = await handler.FormsAsync(id, exchange == true ? MonitoringExportLayout.Exchange : layout ?? MonitoringExportLayout.Official, buffer, ct);
        return result.IsSuccess ? TypedResults.File(buffer.ToArray(), Xlsx, result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<CalendarDayDto>>, ProblemHttpResult>> CalendarAsync(int year, CalendarHandler handler, CancellationToken ct) =>
        Map(await handler.GetAsync(year, ct));

    private static async Task<Results<Ok<IReadOnlyList<CalendarDayDto>>, ProblemHttpResult>> ReplaceCalendarAsync(int year, IReadOnlyList<CalendarDayDto> body, CalendarHandler handler, CancellationToken ct) =>
        Map(await handler.ReplaceAsync(year, body, ct));

    private static async Task<Results<Ok<ImportExecutionResult>, ProblemHttpResult>> ImportPaymentsAsync(IFormFile file, int year, ImportPaymentRecordsHandler handler, CancellationToken ct)
    {
        // The form has buffered the file on disk (above 64 KB): it is read record by record from there.
        await using var stream = file.OpenReadStream();
        var result = await handler.HandleAsync(stream, file.FileName, year, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ImportMonitoringFormsResult>, ProblemHttpResult>> ImportFormsAsync(long id, IFormFile file, ImportMonitoringFormsHandler handler, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await handler.HandleAsync(id, buffer, file.FileName, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ImportExecutionResult>, ProblemHttpResult>> ImportAsync(IFormFile file, int year, ImportExecutionDataHandler handler, CancellationToken ct)
    {
        // Buffered within UploadLimits.MaxUploadBytes (the request body limit of this endpoint).
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await handler.HandleAsync(buffer, file.FileName, year, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
