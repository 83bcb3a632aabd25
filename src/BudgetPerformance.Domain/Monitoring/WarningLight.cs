namespace BudgetPerformance.Domain.Monitoring;

/// <summary>预警灯, in rising severity: a project takes its worst light.</summary>
public enum WarningLight
{
    /// <summary>绿灯: on track.</summary>
    Green = 1,
    /// <summary>蓝灯: well ahead of its target (was the target set too low?).</summary>
    Blue = 2,
    /// <summary>未填报: the data needed to judge is missing.</summary>
    Missing = 3,
    /// <summary>黄灯: behind; watch.</summary>
    Yellow = 4,
    /// <summary>红灯: seriously behind; the unit must dispose (继续执行 / 调剂 / 取消).</summary>
    Red = 5,
}

public static class WarningLights
{
    public static string Name(WarningLight light) => light switch
    {
        WarningLight.Green => "绿灯",
        WarningLight.Blue => "蓝灯",
        WarningLight.Missing => "未填报",
        WarningLight.Yellow => "黄灯",
        WarningLight.Red => "红灯",
        _ => light.ToString(),
    };

    public static WarningLight Worst(IEnumerable<WarningLight> lights) => lights.DefaultIfEmpty(WarningLight.Green).Max();
}
