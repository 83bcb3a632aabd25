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

    public static Result Validate(IReadOnlyList<IndicatorReport> rows, IReadOnlyDictionary<long, WarningLight> lights)
    {
        var problems = Check(rows, lights);
        return problems.Count == 0 ? Result.Success() : Error.Many($"监控表有 {problems.Count} 处需要补充：{problems[0]}", problems, "Indicators");
    }
}
