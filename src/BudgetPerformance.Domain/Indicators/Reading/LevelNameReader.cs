using System.Text.RegularExpressions;

namespace BudgetPerformance.Domain.Indicators.Reading;

/// <summary>How level names are written in a region's tables, from the rule pack: aliases, fillers and endings.</summary>
public sealed record LevelNameRules(
    IReadOnlyDictionary<string, string> Level1Aliases,
    IReadOnlyDictionary<string, string> Level1Endings,
    IReadOnlyDictionary<string, string> Level2Aliases,
    IReadOnlyCollection<string> Fillers)
{
    public static readonly LevelNameRules None = new(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(), []);
}

/// <summary>A level name as read: the level, how it was read (when not as the standard name), or why it could not be.</summary>
public sealed record LevelReading<T>(T? Level, ReadingNote? Note, string? Refusal) where T : struct, Enum;

/// <summary>
/// Reads 一级 / 二级 indicator names as people write them: remarks and weight ranges in brackets are dropped
/// ("数量指标（必填）", "质量指标(20分)"), filler words go ("产出类指标", "数量指标情况"), the pack's aliases and
/// endings map variants ("效果指标" → 效益指标, "进度指标" → 时效指标, "……实施指标" → 产出指标). An unknown name is
/// refused with the nearest known name.
/// </summary>
public static partial class LevelNameReader
{
    public static LevelReading<Level1> Level1(string? written, IndicatorFramework framework, LevelNameRules rules)
    {
        var text = (written ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new(null, null, "一级指标为空");
        }

        var candidates = IndicatorFrameworks.Structure(framework).Keys.ToList();
        var (cleaned, found) = Clean<Level1>(text, rules, l => IndicatorFrameworks.ParseLevel1(l) is { } x && candidates.Contains(x) ? x : null);
        if (found is { } direct)
        {
            return new(direct, Note(text, IndicatorFrameworks.Name(direct), cleaned), null);
        }

        foreach (var (alias, standard) in rules.Level1Aliases)
        {
            if (Key(alias) == Key(cleaned) && IndicatorFrameworks.ParseLevel1(standard) is { } a && candidates.Contains(a))
            {
                return new(a, Note(text, IndicatorFrameworks.Name(a), alias), null);
            }
        }

        foreach (var (ending, standard) in rules.Level1Endings)
        {
            if (cleaned.EndsWith(Key(ending), StringComparison.Ordinal) && IndicatorFrameworks.ParseLevel1(standard) is { } e && candidates.Contains(e))
            {
                return new(e, new ReadingNote(ReadingNote.LevelAlias, $"一级指标“{text}”以“{ending}”结尾，按“{IndicatorFrameworks.Name(e)}”读取。"), null);
            }
        }

        var known = candidates.Select(IndicatorFrameworks.Name).Concat(rules.Level1Aliases.Keys).ToList();
        return new(null, null, $"一级指标“{text}”无法识别{Nearest(cleaned, known)}：应为{string.Join("、", candidates.Select(IndicatorFrameworks.Name))}");
    }

    public static LevelReading<Level2> Level2(string? written, IndicatorFramework framework, Level1 level1, LevelNameRules rules)
    {
        var text = (written ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new(null, null, "二级指标为空");
        }

        var (cleaned, found) = Clean<Level2>(text, rules, l => IndicatorFrameworks.ParseLevel2(framework, level1, l));
        if (found is { } direct)
        {
            return new(direct, Note(text, IndicatorFrameworks.Name(direct), cleaned), null);
        }

        foreach (var (alias, standard) in rules.Level2Aliases)
        {
            if (Key(alias) == Key(cleaned) && IndicatorFrameworks.ParseLevel2(framework, level1, standard) is { } a)
            {
                return new(a, Note(text, IndicatorFrameworks.Name(a), alias), null);
            }
        }

        var allowed = IndicatorFrameworks.Structure(framework).TryGetValue(level1, out var list) ? list.Select(IndicatorFrameworks.Name).ToList() : [];
        return new(null, null, $"二级指标“{text}”不属于“{IndicatorFrameworks.Name(level1)}”{Nearest(cleaned, allowed.Concat(rules.Level2Aliases.Keys).ToList())}：应为{string.Join("、", allowed)}");
    }

    /// <summary>Drops remarks and fillers step by step, stopping as soon as a step gives a known name.</summary>
    private static (string Cleaned, T? Found) Clean<T>(string text, LevelNameRules rules, Func<string, T?> parse) where T : struct
    {
        var key = Key(text);
        if (parse(key) is { } plain)
        {
            return (key, plain);
        }

        key = Key(Remarks().Replace(text, string.Empty));
        key = TrailingWeight().Replace(key, string.Empty);
        if (parse(key) is { } withoutRemarks)
        {
            return (key, withoutRemarks);
        }

        foreach (var filler in rules.Fillers.Where(f => f.Length > 0))
        {
            key = key.Replace(filler + "指标", "指标", StringComparison.Ordinal);
            if (key.EndsWith(filler, StringComparison.Ordinal))
            {
                key = key[..^filler.Length];
            }
        }

        return (key, parse(key));
    }

    private static ReadingNote? Note(string written, string standard, string how) =>
        Key(written) == Key(standard) || Key(written) + "指标" == Key(standard)
            ? null
            : new ReadingNote(ReadingNote.LevelAlias, $"“{written}”按“{standard}”读取。");

    private static string Key(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());

    /// <summary>"，最接近的是“产出指标”" when some known name is close.</summary>
    private static string Nearest(string written, IReadOnlyList<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Distance(written, Key(k)))).OrderBy(x => x.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, written.Length / 2) ? $"（最接近的是“{best.Name}”）" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"[（(【\[].*?[）)】\]]")]
    private static partial Regex Remarks();

    [GeneratedRegex(@"\d+(\.\d+)?(-\d+(\.\d+)?)?分$")]
    private static partial Regex TrailingWeight();
}
