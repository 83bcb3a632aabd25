namespace BudgetPerformance.Domain.Indicators;

/// <summary>Which level-2 indicators belong under which level-1 indicator in each framework, and their Chinese names.</summary>
public static class IndicatorFrameworks
{
    private static readonly IReadOnlyDictionary<Level1, Level2[]> Classic = new Dictionary<Level1, Level2[]>
    {
        [Level1.Output] = [Level2.Quantity, Level2.Quality, Level2.Timeliness, Level2.OutputCost],
        [Level1.Benefit] = [Level2.EconomicBenefit, Level2.SocialBenefit, Level2.EcologicalBenefit, Level2.Sustainability],
        [Level1.Satisfaction] = [Level2.ServiceSatisfaction],
    };

    private static readonly IReadOnlyDictionary<Level1, Level2[]> CostFirst = new Dictionary<Level1, Level2[]>
    {
        [Level1.Cost] = [Level2.EconomicCost, Level2.SocialCost, Level2.EnvironmentalCost],
        [Level1.Output] = [Level2.Quantity, Level2.Quality, Level2.Timeliness],
        [Level1.Benefit] = [Level2.EconomicBenefit, Level2.SocialBenefit, Level2.EcologicalBenefit, Level2.Sustainability],
        [Level1.Satisfaction] = [Level2.ServiceSatisfaction],
    };

    public static IReadOnlyDictionary<Level1, Level2[]> Structure(IndicatorFramework framework) =>
        framework == IndicatorFramework.CostFirst ? CostFirst : Classic;

    public static bool Fits(IndicatorFramework framework, Level1 level1, Level2 level2) =>
        Structure(framework).TryGetValue(level1, out var level2s) && level2s.Contains(level2);

    /// <summary>The level-1 a level-2 sits under in a framework (成本 moves between the two).</summary>
    public static Level1 Level1Of(IndicatorFramework framework, Level2 level2) =>
        Structure(framework).First(kv => kv.Value.Contains(level2)).Key;

    /// <summary>Moves a library indicator kept in the Classic framework into <paramref name="framework"/>.</summary>
    public static (Level1, Level2) Place(IndicatorFramework framework, Level2 classicLevel2) =>
        framework == IndicatorFramework.CostFirst && classicLevel2 == Level2.OutputCost
            ? (Level1.Cost, Level2.EconomicCost)
            : (Level1Of(IndicatorFramework.Classic, classicLevel2), classicLevel2);

    /// <summary>
    /// Where an indicator goes when a target switches framework: cost indicators move between 产出/成本指标 and
    /// 成本指标/经济成本指标; every other level-2 keeps its place.
    /// </summary>
    public static (Level1, Level2) Move(IndicatorFramework framework, Level2 level2) =>
        Place(framework, IsCost(level2) ? Level2.OutputCost : level2);

    public static bool IsCost(Level2 level2) => level2 is Level2.OutputCost or Level2.EconomicCost or Level2.SocialCost or Level2.EnvironmentalCost;

    public static string Name(Level1 level1) => level1 switch
    {
        Level1.Output => "产出指标",
        Level1.Benefit => "效益指标",
        Level1.Satisfaction => "满意度指标",
        Level1.Cost => "成本指标",
        _ => level1.ToString(),
    };

    public static string Name(Level2 level2) => level2 switch
    {
        Level2.Quantity => "数量指标",
        Level2.Quality => "质量指标",
        Level2.Timeliness => "时效指标",
        Level2.OutputCost => "成本指标",
        Level2.EconomicBenefit => "经济效益指标",
        Level2.SocialBenefit => "社会效益指标",
        Level2.EcologicalBenefit => "生态效益指标",
        Level2.Sustainability => "可持续影响指标",
        Level2.ServiceSatisfaction => "服务对象满意度指标",
        Level2.EconomicCost => "经济成本指标",
        Level2.SocialCost => "社会成本指标",
        Level2.EnvironmentalCost => "生态环境成本指标",
        _ => level2.ToString(),
    };

    public static string Name(IndicatorFramework framework) => framework == IndicatorFramework.CostFirst
        ? "成本为一级指标（财预〔2021〕101号）"
        : "产出、效益、满意度（财预〔2020〕10号）";

    public static string Name(ValueSource source) => source switch
    {
        ValueSource.Plan => "计划标准",
        ValueSource.Industry => "行业标准",
        ValueSource.Historical => "历史标准",
        ValueSource.Other => "其他",
        _ => source.ToString(),
    };

    /// <summary>Reads a level-1 name as printed in a table ("产出指标" or "产出").</summary>
    public static Level1? ParseLevel1(string? text) =>
        Enum.GetValues<Level1>().Cast<Level1?>().FirstOrDefault(l => Matches(text, Name(l!.Value)));

    /// <summary>Reads a level-2 name under a given level-1 ("数量指标" or "数量"; "成本指标" depends on the level-1).</summary>
    public static Level2? ParseLevel2(IndicatorFramework framework, Level1 level1, string? text) =>
        Structure(framework).TryGetValue(level1, out var candidates)
            ? candidates.Cast<Level2?>().FirstOrDefault(l => Matches(text, Name(l!.Value)))
            : null;

    public static ValueSource? ParseValueSource(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ValueSource.Plan : Enum.GetValues<ValueSource>().Cast<ValueSource?>().FirstOrDefault(s => Matches(text, Name(s!.Value)));

    private static bool Matches(string? text, string name)
    {
        var t = new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
        return t.Length > 0 && (t == name || (name.EndsWith("指标", StringComparison.Ordinal) && t == name[..^2]));
    }
}
