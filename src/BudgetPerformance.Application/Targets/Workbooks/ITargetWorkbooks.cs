namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>Reads and writes the 项目支出绩效目标申报表 workbook (.xlsx, one project per sheet).</summary>
public interface ITargetWorkbooks
{
    /// <summary>Reads the forms; a file over the limits gives one file error, cancellation propagates.</summary>
    TargetWorkbookReadResult Read(Stream input, Common.UploadLimits limits, CancellationToken ct);

    void Write(Stream output, IEnumerable<TargetSheet> sheets);
}
