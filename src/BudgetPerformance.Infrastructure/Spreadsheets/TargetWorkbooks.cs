using BudgetPerformance.Application.Targets.Workbooks;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>The OpenXml implementation of the declaration-form workbook.</summary>
public sealed class TargetWorkbooks : ITargetWorkbooks
{
    public TargetWorkbookReadResult Read(Stream input, Application.Common.UploadLimits limits, CancellationToken ct) => TargetWorkbookReader.Read(input, limits, ct);

    public void Write(Stream output, IEnumerable<TargetSheet> sheets) => TargetWorkbookWriter.Write(output, sheets);
}
