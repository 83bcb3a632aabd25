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
        "DeclaredRelation" => "利害关系申报",
        "OrganizationWorkbook" => "单位库工作簿",
        "ExecutionBatch" => "预算执行数据批次",
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
        "RuleOutcome" => "规则结果",
        "Request" => "请求",
        "TargetWorkbook" => "申报表工作簿",
        "AuditRecord" => "审计记录",
        _ => entityType,
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Name"] = "名称", ["Code"] = "编码", ["Status"] = "状态", ["Revision"] = "修订号", ["Version"] = "版本",
        ["AnnualGoal"] = "年度目标", ["OverallGoal"] = "总体目标", ["Framework"] = "指标体系", ["SubjectName"] = "对象",
        ["UserName"] = "用户名", ["DisplayName"] = "姓名", ["Roles"] = "角色", ["OrganizationId"] = "所属单位编号", ["IsActive"] = "是否启用",
        ["LockedUntil"] = "锁定至", ["FailedLoginCount"] = "连续失败次数", ["LastLoginAt"] = "最近登录", ["PasswordHash"] = "密码", ["SecurityStamp"] = "会话标记",
        ["Value"] = "指标值", ["Weight"] = "分值", ["Level1"] = "一级指标", ["Level2"] = "二级指标", ["Unit"] = "计量单位", ["ScoringStandard"] = "评分标准",
        ["Comment"] = "意见", ["Grade"] = "评级", ["Action"] = "动作", ["UpdatedAt"] = "修改时间", ["CreatedAt"] = "创建时间", ["LibraryStatus"] = "入库状态",
        ["AdjustedTotalFen"] = "调整后预算（分）", ["说明"] = "说明",
        ["Kind"] = "类型", ["ParentId"] = "上级单位编号", ["Sector"] = "行业领域", ["RegionId"] = "行政区划编号", ["ContactPerson"] = "联系人",
        ["ContactPhone"] = "联系电话", ["Qualification"] = "资质和业务范围", ["IsClosed"] = "是否撤销", ["ClosedAt"] = "撤销时间", ["ClosedReason"] = "撤销原因",
        ["Specialty"] = "专业领域", ["Title"] = "职称", ["Employer"] = "工作单位", ["EmployerOrganizationId"] = "工作单位编号", ["Phone"] = "联系电话",
        ["PoolId"] = "专家库编号", ["PartyKind"] = "申报人类型", ["PartyId"] = "申报人编号", ["Note"] = "说明", ["DeclaredAt"] = "申报时间",
        ["WithdrawnAt"] = "撤回时间", ["WithdrawnReason"] = "撤回原因", ["DeclaredByUserId"] = "申报操作人编号", ["DepartmentId"] = "主管部门编号",
    };

    /// <summary>A field of an audited record by its Chinese name (the stored JSON keeps the code's name).</summary>
    public static string FieldName(string field) => Fields.TryGetValue(field, out var name) ? name : field;

    /// <summary>
    /// A record's before/after JSON as people read it: “字段：值” per line, Chinese field names, times in 北京时间.
    /// Text that is not a JSON object is shown as it is.
    /// </summary>
    public static string Readable(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return string.Empty;
        }

        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return json;
            }

            return string.Join("\n", doc.RootElement.EnumerateObject().Select(p => $"{FieldName(p.Name)}：{Value(p.Value)}"));
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }
    }

    private static string Value(System.Text.Json.JsonElement v) => v.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String when v.TryGetDateTime(out var at) && v.GetString()!.Length >= 19 =>
            Domain.Common.BeijingTime.FormatSeconds(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)) + "（北京时间）",
        System.Text.Json.JsonValueKind.String => v.GetString()!,
        System.Text.Json.JsonValueKind.True => "是",
        System.Text.Json.JsonValueKind.False => "否",
        System.Text.Json.JsonValueKind.Null => "（空）",
        _ => v.GetRawText(),
    };
}
