using System.Globalization;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// The 项目支出绩效目标执行监控表, one worksheet per form over columns A:L: title and period; the head block (项目名称 and
/// 监控表编号; 项目编码, 主管部门, 实施单位; the funds line: 年度资金总额, 1—N月执行数, 执行率, 全年预计执行数, 偏差原因分析及改进措施);
/// then the indicator table (一级 … 改进措施, with 监控表编号 and 指标编号 so the filled sheet comes back in).
/// </summary>
public sealed class MonitoringWorkbooks : IMonitoringWorkbooks
{
    public const string FormIdLabel = "监控表编号";
    public const string HeadFormIdLabel = "监控表号";
    public const string ForecastLabel = "全年预计执行数";
    public const string NoteLabel = "偏差原因分析及改进措施";
    private const int Last = 12;
    private const int TableHeaderRow = 8;
    private static readonly double[] Widths = [10, 12, 24, 14, 14, 14, 12, 16, 20, 26, 10, 10];

    public void Write(Stream output, IReadOnlyList<MonitoringSheet> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = TargetStylesheet.Create();
            var strings = new SharedStringTableBuilder();
            var names = new SheetNameAllocator();
            var list = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                Compose(sheets[i]).WriteTo(part, strings, tabSelected: i == 0);
                list.Append(new Sheet { Name = names.Allocate(sheets[i].SubjectName, i + 1), SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            }

            strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), list);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static WorksheetBuilder Compose(MonitoringSheet s)
    {
        var b = new WorksheetBuilder(Widths);
        b.Box(1, 1, 1, Last, "项目支出绩效目标执行监控表", TargetStylesheet.Title);
        b.EnsureHeight(1, 36);
        b.Box(2, 1, 2, Last, $"（{s.FiscalYear}年1—{s.Month}月）", TargetStylesheet.Subtitle);
        b.Box(3, 11, 3, Last, "单位：万元", TargetStylesheet.Unit);

        b.Box(4, 1, 4, 2, "项目名称", TargetStylesheet.Boxed);
        b.Box(4, 3, 4, 8, s.SubjectName, TargetStylesheet.BoxedLeft);
        b.Box(4, 9, 4, 10, HeadFormIdLabel, TargetStylesheet.Boxed);
        b.Box(4, 11, 4, Last, s.FormId.ToString(CultureInfo.InvariantCulture), TargetStylesheet.BoxedLeft, numeric: true);
        b.Box(5, 1, 5, 2, "项目编码", TargetStylesheet.Boxed);
        b.Box(5, 3, 5, 4, s.SubjectCode, TargetStylesheet.BoxedLeft);
        b.Put(5, 5, "主管部门", TargetStylesheet.Boxed);
        b.Box(5, 6, 5, 8, s.Department, TargetStylesheet.BoxedLeft);
        b.Box(5, 9, 5, 10, "实施单位", TargetStylesheet.Boxed);
        b.Box(5, 11, 5, Last, s.Unit, TargetStylesheet.BoxedLeft);

        b.Box(6, 1, 7, 2, "项目资金（万元）", TargetStylesheet.Boxed);
        (int From, int To, string Label, string? Value, bool Numeric)[] funds =
        [
            (3, 3, "年度资金总额", Money(s.BudgetWanYuan), true),
            (4, 4, $"1—{s.Month}月执行数", s.ExecutedWanYuan is { } e ? Money(e) : null, true),
            (5, 5, "执行率", s.ExecutionRate is { } rate ? (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : null, false),
            (6, 7, ForecastLabel, s.ForecastWanYuan is { } f ? Money(f) : null, true),
            (8, Last, NoteLabel, s.ExecutionNote, false),
        ];
        foreach (var (from, to, label, value, numeric) in funds)
        {
            b.Box(6, from, 6, to, label, TargetStylesheet.Boxed);
            b.Box(7, from, 7, to, value, to == Last ? TargetStylesheet.BoxedLeft : TargetStylesheet.Boxed, numeric);
        }

        b.EnsureHeight(7, RowHeightEstimator.Height(RowHeightEstimator.Lines(s.ExecutionNote ?? string.Empty, 60), 22));
        string[] headers = ["一级指标", "二级指标", "三级指标", "年度指标值", $"1—{s.Month}月执行情况", "全年预计完成情况", "完成目标可能性", "偏差原因", "偏差原因说明", "改进措施", FormIdLabel, "指标编号"];
        for (var i = 0; i < headers.Length; i++)
        {
            b.Put(TableHeaderRow, i + 1, headers[i], TargetStylesheet.Header);
        }

        b.EnsureHeight(TableHeaderRow, 30);
        var row = TableHeaderRow;
        foreach (var r in s.Rows)
        {
            row++;
            string?[] values = [r.Level1, r.Level2, r.Name, r.TargetWritten, r.Progress, r.FullYear, r.Likelihood, r.Causes, r.CauseNote, r.Measures,
                s.FormId.ToString(CultureInfo.InvariantCulture), r.IndicatorId.ToString(CultureInfo.InvariantCulture)];
            for (var c = 0; c < values.Length; c++)
            {
                b.Put(row, c + 1, values[c], c is 2 or 8 or 9 ? TargetStylesheet.BoxedLeft : TargetStylesheet.Boxed, numeric: c >= 10);
            }

            b.EnsureHeight(row, RowHeightEstimator.Height(Math.Max(RowHeightEstimator.Lines(r.Measures ?? string.Empty, 26), RowHeightEstimator.Lines(r.Name, 24)), 22));
        }

        return b;
    }

    private static string Money(decimal wanYuan) => wanYuan.ToString("0.00", CultureInfo.InvariantCulture);

    public IReadOnlyList<MonitoringSheetHead> ReadHeads(Stream input, UploadLimits limits, CancellationToken ct)
    {
        input.Position = 0;
        return GuardedWorkbook.Read<IReadOnlyList<MonitoringSheetHead>>(input, limits, (workbookPart, sheets, context) =>
        {
            var decoder = CellValueDecoder.Load(workbookPart, context.Limits);
            var heads = new List<MonitoringSheetHead>();
            foreach (var sheet in sheets)
            {
                if (GuardedWorkbook.PartOf(workbookPart, sheet) is not { } part || sheet.State?.Value == SheetStateValues.VeryHidden)
                {
                    continue;
                }

                context.SheetName = sheet.Name?.Value ?? string.Empty;
                var grid = SheetGridLoader.Load(part, decoder, context);
                var (idRow, idColumn) = Find(grid, HeadFormIdLabel, TableHeaderRow - 1);
                if (idRow == 0)
                {
                    continue;
                }

                // The value stands in the next cell to the right of the label (after its merge).
                var valueColumn = grid.RangeAt(idRow, idColumn).Right + 1;
                var (forecastRow, forecastColumn) = Find(grid, ForecastLabel, TableHeaderRow - 1);
                var (noteRow, noteColumn) = Find(grid, NoteLabel, TableHeaderRow - 1);
                heads.Add(new MonitoringSheetHead(context.SheetName,
                    grid.Get(idRow, valueColumn).Trim(), CellReference.Of(idRow, valueColumn),
                    forecastRow == 0 ? string.Empty : grid.Get(forecastRow + 1, forecastColumn).Trim(), forecastRow == 0 ? string.Empty : CellReference.Of(forecastRow + 1, forecastColumn),
                    noteRow == 0 ? string.Empty : grid.Get(noteRow + 1, noteColumn).Trim(), noteRow == 0 ? string.Empty : CellReference.Of(noteRow + 1, noteColumn)));
            }

            return heads;
        }, _ => [], ct);
    }

    private static (int Row, int Column) Find(SheetGrid grid, string label, int lastRow)
    {
        var key = LabelText.Normalize(label);
        foreach (var row in grid.Rows.Where(r => r <= lastRow))
        {
            foreach (var column in grid.ColumnsIn(row))
            {
                if (LabelText.Normalize(grid.Get(row, column)) == key)
                {
                    return (row, column);
                }
            }
        }

        return (0, 0);
    }
}
