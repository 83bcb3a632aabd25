namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>Reads and writes the 项目支出绩效目标申报表 workbook (.xlsx, one project per sheet).</summary>
public interface ITargetWorkbooks
{
    TargetWorkbookReadResult Read(Stream input);

    void Write(Stream output, IEnumerable<TargetSheet> sheets);
}
