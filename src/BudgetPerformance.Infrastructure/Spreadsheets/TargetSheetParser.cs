using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Turns the grid of one worksheet into a <see cref="TargetSheet"/>, or reports why it cannot.</summary>
internal static class TargetSheetParser
{
    /// <summary>
    /// The form on the sheet; <see langword="null"/> when the sheet is not a form (no title and no indicator
    /// header: skipped silently) or when its structure is broken (reported in <paramref name="errors"/>).
    /// </summary>
    public static TargetSheet? Parse(string sheetName, SheetGrid grid, ICollection<SheetError> errors)
    {
        var header = IndicatorHeaderLocator.Find(grid);
        var blockLastRow = header is null ? grid.MaxRow : header.Row - 1;
        if (header is null && !FormTitle.IsPresent(grid, blockLastRow))
        {
            return null;
        }

        var block = new HeaderBlockReader(grid, LabelIndex.Build(grid, blockLastRow), blockLastRow);
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var (field, labels) in TargetFormLabels.Fields)
        {
            var mayBeBelow = field is "OverallGoal" or "AnnualGoal";
            fields[field] = block.Read(labels, mayBeBelow);
        }

        var broken = false;
        if (!fields["ProjectName"].LabelFound)
        {
            errors.Add(new SheetError(sheetName, null, null, $"工作表“{sheetName}”：未找到“项目名称”。"));
            broken = true;
        }

        if (header is null)
        {
            errors.Add(new SheetError(
                sheetName, null, null, $"工作表“{sheetName}”：未找到绩效指标表头（一级指标、二级指标、三级指标、指标值）。"));
            broken = true;
        }

        if (broken || header is null)
        {
            return null;
        }

        var cells = fields
            .Where(pair => pair.Value.Reference is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value.Reference!, StringComparer.Ordinal);
        cells["IndicatorHeader"] = header.Reference;

        var nameRow = CellReference.TryParse(fields["ProjectName"].Reference, out var row, out _) ? row : blockLastRow;
        var year = FormTitle.FindFiscalYear(grid, Math.Min(nameRow - 1, blockLastRow));
        if (year is { } found)
        {
            cells["FiscalYear"] = found.Reference;
        }

        var indicators = IndicatorTableReader.Read(sheetName, grid, header, errors);
        return new TargetSheet(
            sheetName,
            year?.Year,
            fields["ProjectName"].Text,
            fields["ProjectCode"].Text,
            fields["DepartmentName"].Text,
            fields["ImplementingUnitName"].Text,
            fields["ProjectProperty"].Text,
            fields["ImplementationPeriod"].Text,
            fields["TotalWanYuan"].Text,
            fields["CurrentYearWanYuan"].Text,
            fields["CarryOverWanYuan"].Text,
            fields["OtherWanYuan"].Text,
            fields["OverallGoal"].Text,
            fields["AnnualGoal"].Text,
            indicators,
            cells,
            fields["ProjectManager"].Text);
    }
}
