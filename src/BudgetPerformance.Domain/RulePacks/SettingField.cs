using System.Globalization;
using System.Text.Json.Nodes;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>How a setting is entered and shown.</summary>
public enum SettingKind
{
    /// <summary>A whole number.</summary>
    Integer = 1,
    /// <summary>A number with decimals.</summary>
    Decimal = 2,
    /// <summary>A share 0–1, shown as a percentage.</summary>
    Share = 3,
    /// <summary>On or off.</summary>
    Boolean = 4,
    /// <summary>One of a list of coded values.</summary>
    Choice = 5,
    /// <summary>A list of words.</summary>
    Words = 6,
    /// <summary>A table of text pairs (a name as written → the standard name).</summary>
    Mapping = 7,
    /// <summary>A table of months (1–12) → a share 0–1, e.g. the least execution rate at the end of each checkpoint month.</summary>
    MonthShares = 8,
}

/// <summary>One choice of a <see cref="SettingKind.Choice"/> setting.</summary>
public sealed record SettingChoice(int Value, string Label);

/// <summary>
/// One setting of a section: its JSON name, what users read (label, meaning, unit), and the range it must lie in.
/// The section's editor, its validation, its display and the diff between versions are all driven by these rows.
/// </summary>
public sealed record SettingField(string Name, string Label, string Meaning, SettingKind Kind, decimal? Min = null, decimal? Max = null, string? Unit = null)
{
    public IReadOnlyList<SettingChoice> Choices { get; init; } = [];

    /// <summary>Longest entry of a word list or mapping, and most entries.</summary>
    public int MaxItems { get; init; } = 200;

    public int MaxItemLength { get; init; } = 40;

    /// <summary>Checks one JSON value against the kind and range; null when it is fine.</summary>
    public string? Check(JsonNode? node)
    {
        switch (Kind)
        {
            case SettingKind.Boolean:
                return node is JsonValue b && b.TryGetValue<bool>(out _) ? null : $"“{Label}”应为 是 或 否（true/false）。";
            case SettingKind.Integer or SettingKind.Choice:
                if (node is not JsonValue iv || !TryDecimal(iv, out var i) || i != decimal.Truncate(i))
                {
                    return $"“{Label}”应为整数。";
                }

                if (Kind == SettingKind.Choice && Choices.All(c => c.Value != i))
                {
                    return $"“{Label}”应为：{string.Join("、", Choices.Select(c => $"{c.Value}（{c.Label}）"))}。";
                }

                return Range(i);
            case SettingKind.Decimal or SettingKind.Share:
                return node is JsonValue dv && TryDecimal(dv, out var d) ? Range(d) : $"“{Label}”应为数字。";
            case SettingKind.Words:
                if (node is not JsonArray words || words.Any(w => w is not JsonValue wv || !wv.TryGetValue<string>(out _)))
                {
                    return $"“{Label}”应为文字列表。";
                }

                return Items(words.Select(w => w!.GetValue<string>()));
            case SettingKind.Mapping:
                if (node is not JsonObject map || map.Any(p => p.Value is not JsonValue mv || !mv.TryGetValue<string>(out _)))
                {
                    return $"“{Label}”应为“写法 → 标准名称”的对照表。";
                }

                return Items(map.Select(p => p.Key).Concat(map.Select(p => p.Value!.GetValue<string>())), map.Count);
            case SettingKind.MonthShares:
                if (node is not JsonObject months || months.Count > 12)
                {
                    return $"“{Label}”应为“月份 → 比例”的对照表（至多 12 项）。";
                }

                foreach (var (key, value) in months)
                {
                    if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
                    {
                        return $"“{Label}”中的“{key}”不是 1–12 的月份。";
                    }

                    if (value is not JsonValue share || !TryDecimal(share, out var rate) || rate is < 0 or > 1)
                    {
                        return $"“{Label}”中 {month} 月的比例应在 0% 至 100% 之间。";
                    }
                }

                return null;
            default:
                return $"“{Label}”的类型未知。";
        }
    }

    /// <summary>The value as users read it: "70%", "开启", "7 个", a choice's label, a list joined by 、.</summary>
    public string Display(JsonNode? node)
    {
        if (node is null)
        {
            return "—";
        }

        return Kind switch
        {
            SettingKind.Boolean => node.GetValue<bool>() ? "开启" : "关闭",
            SettingKind.Share => (Number(node) * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
            SettingKind.Choice => Choices.FirstOrDefault(c => c.Value == (int)Number(node))?.Label ?? node.ToJsonString(),
            SettingKind.Words => node is JsonArray a && a.Count > 0 ? string.Join("、", a.Select(x => x!.GetValue<string>())) : "（无）",
            SettingKind.Mapping => node is JsonObject m && m.Count > 0 ? string.Join("；", m.Select(p => $"{p.Key} → {p.Value!.GetValue<string>()}")) : "（无）",
            SettingKind.MonthShares => node is JsonObject ms && ms.Count > 0
                ? string.Join("；", ms.OrderBy(p => int.TryParse(p.Key, CultureInfo.InvariantCulture, out var k) ? k : 99)
                    .Select(p => $"{p.Key} 月末 {(Number(p.Value!) * 100).ToString("0.##", CultureInfo.InvariantCulture)}%"))
                : "（无）",
            _ => Number(node).ToString("0.####", CultureInfo.InvariantCulture) + (Unit is null ? string.Empty : " " + Unit),
        };
    }

    private string? Range(decimal value)
    {
        var shown = Kind == SettingKind.Share ? (Func<decimal, string>)(v => (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%") : v => v.ToString("0.####", CultureInfo.InvariantCulture);
        if (Min is { } min && value < min || Max is { } max && value > max)
        {
            return $"“{Label}”应在 {shown(Min ?? value)} 至 {shown(Max ?? value)} 之间，实为 {shown(value)}。";
        }

        return null;
    }

    private string? Items(IEnumerable<string> items, int? count = null)
    {
        var list = items.ToList();
        if ((count ?? list.Count) > MaxItems)
        {
            return $"“{Label}”最多 {MaxItems} 项。";
        }

        var bad = list.FirstOrDefault(s => string.IsNullOrWhiteSpace(s) || s.Length > MaxItemLength);
        return bad is null ? null : $"“{Label}”中的每一项须为 1–{MaxItemLength} 个字（“{bad}”不符合）。";
    }

    private static decimal Number(JsonNode node) => TryDecimal(node.AsValue(), out var d) ? d : 0;

    /// <summary>Any JSON number (parsed, or created from an int, long, double or decimal), read exactly.</summary>
    private static bool TryDecimal(JsonValue v, out decimal d)
    {
        d = 0;
        return v.GetValueKind() == System.Text.Json.JsonValueKind.Number
               && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d);
    }
}

/// <summary>One setting that differs between two versions of a section.</summary>
public sealed record SettingChange(string Name, string Label, string Before, string After);
