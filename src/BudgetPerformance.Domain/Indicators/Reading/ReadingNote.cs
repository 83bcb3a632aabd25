namespace BudgetPerformance.Domain.Indicators.Reading;

/// <summary>
/// How one cell was read, kept with the indicator so the review can show it: a rule code (R.. for how a value or a
/// level name was read, F01 for a value that must be fixed) and the explanation.
/// </summary>
public sealed record ReadingNote(string Code, string Text)
{
    public const string MissingOperator = "R01";
    public const string WordOperator = "R02";
    public const string ScheduleValue = "R03";
    public const string SplitColumns = "R04";
    public const string NumberInText = "R05";
    public const string LevelAlias = "R06";
    public const string MustFix = "F01";

    /// <summary>Stored as one line per note: "R01|text".</summary>
    public static string Join(IEnumerable<ReadingNote> notes) => string.Join('\n', notes.Select(n => $"{n.Code}|{n.Text.Replace('\n', ' ')}"));

    public static IReadOnlyList<ReadingNote> Split(string? stored) =>
        string.IsNullOrEmpty(stored)
            ? []
            : stored.Split('\n').Where(l => l.Length > 4).Select(l => new ReadingNote(l[..3], l[4..])).ToList();
}

/// <summary>What reading a value cell gave: the value (possibly <see cref="IndicatorOperator.Unresolved"/>) with notes, or a refusal.</summary>
public sealed record ValueReading(IndicatorValue? Value, IReadOnlyList<ReadingNote> Notes, string? Refusal)
{
    public static ValueReading Refused(string why) => new(null, [], why);

    public bool IsRefused => Value is null;
}

/// <summary>What the reader knows about the cell: the indicator's place and name, the year, and any split columns.</summary>
public sealed record ValueContext(Level2? Level2, string Name, int FiscalYear, IReadOnlyCollection<string> LowerIsBetterWords)
{
    /// <summary>The 指标性质 / 计算符号 column, when the table writes the sign apart from the value.</summary>
    public string? OperatorColumn { get; init; }

    /// <summary>The 度量单位 / 计量单位 column, when the table writes the unit apart from the value.</summary>
    public string? UnitColumn { get; init; }

    /// <summary>Words in a name that mark a rate where less is better (发生率, 投诉率 …), from the rule pack.</summary>
    public static readonly IReadOnlyCollection<string> DefaultLowerIsBetter = ["发生率", "投诉率", "事故率", "差错率", "失误率", "故障率", "违规率", "发病率", "死亡率", "返工率", "空置率", "流失率", "不合格率", "超标率"];
}
