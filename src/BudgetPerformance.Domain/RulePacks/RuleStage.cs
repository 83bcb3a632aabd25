namespace BudgetPerformance.Domain.RulePacks;

/// <summary>The lifecycle stages whose rules a pack configures, one section each (DOMAIN.md §9).</summary>
public enum RuleStage
{
    /// <summary>绩效目标审核</summary>
    TargetReview = 1,
    /// <summary>运行监控</summary>
    Monitoring = 2,
    /// <summary>绩效评价</summary>
    Evaluation = 3,
    /// <summary>结果应用</summary>
    Results = 4,
    /// <summary>事前绩效评估</summary>
    ExAnte = 5,
    /// <summary>工作考核</summary>
    WorkAssessment = 6,
}

public static class RuleStages
{
    public static string Name(RuleStage stage) => stage switch
    {
        RuleStage.TargetReview => "绩效目标审核",
        RuleStage.Monitoring => "运行监控",
        RuleStage.Evaluation => "绩效评价",
        RuleStage.Results => "结果应用",
        RuleStage.ExAnte => "事前绩效评估",
        RuleStage.WorkAssessment => "工作考核",
        _ => stage.ToString(),
    };
}
