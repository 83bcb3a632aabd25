namespace BudgetPerformance.Domain.Targets;

/// <summary>What a performance target is set for.</summary>
public enum TargetSubjectKind
{
    /// <summary>项目</summary>
    Project = 1,
    /// <summary>政策</summary>
    Policy = 2,
    /// <summary>部门整体</summary>
    DepartmentOverall = 3,
}

/// <summary>Where a target stands in 申报 → 审核 → 批复 → 公开.</summary>
public enum TargetStatus
{
    /// <summary>草稿: the unit is declaring.</summary>
    Draft = 1,
    /// <summary>已提交: waiting for the 主管部门.</summary>
    Submitted = 2,
    /// <summary>主管部门已审核: waiting for the finance bureau.</summary>
    DepartmentApproved = 3,
    /// <summary>协商完善 (finance grade 良): the unit refines as agreed; finance confirms.</summary>
    Refining = 4,
    /// <summary>已退回: revise and resubmit (a return by the department, or finance grade 中).</summary>
    Returned = 5,
    /// <summary>审核不通过 (finance grade 差): no budget this year.</summary>
    Rejected = 6,
    /// <summary>审核通过: ready to be approved with the budget.</summary>
    ReviewPassed = 7,
    /// <summary>已批复: approved together with the budget.</summary>
    Approved = 8,
    /// <summary>已公开</summary>
    Published = 9,
    /// <summary>已被调整后的新版本取代</summary>
    Superseded = 10,
}

/// <summary>Finance review grade (优/良/中/差).</summary>
public enum ReviewGrade
{
    /// <summary>优: proceeds.</summary>
    Excellent = 1,
    /// <summary>良: refined by agreement.</summary>
    Good = 2,
    /// <summary>中: returned for revision.</summary>
    Fair = 3,
    /// <summary>差: blocked.</summary>
    Poor = 4,
}

/// <summary>The four dimensions of 绩效目标审核.</summary>
public enum ReviewDimension
{
    /// <summary>完整性</summary>
    Completeness = 1,
    /// <summary>相关性</summary>
    Relevance = 2,
    /// <summary>适当性</summary>
    Appropriateness = 3,
    /// <summary>可行性</summary>
    Feasibility = 4,
}

/// <summary>How serious an automatic review finding is.</summary>
public enum FindingSeverity
{
    /// <summary>提示</summary>
    Info = 1,
    /// <summary>警告: the reviewer should look; does not block submission.</summary>
    Warning = 2,
    /// <summary>错误: must be fixed before submitting.</summary>
    Error = 3,
}

/// <summary>Chinese names of the target vocabulary.</summary>
public static class TargetTerms
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Draft => "草稿",
        TargetStatus.Submitted => "待主管部门审核",
        TargetStatus.DepartmentApproved => "待财政审核",
        TargetStatus.Refining => "协商完善中",
        TargetStatus.Returned => "已退回",
        TargetStatus.Rejected => "审核不通过",
        TargetStatus.ReviewPassed => "审核通过（待批复）",
        TargetStatus.Approved => "已批复",
        TargetStatus.Published => "已公开",
        TargetStatus.Superseded => "已被调整版本取代",
        _ => status.ToString(),
    };

    public static string Of(ReviewGrade grade) => grade switch
    {
        ReviewGrade.Excellent => "优",
        ReviewGrade.Good => "良",
        ReviewGrade.Fair => "中",
        ReviewGrade.Poor => "差",
        _ => grade.ToString(),
    };

    public static string Of(ReviewDimension dimension) => dimension switch
    {
        ReviewDimension.Completeness => "完整性",
        ReviewDimension.Relevance => "相关性",
        ReviewDimension.Appropriateness => "适当性",
        ReviewDimension.Feasibility => "可行性",
        _ => dimension.ToString(),
    };

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "提示",
        FindingSeverity.Warning => "警告",
        FindingSeverity.Error => "错误",
        _ => severity.ToString(),
    };

    public static string Of(TargetSubjectKind kind) => kind switch
    {
        TargetSubjectKind.Project => "项目",
        TargetSubjectKind.Policy => "政策",
        TargetSubjectKind.DepartmentOverall => "部门整体",
        _ => kind.ToString(),
    };
}
