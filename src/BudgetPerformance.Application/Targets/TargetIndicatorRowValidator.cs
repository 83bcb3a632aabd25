using System.Globalization;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Application.Targets;

/// <summary>One indicator row as typed in a form, sent to the API or read from a spreadsheet: all text.</summary>
public sealed record TargetIndicatorRow(
    string? Level1, string? Level2, string? Name, string? Value, string? Weight,
    string? ValueSource = null, string? ScoringStandard = null, long? LibraryIndicatorId = null, string? LastYearActual = null);

/// <summary>A problem with one field of one row, with where it was (row number; cell when read from a sheet).</summary>
public sealed record RowError(int Row, string Field, string Message, string? Cell = null);

/// <summary>
/// Turns indicator rows into domain inputs. The one place input shape is checked, shared by the form, the API and
/// the spreadsheet import, so a bad cell and a bad field get the same message. Reports every bad field, not just the first.
/// </summary>
public static class TargetIndicatorRowValidator
{
    public static (List<TargetIndicatorInput> Inputs, List<RowError> Errors) Validate(IndicatorFramework framework, IReadOnlyList<TargetIndicatorRow> rows, Func<int, string, string?>? cellOf = null)
    {
        var inputs = new List<TargetIndicatorInput>(rows.Count);
        var errors = new List<RowError>();
        for (var n = 0; n < rows.Count; n++)
        {
            var rowNo = n + 1;
            var row = rows[n];
            void Fail(string field, string message) => errors.Add(new RowError(rowNo, field, message, cellOf?.Invoke(n, field)));

            var level1 = ParseLevel1(row.Level1);
            if (level1 is null)
            {
                Fail("Level1", $"{(string.IsNullOrWhiteSpace(row.Level1) ? "一级指标为空" : $"一级指标“{row.Level1}”无法识别")}：应为{string.Join("、", IndicatorFrameworks.Structure(framework).Keys.Select(IndicatorFrameworks.Name))}。");
            }

            Level2? level2 = null;
            if (level1 is { } l1)
            {
                level2 = ParseLevel2(framework, l1, row.Level2);
                if (level2 is null)
                {
                    var allowed = IndicatorFrameworks.Structure(framework).TryGetValue(l1, out var list) ? string.Join("、", list.Select(IndicatorFrameworks.Name)) : "（该框架无此一级指标）";
                    Fail("Level2", $"{(string.IsNullOrWhiteSpace(row.Level2) ? "二级指标为空" : $"二级指标“{row.Level2}”不属于“{IndicatorFrameworks.Name(l1)}”")}：应为{allowed}。");
                }
            }

            var name = row.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                Fail("Name", "三级指标名称为空。");
            }
            else if (name.Length > TargetIndicator.MaxNameLength)
            {
                Fail("Name", $"三级指标名称超过 {TargetIndicator.MaxNameLength} 字。");
            }

            var value = IndicatorValue.Parse(row.Value);
            if (!value.IsSuccess)
            {
                Fail("Value", value.Error!.Message);
            }

            decimal weight = 0;
            if (!string.IsNullOrWhiteSpace(row.Weight) &&
                (!decimal.TryParse(row.Weight.Trim().TrimEnd('分'), NumberStyles.Number, CultureInfo.InvariantCulture, out weight) || weight < 0 || weight > 100 || decimal.Round(weight, 2) != weight))
            {
                Fail("Weight", $"分值“{row.Weight}”无效：应为 0–100 的数字，最多两位小数。");
            }

            var source = IndicatorFrameworks.ParseValueSource(row.ValueSource);
            if (source is null)
            {
                Fail("ValueSource", $"指标值来源“{row.ValueSource}”无效：应为计划标准、行业标准、历史标准或其他。");
            }

            decimal? lastYear = null;
            if (!string.IsNullOrWhiteSpace(row.LastYearActual))
            {
                if (decimal.TryParse(row.LastYearActual.Trim(), NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ly))
                {
                    lastYear = ly;
                }
                else
                {
                    Fail("LastYearActual", $"上年实际值“{row.LastYearActual}”应为数字。");
                }
            }

            if ((row.ScoringStandard?.Length ?? 0) > 500)
            {
                Fail("ScoringStandard", "评分标准不超过 500 字。");
            }

            if (errors.All(e => e.Row != rowNo))
            {
                inputs.Add(new TargetIndicatorInput(level1!.Value, level2!.Value, name!, value.Value, weight, source!.Value, row.ScoringStandard, row.LibraryIndicatorId, lastYear));
            }
        }

        return (inputs, errors);
    }

    /// <summary>Chinese name ("产出指标", "产出") or enum name ("Output").</summary>
    private static Level1? ParseLevel1(string? text) =>
        IndicatorFrameworks.ParseLevel1(text) ?? (Enum.TryParse<Level1>(text?.Trim(), true, out var l) && Enum.IsDefined(l) ? l : null);

    private static Level2? ParseLevel2(IndicatorFramework framework, Level1 level1, string? text) =>
        IndicatorFrameworks.ParseLevel2(framework, level1, text)
        ?? (Enum.TryParse<Level2>(text?.Trim(), true, out var l) && IndicatorFrameworks.Fits(framework, level1, l) ? l : null);

    public static string Describe(RowError e) => e.Cell is null ? $"第 {e.Row} 个指标：{e.Message}" : $"{e.Cell}：{e.Message}";
}
