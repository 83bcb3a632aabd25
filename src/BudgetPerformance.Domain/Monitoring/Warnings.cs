using System.Globalization;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>One rule's verdict on one project or indicator, with its inputs and arithmetic as the user reads them.</summary>
public sealed record WarningFinding(string RuleCode, string RuleName, WarningLight Light, string Subject, string Arithmetic);

/// <summary>A project's warning: its worst light, every finding, and whether the unit must dispose of it.</summary>
public sealed record ProjectWarning(long ProjectId, WarningLight Light, IReadOnlyList<WarningFinding> Findings)
{
    /// <summary>A red project goes back to its unit: 继续执行 (with measures), 调剂 or 取消, within the pack's deadline.</summary>
    public bool NeedsDisposal => Light == WarningLight.Red;
}

/// <summary>
/// 双监控 warning rules (DOMAIN.md §5) as one pure function over a project's snapshot and the pack's monitoring section.
/// Each rule is a row: code, name, and a check that returns findings. Zero budgets, zero or missing targets, missing
/// data and over-execution each get a finding that says so — never a division by zero.
/// </summary>
public static class Warnings
{
    public sealed record Rule(string Code, string Name, Func<ExecutionSnapshot, MonitoringSection, IEnumerable<WarningFinding>> Check);

    public static IReadOnlyList<Rule> Rules { get; } =
    [
        new("W01", "预算执行进度（对时间进度）", ExecutionToTime),
        new("W02", "绩效指标完成进度", IndicatorProgress),
        new("W03", "固定节点预算执行率", Checkpoint),
        new("W04", "目标完成进度与预算执行进度偏离", ProgressGap),
        new("W05", "重点项目执行进度", KeyProject),
        new("W06", "超预算执行", OverExecution),
    ];

    public static ProjectWarning Evaluate(ExecutionSnapshot snapshot, MonitoringSection section)
    {
        if (snapshot.Month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(snapshot), snapshot.Month, "监控月份应为 1–12。");
        }

        var findings = Rules.SelectMany(r => r.Check(snapshot, section)).ToList();
        return new ProjectWarning(snapshot.ProjectId, WarningLights.Worst(findings.Select(f => f.Light)), findings);
    }

    private static IEnumerable<WarningFinding> ExecutionToTime(ExecutionSnapshot s, MonitoringSection m)
    {
        if (!m.UseTimeRatio)
        {
            yield break;
        }

        if (ExecutionProblem(s, "W01", "预算执行进度（对时间进度）") is { } problem)
        {
            yield return problem;
            yield break;
        }

        var rate = Rate(s);
        var ratio = rate / s.TimeProgress;
        var light = ratio < m.ExecutionRedBelow ? WarningLight.Red : ratio < m.ExecutionYellowBelow ? WarningLight.Yellow : WarningLight.Green;
        yield return new("W01", "预算执行进度（对时间进度）", light, s.ProjectName,
            $"执行率 {Percent(rate)} ÷ 时间进度 {Percent(s.TimeProgress)} = {Percent(ratio)} {Compare(ratio, m.ExecutionRedBelow, m.ExecutionYellowBelow)} → {WarningLights.Name(light)}");
    }

    private static IEnumerable<WarningFinding> IndicatorProgress(ExecutionSnapshot s, MonitoringSection m)
    {
        if (!m.UseTimeRatio)
        {
            yield break;
        }

        foreach (var indicator in s.Indicators)
        {
            yield return JudgeIndicator(indicator, s, m);
        }
    }

    /// <summary>One indicator's W02 finding (its light and arithmetic); the monitoring form asks it row by row.</summary>
    public static WarningFinding JudgeIndicator(IndicatorProgress i, ExecutionSnapshot s, MonitoringSection m)
    {
        if (!m.UseTimeRatio)
        {
            return new("W02", "绩效指标完成进度", WarningLight.Green, i.Name, "本方案不按时间进度判断指标");
        }

        return Judge(i, s, m);
    }

    private static WarningFinding Judge(IndicatorProgress i, ExecutionSnapshot s, MonitoringSection m)
    {
        const string code = "W02";
        const string name = "绩效指标完成进度";
        var unit = i.Unit ?? string.Empty;
        switch (i.Direction)
        {
            case ProgressDirection.Qualitative:
                return i.State switch
                {
                    QualitativeState.Achieved => new(code, name, WarningLight.Green, i.Name, "定性指标：达成 → 绿灯"),
                    QualitativeState.PartlyAchieved => new(code, name, WarningLight.Yellow, i.Name, "定性指标：部分达成 → 黄灯"),
                    QualitativeState.NotAchieved => new(code, name, WarningLight.Red, i.Name, "定性指标：未达成 → 红灯"),
                    _ => new(code, name, WarningLight.Missing, i.Name, "定性指标未填报完成情况"),
                };
            case ProgressDirection.NoneAllowed:
                return i.Progress is not { } happened
                    ? new(code, name, WarningLight.Missing, i.Name, "未填报进度")
                    : happened == 0
                        ? new(code, name, WarningLight.Green, i.Name, $"目标 = 0{unit}，实际 0{unit} → 绿灯")
                        : new(code, name, WarningLight.Red, i.Name, $"目标 = 0{unit}（不允许发生），实际 {Number(happened)}{unit} → 红灯");
            case ProgressDirection.Reverse:
                if (i.Progress is not { } actual || i.Target is not { } ceiling)
                {
                    return new(code, name, WarningLight.Missing, i.Name, i.Target is null ? "未设目标值，无法判断" : "未填报进度");
                }

                return actual <= ceiling
                    ? new(code, name, WarningLight.Green, i.Name, $"实际 {Number(actual)}{unit} ≤ 目标 {Number(ceiling)}{unit} → 绿灯")
                    : new(code, name, WarningLight.Red, i.Name, $"实际 {Number(actual)}{unit} > 目标 {Number(ceiling)}{unit} → 红灯");
            default:
                if (i.Target is not { } target || target <= 0)
                {
                    return new(code, name, WarningLight.Missing, i.Name, i.Target is { } zero ? $"目标值为 {Number(zero)}{unit}，无法按进度比判断" : "未设目标值，无法按进度判断");
                }

                if (i.Progress is not { } progress)
                {
                    return new(code, name, WarningLight.Missing, i.Name, "未填报进度");
                }

                var ratio = progress / (target * s.TimeProgress);
                var light = ratio < m.IndicatorRedBelow ? WarningLight.Red
                    : ratio < m.IndicatorYellowBelow ? WarningLight.Yellow
                    : ratio < m.IndicatorBlueFrom ? WarningLight.Green
                    : WarningLight.Blue;
                var verdict = light switch
                {
                    WarningLight.Red => $"< {Percent(m.IndicatorRedBelow)}",
                    WarningLight.Yellow => $"在 {Percent(m.IndicatorRedBelow)}–{Percent(m.IndicatorYellowBelow)} 之间",
                    WarningLight.Green => $"在 {Percent(m.IndicatorYellowBelow)}–{Percent(m.IndicatorBlueFrom)} 之间",
                    _ => $"≥ {Percent(m.IndicatorBlueFrom)}",
                };
                return new(code, name, light, i.Name,
                    $"完成 {Number(progress)}{unit} ÷（目标 {Number(target)}{unit} × 时间进度 {Percent(s.TimeProgress)}）= {Percent(ratio)} {verdict} → {WarningLights.Name(light)}");
        }
    }

    private static IEnumerable<WarningFinding> Checkpoint(ExecutionSnapshot s, MonitoringSection m)
    {
        // The latest checkpoint reached by the end of the month applies until the next one.
        var reached = m.Checkpoints.Where(c => c.Key <= s.Month).OrderByDescending(c => c.Key).Select(c => (int?)c.Key).FirstOrDefault();
        if (!m.UseCheckpoints || reached is not { } month)
        {
            yield break;
        }

        if (ExecutionProblem(s, "W03", "固定节点预算执行率") is { } problem)
        {
            yield return problem;
            yield break;
        }

        var least = m.Checkpoints[month];
        var rate = Rate(s);
        var light = rate < least ? WarningLight.Red : WarningLight.Green;
        yield return new("W03", "固定节点预算执行率", light, s.ProjectName,
            $"{month} 月末累计执行率 {Percent(rate)} {(rate < least ? "<" : "≥")} {Percent(least)} → {WarningLights.Name(light)}");
    }

    private static IEnumerable<WarningFinding> ProgressGap(ExecutionSnapshot s, MonitoringSection m)
    {
        if (m.MaxProgressGapPoints <= 0 || s.BudgetFen <= 0 || s.ExecutedFen is null)
        {
            yield break;
        }

        // 目标完成进度: the mean share of each quantified positive target reached so far (capped at 100%).
        var shares = s.Indicators
            .Where(i => i.Direction == ProgressDirection.Positive && i.Target > 0 && i.Progress is not null)
            .Select(i => Math.Min(1m, i.Progress!.Value / i.Target!.Value))
            .ToList();
        if (shares.Count == 0)
        {
            yield break;
        }

        var progress = shares.Average();
        var rate = Rate(s);
        var gap = Math.Abs(progress - rate) * 100m;
        // 四川: a gap beyond the limit sends the project back to its unit like a missed checkpoint.
        var light = gap > m.MaxProgressGapPoints ? WarningLight.Red : WarningLight.Green;
        yield return new("W04", "目标完成进度与预算执行进度偏离", light, s.ProjectName,
            $"目标完成进度 {Percent(progress)}（{shares.Count} 个指标平均）与执行率 {Percent(rate)} 相差 {Number(gap)} 个百分点 {(gap > m.MaxProgressGapPoints ? ">" : "≤")} {Number(m.MaxProgressGapPoints)} → {WarningLights.Name(light)}");
    }

    private static IEnumerable<WarningFinding> KeyProject(ExecutionSnapshot s, MonitoringSection m)
    {
        if (!m.UseKeyProjectTrigger || !m.IsKeyProject(s.BudgetFen) || s.Month < m.KeyProjectFromMonth)
        {
            yield break;
        }

        if (ExecutionProblem(s, "W05", "重点项目执行进度") is { } problem)
        {
            yield return problem;
            yield break;
        }

        var rate = Rate(s);
        var light = rate < m.KeyProjectExecutionBelow ? WarningLight.Red : WarningLight.Green;
        yield return new("W05", "重点项目执行进度", light, s.ProjectName,
            $"预算 {new Money(s.BudgetFen).ToWanYuanString()} 万元 ≥ {Number(m.KeyProjectMinBudgetWanYuan)} 万元，{s.Month} 月末执行率 {Percent(rate)} {(rate < m.KeyProjectExecutionBelow ? "<" : "≥")} {Percent(m.KeyProjectExecutionBelow)} → {WarningLights.Name(light)}");
    }

    private static IEnumerable<WarningFinding> OverExecution(ExecutionSnapshot s, MonitoringSection m)
    {
        if (s.ExecutedFen is { } executed && s.BudgetFen > 0 && executed > s.BudgetFen)
        {
            yield return new("W06", "超预算执行", WarningLight.Red, s.ProjectName,
                $"累计执行 {new Money(executed).ToWanYuanString()} 万元 > 全年预算 {new Money(s.BudgetFen).ToWanYuanString()} 万元 → 红灯");
        }
    }

    /// <summary>A snapshot whose execution cannot be put in a ratio: no data, or no budget.</summary>
    private static WarningFinding? ExecutionProblem(ExecutionSnapshot s, string code, string name)
    {
        if (s.ExecutedFen is not { } executed)
        {
            return new(code, name, WarningLight.Missing, s.ProjectName, $"{s.Month} 月末尚无预算执行数据");
        }

        if (s.BudgetFen <= 0)
        {
            return executed > 0
                ? new(code, name, WarningLight.Red, s.ProjectName, $"全年预算为 0，却已支出 {new Money(executed).ToWanYuanString()} 万元 → 红灯")
                : new(code, name, WarningLight.Green, s.ProjectName, "全年预算为 0、尚无支出，不计算执行率");
        }

        return null;
    }

    private static decimal Rate(ExecutionSnapshot s) => (decimal)s.ExecutedFen!.Value / s.BudgetFen;

    private static string Compare(decimal ratio, decimal red, decimal yellow) =>
        ratio < red ? $"< {Percent(red)}" : ratio < yellow ? $"在 {Percent(red)}–{Percent(yellow)} 之间" : $"≥ {Percent(yellow)}";

    /// <summary>A share as a percentage with up to two decimals (59.99%, 60%, 66.67%).</summary>
    public static string Percent(decimal share) => (Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero)).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
