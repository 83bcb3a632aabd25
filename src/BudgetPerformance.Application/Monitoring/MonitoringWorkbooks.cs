namespace BudgetPerformance.Application.Monitoring;

/// <summary>One indicator row of a 监控表 sheet, as written.</summary>
public sealed record MonitoringSheetRow(
    long IndicatorId, string Level1, string Level2, string Name, string TargetWritten, string? Progress, string? FullYear, string? Likelihood, string? Causes,
    string? CauseNote, string? Measures);

/// <summary>One form as a sheet in the official layout: the head block (project, department, unit, funds) and the indicator table.</summary>
public sealed record MonitoringSheet(
    long FormId, string SubjectCode, string SubjectName, int FiscalYear, int Month, string Department, string Unit, decimal BudgetWanYuan, decimal? ExecutedWanYuan,
    decimal? ExecutionRate, decimal? ForecastWanYuan, string? ExecutionNote, IReadOnlyList<MonitoringSheetRow> Rows);

/// <summary>What a sheet's head block says (read back on import), with where each value stands.</summary>
public sealed record MonitoringSheetHead(string SheetName, string FormId, string FormIdCell, string Forecast, string ForecastCell, string ExecutionNote, string ExecutionNoteCell);

/// <summary>The 项目支出绩效目标执行监控表 in its official layout: one sheet per form, written and its head blocks read back.</summary>
public interface IMonitoringWorkbooks
{
    void Write(Stream output, IReadOnlyList<MonitoringSheet> sheets);

    /// <summary>The head block of every sheet in the official layout (sheets without one are left out).</summary>
    IReadOnlyList<MonitoringSheetHead> ReadHeads(Stream input, Common.UploadLimits limits, CancellationToken ct);
}
