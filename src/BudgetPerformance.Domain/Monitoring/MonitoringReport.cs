using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>完成目标可能性, as the 项目支出绩效目标执行监控表 asks it.</summary>
public enum AchievementLikelihood
{
    /// <summary>确定能</summary>
    Certain = 1,
    /// <summary>有可能</summary>
    Possible = 2,
    /// <summary>完全不可能</summary>
    Impossible = 3,
}

/// <summary>偏差原因: the causes the table lists (one or more).</summary>
[Flags]
public enum DeviationCause
{
    None = 0,
    /// <summary>经费保障</summary>
    Funding = 1,
    /// <summary>制度保障</summary>
    Rules = 2,
    /// <summary>人员保障</summary>
    Staffing = 4,
    /// <summary>硬件条件保障</summary>
    Facilities = 8,
    /// <summary>其他</summary>
    Other = 16,
}

/// <summary>One indicator row of a unit's monitoring table: progress to date, full-year forecast, likelihood, causes, measures.</summary>
public sealed record IndicatorReport(
    long IndicatorId, string Name, decimal? ProgressToDate, decimal? FullYearForecast, AchievementLikelihood? Likelihood,
    DeviationCause Causes, string? CauseNote, string? Measures);

/// <summary>
/// The rules of the 项目支出绩效目标执行监控表 a unit fills: every indicator says how likely its target is; where it is not
/// 确定能, or its light is not green, the unit must name the causes (其他 with a note) and the measures it takes.
/// </summary>
public static class MonitoringReportRules
{
    public const int MaxTextLength = 500;

    public static string Name(AchievementLikelihood likelihood) => likelihood switch
    {
        AchievementLikelihood.Certain => "确定能",
        AchievementLikelihood.Possible => "有可能",
        AchievementLikelihood.Impossible => "完全不可能",
        _ => likelihood.ToString(),
    };

    public static string Names(DeviationCause causes) => string.Join("、", new (DeviationCause Cause, string Name)[]
    {
        (DeviationCause.Funding, "经费保障"), (DeviationCause.Rules, "制度保障"), (DeviationCause.Staffing, "人员保障"),
        (DeviationCause.Facilities, "硬件条件保障"), (DeviationCause.Other, "其他"),
    }.Where(c => causes.HasFlag(c.Cause)).Select(c => c.Name));

    /// <summary>Every problem of the rows, each naming the indicator; <paramref name="lights"/> are the indicators' lights.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<IndicatorReport> rows, IReadOnlyDictionary<long, WarningLight> lights)
    {
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var at = $"指标“{row.Name}”";
            if (row.Likelihood is not { } likelihood || !Enum.IsDefined(likelihood))
            {
                problems.Add($"{at}：请选择完成目标可能性（确定能、有可能或完全不可能）。");
                continue;
            }

            if (row.ProgressToDate is < 0 || row.FullYearForecast is < 0)
            {
                problems.Add($"{at}：完成值和全年预计完成值不能为负数。");
            }

            if ((row.Causes & ~(DeviationCause.Funding | DeviationCause.Rules | DeviationCause.Staffing | DeviationCause.Facilities | DeviationCause.Other)) != 0)
            {
                problems.Add($"{at}：偏差原因只能是经费保障、制度保障、人员保障、硬件条件保障或其他。");
                continue;
            }

            if (row.CauseNote?.Length > MaxTextLength || row.Measures?.Length > MaxTextLength)
            {
                problems.Add($"{at}：偏差原因说明和改进措施各不超过 {MaxTextLength} 个字。");
            }

            var light = lights.GetValueOrDefault(row.IndicatorId, WarningLight.Green);
            if (likelihood == AchievementLikelihood.Certain && light == WarningLight.Green)
            {
                continue;
            }

            var why = likelihood != AchievementLikelihood.Certain ? $"完成目标可能性为“{Name(likelihood)}”" : $"预警为{WarningLights.Name(light)}";
            if (row.Causes == DeviationCause.None)
            {
                problems.Add($"{at}：{why}，请选择偏差原因。");
            }
            else if (row.Causes.HasFlag(DeviationCause.Other) && string.IsNullOrWhiteSpace(row.CauseNote))
            {
                problems.Add($"{at}：偏差原因选了“其他”，请写明原因。");
            }

            if (string.IsNullOrWhiteSpace(row.Measures))
            {
                problems.Add($"{at}：{why}，请填写改进措施。");
            }
        }

        return problems;
    }

    /// <summary>完成目标可能性 as written ("确定能", "能", "有可能", "可能", "完全不可能", "不可能"; traditional characters too); null when blank or unreadable.</summary>
    public static AchievementLikelihood? ReadLikelihood(string text) => Compact(text) switch
    {
        "确定能" or "確定能" or "能" or "确定" or "確定" or "肯定能" => AchievementLikelihood.Certain,
        "有可能" or "可能" or "可能能" => AchievementLikelihood.Possible,
        "完全不可能" or "不可能" or "不能" => AchievementLikelihood.Impossible,
        _ => null,
    };

    /// <summary>偏差原因 as written, separated by 、，,；; or spaces: the causes, or the words not known.</summary>
    public static (DeviationCause Causes, IReadOnlyList<string> Unknown) ReadCauses(string text)
    {
        var causes = DeviationCause.None;
        var unknown = new List<string>();
        foreach (var word in text.Split(['、', '，', ',', '；', ';', ' ', '/', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cause = Compact(word) switch
            {
                "经费保障" or "經費保障" or "经费" or "經費" or "资金保障" or "資金保障" or "资金" or "資金" => DeviationCause.Funding,
                "制度保障" or "制度" => DeviationCause.Rules,
                "人员保障" or "人員保障" or "人员" or "人員" => DeviationCause.Staffing,
                "硬件条件保障" or "硬件條件保障" or "硬件条件" or "硬件條件" or "硬件" => DeviationCause.Facilities,
                "其他" or "其它" => DeviationCause.Other,
                _ => DeviationCause.None,
            };
            if (cause == DeviationCause.None)
            {
                unknown.Add(word);
            }

            causes |= cause;
        }

        return (causes, unknown);
    }

    /// <summary>A qualitative indicator's state as written (达成 / 部分达成 / 未达成).</summary>
    public static QualitativeState? ReadState(string text) => Compact(text) switch
    {
        "达成" or "達成" or "已达成" or "已達成" or "完成" or "已完成" => QualitativeState.Achieved,
        "部分达成" or "部分達成" or "基本达成" or "基本達成" or "部分完成" or "基本完成" => QualitativeState.PartlyAchieved,
        "未达成" or "未達成" or "未完成" or "没有达成" => QualitativeState.NotAchieved,
        _ => null,
    };

    /// <summary>A reported value: digits (full-width too), thousands separators, and the indicator's unit or % after it.</summary>
    public static decimal? ReadNumber(string text, string? unit)
    {
        var t = new string([.. text.Trim().Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c)])
            .Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(unit) && t.EndsWith(unit, StringComparison.Ordinal))
        {
            t = t[..^unit.Length];
        }

        t = t.TrimEnd('%', '％').Trim();
        return decimal.TryParse(t, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < 1_000_000_000_000m ? value : null;
    }

    private static string Compact(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal).Trim();

    public static Result Validate(IReadOnlyList<IndicatorReport> rows, IReadOnlyDictionary<long, WarningLight> lights)
    {
        var problems = Check(rows, lights);
        return problems.Count == 0 ? Result.Success() : Error.Many($"监控表有 {problems.Count} 处需要补充：{problems[0]}", problems, "Indicators");
    }
}
