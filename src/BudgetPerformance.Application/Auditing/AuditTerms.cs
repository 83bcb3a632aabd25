namespace BudgetPerformance.Application.Auditing;

/// <summary>Chinese names of the audited record types.</summary>
public static class AuditTerms
{
    public static string EntityName(string entityType) => entityType switch
    {
        "Region" => "行政区划",
        "Organization" => "单位",
        "User" => "用户",
        "Expert" => "专家",
        "FiscalYear" => "预算年度",
        "Project" => "项目",
        "Policy" => "政策",
        "DepartmentBudget" => "部门整体预算",
        "Dataset" => "数据集",
        "PerformanceTarget" => "绩效目标",
        "TargetIndicator" => "绩效指标",
        "TargetReviewStep" => "审核记录",
        "LibraryIndicator" => "指标库指标",
        "IndicatorLibrary" => "指标库",
        "RulePack" => "规则方案",
        "RulePackAssignment" => "规则方案适用范围",
        _ => entityType,
    };
}
