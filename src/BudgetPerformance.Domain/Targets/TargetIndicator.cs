using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;

namespace BudgetPerformance.Domain.Targets;

/// <summary>A level-3 indicator of a target, in its level-1/level-2 place, with value, weight and scoring standard.</summary>
public sealed class TargetIndicator
{
    public const int MaxNameLength = 200;

    private TargetIndicator()
    {
        Name = string.Empty;
        ScoringStandard = string.Empty;
    }

    public long Id { get; private set; }
    public int Position { get; private set; }
    public Level1 Level1 { get; private set; }
    public Level2 Level2 { get; private set; }
    public string Name { get; private set; }
    public IndicatorOperator Operator { get; private set; }
    public decimal? Number { get; private set; }
    public string? Unit { get; private set; }
    public string? Text { get; private set; }

    /// <summary>A schedule's first and last day (时效 values written as dates or periods).</summary>
    public DateOnly? DueFrom { get; private set; }
    public DateOnly? DueUntil { get; private set; }

    /// <summary>The value as written, when the platform read it into another form ("100%" read as "≥100%").</summary>
    public string? Written { get; private set; }

    /// <summary>How the row was read (<see cref="ReadingNote"/> lines), shown on the indicator and turned into review findings.</summary>
    public string? ReadingNotes { get; private set; }

    /// <summary>分值 in hundredths of a point.</summary>
    public int WeightHundredths { get; private set; }
    public ValueSource ValueSource { get; private set; }
    public string ScoringStandard { get; private set; }
    public long? LibraryIndicatorId { get; private set; }

    /// <summary>上年实际值, when known: a target easier than it is flagged.</summary>
    public decimal? LastYearActual { get; private set; }

    public decimal Weight => WeightHundredths / 100m;

    private IndicatorValue? _value;

    /// <summary>The value as a whole (built once: the review reads it many times).</summary>
    public IndicatorValue Value => _value ??= IndicatorValue.FromStored(Operator, Number, Unit, Text, DueFrom, DueUntil);

    public IReadOnlyList<ReadingNote> Notes => ReadingNote.Split(ReadingNotes);

    internal static Result<TargetIndicator> From(TargetIndicatorInput input, IndicatorFramework framework, int position)
    {
        var row = $"第 {position} 个指标";
        if (!IndicatorFrameworks.Fits(framework, input.Level1, input.Level2))
        {
            return Error.Validation(
                $"{row}：二级指标“{IndicatorFrameworks.Name(input.Level2)}”不属于一级指标“{IndicatorFrameworks.Name(input.Level1)}”（{IndicatorFrameworks.Name(framework)}）。",
                "Level2");
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return Error.Validation($"{row}：三级指标名称不能为空，且不超过 {MaxNameLength} 个字。", "Name");
        }

        if (input.Weight is < 0 or > 100 || decimal.Round(input.Weight, 2) != input.Weight)
        {
            return Error.Validation($"{row}“{name}”：分值应在 0–100 之间，最多两位小数。", "Weight");
        }

        if (!Enum.IsDefined(input.ValueSource))
        {
            return Error.Validation($"{row}“{name}”：指标值来源应为计划标准、行业标准、历史标准或其他。", "ValueSource");
        }

        var standard = input.ScoringStandard?.Trim() ?? string.Empty;
        if (standard.Length > 500)
        {
            return Error.Validation($"{row}“{name}”：评分标准不超过 500 个字。", "ScoringStandard");
        }

        return new TargetIndicator
        {
            Position = position,
            Level1 = input.Level1,
            Level2 = input.Level2,
            Name = name,
            Operator = input.Value.Operator,
            Number = input.Value.Number,
            Unit = input.Value.Unit,
            Text = input.Value.Text,
            DueFrom = input.Value.From,
            DueUntil = input.Value.Until,
            Written = input.Written is { Length: > 0 } w && w.Trim() != input.Value.ToString() ? w.Trim()[..Math.Min(w.Trim().Length, IndicatorValue.MaxTextLength)] : null,
            ReadingNotes = input.Notes is { Count: > 0 } notes ? ReadingNote.Join(notes) : null,
            WeightHundredths = (int)(input.Weight * 100),
            ValueSource = input.ValueSource,
            ScoringStandard = standard,
            LibraryIndicatorId = input.LibraryIndicatorId,
            LastYearActual = input.LastYearActual,
        };
    }

    public TargetIndicatorInput ToInput() =>
        new(Level1, Level2, Name, Value, Weight, ValueSource, ScoringStandard, LibraryIndicatorId, LastYearActual) { Written = Written, Notes = Notes };
}

/// <summary>What a unit enters for one indicator (from a form, the library or a spreadsheet row).</summary>
public sealed record TargetIndicatorInput(
    Level1 Level1,
    Level2 Level2,
    string Name,
    IndicatorValue Value,
    decimal Weight,
    ValueSource ValueSource,
    string? ScoringStandard,
    long? LibraryIndicatorId = null,
    decimal? LastYearActual = null)
{
    /// <summary>The value cell as written, when it differs from the value's printed form.</summary>
    public string? Written { get; init; }

    /// <summary>How the row was read.</summary>
    public IReadOnlyList<ReadingNote> Notes { get; init; } = [];
}
