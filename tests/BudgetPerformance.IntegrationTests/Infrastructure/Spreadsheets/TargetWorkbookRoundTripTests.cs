using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

public sealed class TargetWorkbookRoundTripTests
{
    private static readonly TargetSheet[] Projects = [SampleSheets.Nutrition(), SampleSheets.Roads(), SampleSheets.Elderly()];

    [Fact]
    public void Written_workbook_reads_back_with_the_same_values()
    {
        var result = TargetWorkbookReader.Read(Write(Projects));

        Assert.Empty(result.Errors);
        Assert.Equal(Projects.Length, result.Sheets.Count);
        for (var i = 0; i < Projects.Length; i++)
        {
            SheetAssert.SameContent(Projects[i], result.Sheets[i]);
        }
    }

    [Fact]
    public void Read_back_reports_where_each_value_came_from()
    {
        var sheet = TargetWorkbookReader.Read(Write(Projects)).Sheets[0];

        Assert.Equal("C4", sheet.Cells["ProjectName"]);
        Assert.Equal("C5", sheet.Cells["ProjectCode"]);
        Assert.Equal("F6", sheet.Cells["ImplementingUnitName"]);
        Assert.Equal("D8", sheet.Cells["TotalWanYuan"]);
        Assert.Equal("B13", sheet.Cells["OverallGoal"]);
        Assert.Equal("F13", sheet.Cells["AnnualGoal"]);
        Assert.Equal("A2", sheet.Cells["FiscalYear"]);

        // Level-1 “产出指标” is merged over B15:B18; rows below its first read the merged value.
        var second = sheet.Indicators[1];
        Assert.Equal(16, second.Row);
        Assert.Equal("产出指标", second.Level1);
        Assert.Equal("B15", second.Cells["Level1"]);
        Assert.Equal("C15", second.Cells["Level2"]);
        Assert.Equal("D16", second.Cells["Name"]);
        Assert.Equal("F16", second.Cells["Weight"]);
    }

    [Fact]
    public void Repeated_level_cells_are_merged_vertically()
    {
        using var document = SpreadsheetDocument.Open(Write(Projects), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var first = workbookPart.Workbook.Sheets!.Elements<Sheet>().First();
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(first.Id!)).Worksheet;
        var merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

        Assert.Contains("A1:H1", merges);
        Assert.Contains("B15:B18", merges);  // 产出指标 × 4
        Assert.Contains("C15:C16", merges);  // 数量指标 × 2
        Assert.Contains("A14:A20", merges);  // 绩效指标 label column
        Assert.DoesNotContain(merges, m => m.StartsWith("C17", StringComparison.Ordinal));
    }

    [Fact]
    public void Written_workbook_passes_the_OpenXml_validator()
    {
        using var document = SpreadsheetDocument.Open(Write(Projects), isEditable: false);

        var errors = new OpenXmlValidator().Validate(document)
            .Concat(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document))
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        var template = SampleSheets.Elderly();
        TargetSheet[] projects =
        [
            template with { SheetName = "资金[2026]/专项:补助?" },
            template with { SheetName = "资金[2026]/专项:补助?" },
            template with { SheetName = "一个非常非常非常非常非常非常非常非常非常非常非常非常长的项目名称" },
            template with { SheetName = "  " },
            template with { SheetName = "'history'" },
        ];

        var stream = Write(projects);
        var names = TargetWorkbookReader.Read(stream).Sheets.Select(s => s.SheetName).ToList();

        Assert.Equal(["资金_2026__专项_补助_", "资金_2026__专项_补助_(2)", "一个非常非常非常非常非常非常非常非常非常非常非常非常长的项目名", "居家养老上门服务补贴", "history_"], names);
        Assert.All(names, n => Assert.True(n.Length <= 31));
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Writing_no_project_is_refused_in_Chinese()
    {
        var error = Assert.Throws<ArgumentException>(() => TargetWorkbookWriter.Write(new MemoryStream(), []));

        Assert.StartsWith("至少需要一个项目", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_seekable_input_is_read()
    {
        var bytes = Write(Projects).ToArray();

        var result = TargetWorkbookReader.Read(new ForwardOnlyStream(bytes));

        Assert.Equal(3, result.Sheets.Count);
    }

    internal static MemoryStream Write(IEnumerable<TargetSheet> sheets)
    {
        var stream = new MemoryStream();
        TargetWorkbookWriter.Write(stream, sheets);
        stream.Position = 0;
        return stream;
    }
}
