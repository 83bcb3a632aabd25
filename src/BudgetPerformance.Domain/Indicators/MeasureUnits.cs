namespace BudgetPerformance.Domain.Indicators;

/// <summary>What a unit measures; used to check that a value fits its unit and its indicator.</summary>
public enum UnitKind
{
    Unknown = 0,
    Percent,
    Count,
    Time,
    Money,
    Length,
    Area,
    Weight,
    Volume,
    Score,
}

/// <summary>The units official tables use, grouped by what they measure.</summary>
public static class MeasureUnits
{
    private static readonly Dictionary<string, UnitKind> Known = new(StringComparer.Ordinal)
    {
        ["%"] = UnitKind.Percent, ["％"] = UnitKind.Percent, ["‰"] = UnitKind.Percent,
        ["个"] = UnitKind.Count, ["人"] = UnitKind.Count, ["人次"] = UnitKind.Count, ["户"] = UnitKind.Count, ["所"] = UnitKind.Count,
        ["家"] = UnitKind.Count, ["项"] = UnitKind.Count, ["次"] = UnitKind.Count, ["套"] = UnitKind.Count, ["台"] = UnitKind.Count,
        ["辆"] = UnitKind.Count, ["座"] = UnitKind.Count, ["处"] = UnitKind.Count, ["篇"] = UnitKind.Count, ["场"] = UnitKind.Count,
        ["期"] = UnitKind.Count, ["批"] = UnitKind.Count, ["份"] = UnitKind.Count, ["本"] = UnitKind.Count, ["册"] = UnitKind.Count,
        ["件"] = UnitKind.Count, ["张"] = UnitKind.Count, ["株"] = UnitKind.Count, ["头"] = UnitKind.Count, ["只"] = UnitKind.Count,
        ["起"] = UnitKind.Count, ["条"] = UnitKind.Count, ["所次"] = UnitKind.Count, ["村"] = UnitKind.Count, ["班"] = UnitKind.Count,
        ["名"] = UnitKind.Count, ["床"] = UnitKind.Count, ["间"] = UnitKind.Count, ["栋"] = UnitKind.Count, ["盏"] = UnitKind.Count,
        ["眼"] = UnitKind.Count, ["宗"] = UnitKind.Count, ["类"] = UnitKind.Count, ["部"] = UnitKind.Count, ["块"] = UnitKind.Count,
        ["天"] = UnitKind.Time, ["日"] = UnitKind.Time, ["工作日"] = UnitKind.Time, ["个工作日"] = UnitKind.Time, ["个月"] = UnitKind.Time,
        ["月"] = UnitKind.Time, ["年"] = UnitKind.Time, ["小时"] = UnitKind.Time, ["分钟"] = UnitKind.Time, ["周"] = UnitKind.Time,
        ["元"] = UnitKind.Money, ["万元"] = UnitKind.Money, ["亿元"] = UnitKind.Money,
        ["公里"] = UnitKind.Length, ["千米"] = UnitKind.Length, ["km"] = UnitKind.Length, ["米"] = UnitKind.Length, ["延米"] = UnitKind.Length,
        ["亩"] = UnitKind.Area, ["万亩"] = UnitKind.Area, ["平方米"] = UnitKind.Area, ["㎡"] = UnitKind.Area, ["公顷"] = UnitKind.Area, ["平方公里"] = UnitKind.Area,
        ["吨"] = UnitKind.Weight, ["千克"] = UnitKind.Weight, ["公斤"] = UnitKind.Weight, ["万吨"] = UnitKind.Weight,
        ["立方米"] = UnitKind.Volume, ["万立方米"] = UnitKind.Volume, ["m³"] = UnitKind.Volume,
        ["分"] = UnitKind.Score,
    };

    /// <summary>"元/人", "万元/公里" and the like are money per something.</summary>
    public static UnitKind KindOf(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return UnitKind.Unknown;
        }

        var u = unit.Trim();
        if (Known.TryGetValue(u, out var kind))
        {
            return kind;
        }

        var slash = u.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Known.TryGetValue(u[..slash], out var head) ? head : UnitKind.Unknown;
    }

    /// <summary>Units of whole things: a value of 2.5 人 cannot be.</summary>
    public static bool IsWholeCount(string? unit) => KindOf(unit) == UnitKind.Count && !(unit ?? string.Empty).Contains('/', StringComparison.Ordinal);
}
