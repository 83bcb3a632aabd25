namespace BudgetPerformance.Domain.Targets;

/// <summary>One difference between two versions of a target.</summary>
public sealed record TargetChange(string What, string? Before, string? After);

/// <summary>Compares two versions of a target: goals, and indicators matched by name.</summary>
public static class TargetDiff
{
    public static IReadOnlyList<TargetChange> Compare(PerformanceTarget before, PerformanceTarget after)
    {
        var changes = new List<TargetChange>();
        if (before.OverallGoal != after.OverallGoal)
        {
            changes.Add(new("中长期目标", before.OverallGoal, after.OverallGoal));
        }

        if (before.AnnualGoal != after.AnnualGoal)
        {
            changes.Add(new("年度目标", before.AnnualGoal, after.AnnualGoal));
        }

        var old = before.Indicators.ToDictionary(i => i.Name);
        var now = after.Indicators.ToDictionary(i => i.Name);
        foreach (var i in before.Indicators.Where(i => !now.ContainsKey(i.Name)))
        {
            changes.Add(new($"删除指标“{i.Name}”", Describe(i), null));
        }

        foreach (var i in after.Indicators)
        {
            if (!old.TryGetValue(i.Name, out var o))
            {
                changes.Add(new($"新增指标“{i.Name}”", null, Describe(i)));
            }
            else if (Describe(o) != Describe(i))
            {
                changes.Add(new($"修改指标“{i.Name}”", Describe(o), Describe(i)));
            }
        }

        return changes;
    }

    private static string Describe(TargetIndicator i) =>
        $"{Indicators.IndicatorFrameworks.Name(i.Level1)}/{Indicators.IndicatorFrameworks.Name(i.Level2)}：{i.Value}，{i.Weight:0.##} 分";
}
