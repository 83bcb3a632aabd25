using System.Globalization;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Application.Targets;

/// <summary>
/// One indicator row as typed in a form, sent to the API or read from a spreadsheet: all text. A table that writes
/// the sign (指标性质) or the unit (度量单位) in a column of its own gives them in <see cref="Operator"/> and <see cref="Unit"/>.
/// </summary>
public sealed record TargetIndicatorRow(
    string? Level1, string? Level2, string? Name, string? Value, string? Weight,
    string? ValueSource = null, string? ScoringStandard = null, long? LibraryIndicatorId = null, string? LastYearActual = null)
{
    public string? Operator { get; init; }
    public string? Unit { get; init; }
}

/// <summary>A problem with one field of one row, with where it was (row number; cell when read from a sheet).</summary>
public sealed record RowError(int Row, string Field, string Message, string? Cell = null);

/// <summary>What the region's rule pack says about reading rows: level-name aliases, rate directions, the fiscal year.</summary>
public sealed record RowReadingRules(LevelNameRules LevelNames, IReadOnlyCollection<string> LowerIsBetterWords, int FiscalYear)
{
    public static RowReadingRules From(TargetReviewSection section, int fiscalYear) =>
        new(TargetReviewSectionDefinition.LevelNames(section), section.LowerIsBetterWords, fiscalYear);
}

/// <summary>
/// Turns indicator rows into domain inputs: the one place input shape is checked, shared by the form, the API and the
/// spreadsheet import, so a bad cell and a bad field get the same message. 宽进严审: values and level names are read
/// as people write them (<see cref="IndicatorValueReader"/>, <see cref="LevelNameReader"/>) and how each was read is
/// kept on the input; only what nobody could read is refused. Reports every bad field, not just the first.
/// </summary>
public static class TargetIndicatorRowValidator
{
    public const int MaxScoringStandardLength = 500;

    /// <param name="keepUnreadableValues">
    /// The form and the API keep a row whose value nobody could read as a value to fix (F01, blocking submission), so a
    /// draft is never lost; an import refuses it, naming the cell, and imports nothing.
    /// </param>
    public static (List<TargetIndicatorInput> Inputs, List<RowError> Errors) Validate(
        IndicatorFramework framework, IReadOnlyList<TargetIndicatorRow> rows, RowReadingRules rules, Func<int, string, string?>? cellOf = null, bool keepUnreadableValues = false)
    {
        var inputs = new List<TargetIndicatorInput>(rows.Count);
        var errors = new List<RowError>();
        for (var n = 0; n < rows.Count; n++)
        {
            var rowNo = n + 1;
            var row = rows[n] ?? new TargetIndicatorRow(null, null, null, null, null);
            void Fail(string field, string message) => errors.Add(new RowError(rowNo, field, message, cellOf?.Invoke(n, field)));

            var notes = new List<ReadingNote>();
            var level1 = ReadLevel1(row.Level1, framework, rules, notes, out var level1Problem);
            if (level1 is null)
            {
                Fail("Level1", level1Problem + "。");
            }

            Level2? level2 = null;
            if (level1 is { } l1)
            {
                level2 = ReadLevel2(row.Level2, framework, l1, rules, notes, out var level2Problem);
                if (level2 is null)
                {
                    Fail("Level2", level2Problem + "。");
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

            var context = new ValueContext(level2, name ?? string.Empty, rules.FiscalYear, rules.LowerIsBetterWords)
            {
                OperatorColumn = row.Operator,
                UnitColumn = row.Unit,
            };
            var reading = IndicatorValueReader.Read(row.Value, context);
            if (reading.IsRefused && keepUnreadableValues)
            {
                reading = new ValueReading(IndicatorValue.Unresolved(row.Value ?? string.Empty), [new ReadingNote(ReadingNote.MustFix, reading.Refusal!)], null);
            }
            else if (reading.IsRefused)
            {
                Fail("Value", reading.Refusal!);
            }

            var weight = ReadWeight(row.Weight, out var weightProblem);
            if (weightProblem is not null)
            {
                Fail("Weight", weightProblem);
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

            if ((row.ScoringStandard?.Length ?? 0) > MaxScoringStandardLength)
            {
                Fail("ScoringStandard", $"评分标准不超过 {MaxScoringStandardLength} 字。");
            }

            if (errors.All(e => e.Row != rowNo))
            {
                inputs.Add(new TargetIndicatorInput(level1!.Value, level2!.Value, name!, reading.Value!, weight, source!.Value, row.ScoringStandard, row.LibraryIndicatorId, lastYear)
                {
                    Written = IndicatorValueReader.Joined(row.Value, context),
                    Notes = [.. notes, .. reading.Notes],
                });
            }
        }

        return (inputs, errors);
    }

    /// <summary>分值 as written: "10", "10分", "10.5"; empty is 0 (real 申报表 usually carry none).</summary>
    private static decimal ReadWeight(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var t = text.Trim().Replace('．', '.').TrimEnd('分').Trim();
        t = new string(t.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());
        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight) || weight < 0 || weight > 100 || decimal.Round(weight, 2) != weight)
        {
            problem = $"分值“{text}”无效：应为 0–100 的数字，最多两位小数。";
            return 0;
        }

        return weight;
    }

    /// <summary>Chinese name as written ("产出指标", "产出类指标", "效果指标") or the enum name ("Output").</summary>
    private static Level1? ReadLevel1(string? text, IndicatorFramework framework, RowReadingRules rules, List<ReadingNote> notes, out string? problem)
    {
        problem = null;
        if (Enum.TryParse<Level1>(text?.Trim(), true, out var byName) && Enum.IsDefined(byName) && IndicatorFrameworks.Structure(framework).ContainsKey(byName))
        {
            return byName;
        }

        var read = LevelNameReader.Level1(text, framework, rules.LevelNames);
        if (read.Note is { } note)
        {
            notes.Add(note);
        }

        problem = read.Refusal;
        return read.Level;
    }

    private static Level2? ReadLevel2(string? text, IndicatorFramework framework, Level1 level1, RowReadingRules rules, List<ReadingNote> notes, out string? problem)
    {
        problem = null;
        if (Enum.TryParse<Level2>(text?.Trim(), true, out var byName) && IndicatorFrameworks.Fits(framework, level1, byName))
        {
            return byName;
        }

        var read = LevelNameReader.Level2(text, framework, level1, rules.LevelNames);
        if (read.Note is { } note)
        {
            notes.Add(note);
        }

        problem = read.Refusal;
        return read.Level;
    }

    public static string Describe(RowError e) => e.Cell is null ? $"第 {e.Row} 个指标：{e.Message}" : $"{e.Cell}：{e.Message}";
}
