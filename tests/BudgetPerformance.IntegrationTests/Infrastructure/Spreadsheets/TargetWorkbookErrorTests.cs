using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Spreadsheets;
using System.IO.Compression;
using System.Text;
using Xunit;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

public sealed class TargetWorkbookErrorTests
{
    [Fact]
    public void Sheet_without_indicator_header_is_reported()
    {
        var workbook = new HandBuiltWorkbook();
        workbook.AddSheet("学生营养改善计划")
            .Text("A1", "项目支出绩效目标申报表")
            .Text("A3", "项目名称").Text("B3", "学生营养改善计划")
            .Text("A5", "产出指标").Text("B5", "数量指标").Text("C5", "受益学生人数");

        var result = TargetWorkbookReader.Read(workbook.ToStream());

        Assert.Empty(result.Sheets);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new SheetError(
            "学生营养改善计划", null, null,
            "工作表“学生营养改善计划”：未找到绩效指标表头（一级指标、二级指标、三级指标、指标值）。"), error);
    }

    [Fact]
    public void Sheet_without_project_name_is_reported()
    {
        var workbook = new HandBuiltWorkbook();
        workbook.AddSheet("X")
            .Text("A1", "一级指标").Text("B1", "二级指标").Text("C1", "三级指标").Text("D1", "指标值")
            .Text("A2", "产出指标").Text("B2", "数量指标").Text("C2", "人数").Text("D2", "100人");

        var result = TargetWorkbookReader.Read(workbook.ToStream());

        Assert.Empty(result.Sheets);
        Assert.Equal("工作表“X”：未找到“项目名称”。", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Indicator_row_without_name_is_reported_and_skipped()
    {
        var project = SampleSheets.Nutrition();
        var indicators = project.Indicators.ToList();
        indicators[3] = indicators[3] with { Name = "" };  // row 18
        var stream = TargetWorkbookRoundTripTests.Write([project with { Indicators = indicators }]);

        var result = TargetWorkbookReader.Read(stream);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SheetError("学生营养改善计划", 18, "D18", "工作表“学生营养改善计划”第 18 行：三级指标名称为空。"), error);
        var sheet = Assert.Single(result.Sheets);
        Assert.Equal(5, sheet.Indicators.Count);
        Assert.DoesNotContain(sheet.Indicators, i => i.Row == 18);
    }

    [Fact]
    public void Workbook_with_only_other_sheets_gives_nothing_and_no_error()
    {
        var workbook = new HandBuiltWorkbook();
        workbook.AddSheet("填报说明").Text("A1", "项目支出绩效目标申报表填报说明").Text("A2", "请按要求填写。");
        workbook.AddSheet("下拉选项").Text("A1", "产出指标").Text("A2", "效益指标");
        workbook.AddSheet("空白");

        var result = TargetWorkbookReader.Read(workbook.ToStream());

        Assert.Empty(result.Sheets);
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("这不是表格，而是一段文字。")]
    [InlineData("项目名称,一级指标\n学生营养改善计划,产出指标")]
    public void Non_xlsx_stream_gives_one_file_error(string content)
    {
        var result = TargetWorkbookReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)));

        Assert.Empty(result.Sheets);
        var error = Assert.Single(result.Errors);
        Assert.Equal("", error.Sheet);
        Assert.Null(error.Row);
        Assert.Null(error.Cell);
        Assert.StartsWith("文件不是有效的 Excel 工作簿（.xlsx）：", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_xls_and_empty_and_foreign_zip_files_give_file_errors()
    {
        byte[] legacy = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        var messages = new[] { new MemoryStream(legacy), new MemoryStream(), new MemoryStream(zip.ToArray()) }
            .Select(stream => Assert.Single(TargetWorkbookReader.Read(stream).Errors).Message)
            .ToList();

        Assert.All(messages, m => Assert.StartsWith("文件不是有效的 Excel 工作簿（.xlsx）：", m, StringComparison.Ordinal));
        Assert.Contains("旧版 .xls", messages[0], StringComparison.Ordinal);
        Assert.Contains("文件为空", messages[1], StringComparison.Ordinal);
    }
}
