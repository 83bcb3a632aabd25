using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Label texts of the 项目支出绩效目标申报表 (财预〔2020〕10号 附件). The writer prints the canonical
/// spellings; the reader accepts the alternatives real forms use, compared after <see cref="LabelText.Normalize"/>.
/// </summary>
internal static class TargetFormLabels
{
    public const string Title = "项目支出绩效目标申报表";
    public const string Unit = "单位：万元";
    public const string ProjectName = "项目名称";
    public const string ProjectCode = "项目编码";
    public const string Department = "主管部门";
    public const string ImplementingUnit = "实施单位";
    public const string ProjectProperty = "项目属性";
    public const string ImplementationPeriod = "项目期";
    public const string Funds = "项目资金\n（万元）";
    public const string Total = "年度资金总额";
    public const string CurrentYear = "其中：当年财政拨款";
    public const string CarryOver = "上年结转";
    public const string Other = "其他资金";
    public const string GoalBlock = "总体目标";
    public const string LongTermGoal = "中长期目标";
    public const string AnnualGoal = "年度目标";
    public const string IndicatorBlock = "绩效指标";
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Name = "三级指标";
    public const string Value = "指标值";
    public const string Weight = "分值";
    public const string ValueSource = "指标值来源";
    public const string ScoringStandard = "评分标准";

    /// <summary>Header-block fields in the order they are looked up; each lists accepted labels, preferred first.</summary>
    public static readonly IReadOnlyList<(string Field, string[] Labels)> Fields =
    [
        ("ProjectName", ["项目名称"]),
        ("ProjectCode", ["项目编码", "项目代码", "项目编号"]),
        ("DepartmentName", ["主管部门", "主管部门及代码", "主管部门名称", "主管单位"]),
        ("ImplementingUnitName", ["实施单位", "项目实施单位", "实施单位名称"]),
        ("ProjectProperty", ["项目属性"]),
        ("ImplementationPeriod", ["项目期", "项目周期", "项目实施期", "实施期限", "项目起止时间"]),
        ("TotalWanYuan", ["年度资金总额", "资金总额", "项目资金总额"]),
        ("CurrentYearWanYuan", ["当年财政拨款", "财政拨款", "本年财政拨款"]),
        ("CarryOverWanYuan", ["上年结转", "上年结转资金"]),
        ("OtherWanYuan", ["其他资金"]),
        ("OverallGoal", ["中长期目标", "中长期绩效目标", "长期目标", "总体目标"]),
        ("AnnualGoal", ["年度目标", "年度绩效目标"]),
        ("ProjectManager", ["项目负责人", "负责人", "项目联系人"]),
    ];

    /// <summary>Indicator-table columns with the header texts accepted for each.</summary>
    public static readonly IReadOnlyList<(IndicatorColumn Column, string[] Headers)> Columns =
    [
        (IndicatorColumn.Level1, ["一级指标"]),
        (IndicatorColumn.Level2, ["二级指标"]),
        (IndicatorColumn.Name, ["三级指标", "三级指标名称"]),
        (IndicatorColumn.Value, ["指标值", "年度指标值"]),
        (IndicatorColumn.Weight, ["分值", "权重", "指标分值", "指标权重", "分值权重", "权重分值"]),
        (IndicatorColumn.ValueSource, ["指标值来源", "值来源", "指标来源", "数据来源"]),
        (IndicatorColumn.ScoringStandard, ["评分标准", "评分规则", "评分方法", "评分细则"]),
        (IndicatorColumn.Operator, ["指标性质", "计算符号", "比较符号", "符号", "指标方向"]),
        (IndicatorColumn.Unit, ["度量单位", "计量单位", "单位"]),
    ];

    private static readonly HashSet<string> KnownKeys = BuildKnownKeys();

    /// <summary>True when the cell text is itself one of the form's labels (so it is not a field's value).</summary>
    public static bool IsLabel(string text)
    {
        var key = LabelText.Normalize(text);
        if (KnownKeys.Contains(key))
        {
            return true;
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && KnownKeys.Contains(key[..colon]);
    }

    /// <summary>True when the normalised key is one of the form's labels.</summary>
    public static bool IsLabelKey(string key) => KnownKeys.Contains(key);

    private static HashSet<string> BuildKnownKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, labels) in Fields)
        {
            keys.UnionWith(labels.Select(LabelText.Normalize));
        }

        foreach (var (_, headers) in Columns)
        {
            keys.UnionWith(headers.Select(LabelText.Normalize));
        }

        string[] blocks = [Funds, GoalBlock, IndicatorBlock, "项目资金", "资金情况", "绩效目标", "年度绩效指标"];
        keys.UnionWith(blocks.Select(LabelText.Normalize));
        return keys;
    }
}
