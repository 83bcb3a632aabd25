using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>A rule pack as the platform ships it: every section it carries, and the parent it inherits the rest from.</summary>
public sealed record ShippedPack(string Code, string Name, string Basis, string? ParentCode, TargetReviewSection? TargetReview, Monitoring.MonitoringSection? Monitoring = null);

/// <summary>
/// The rule packs the platform ships (DOMAIN.md §9). They are created on first start and changed only by upgrade
/// steps (a section migrated to a new schema, a new stage); regions derive their own copies to change numbers.
/// </summary>
public static class ShippedRulePacks
{
    public const string National = "national";
    public const string Sichuan = "sichuan";
    public const string Hubei = "hubei";
    public const string Atushi = "atushi-2018";
    public const string Jinan = "jinan-2022";

    /// <summary>全国默认: every setting stated, the base the others differ from.</summary>
    public static TargetReviewSection NationalTargetReview { get; } = new()
    {
        DefaultFramework = IndicatorFramework.Classic,
        MinLevel1Count = 3,
        MinLevel2Count = 4,
        MinLevel3Count = 6,
        MinQuantifiedShare = 0.5m,
        TotalWeight = 90m,
        MaxIndicatorNameLength = 100,
        MinAnnualGoalLength = 15,
        CopiedTextSimilarity = 0.9m,
        MaxPercent = 100m,
        CheckHollowBenefits = true,
        CheckCostDirection = true,
        CheckCopiedText = true,
        CheckAgainstLastYear = true,
        CheckUnitFit = true,
        RequireWeightsAtDeclaration = false,
        Level1Aliases = new Dictionary<string, string>
        {
            ["效果指标"] = "效益指标", ["成效指标"] = "效益指标", ["绩效效益指标"] = "效益指标", ["满意度"] = "满意度指标", ["服务对象满意度指标"] = "满意度指标",
            ["社会公众或服务对象满意度指标"] = "满意度指标", ["投入指标"] = "成本指标",
        },
        Level1Endings = new Dictionary<string, string>
        {
            ["实施指标"] = "产出指标", ["完成指标"] = "产出指标", ["产出类指标"] = "产出指标", ["成效指标"] = "效益指标", ["效果指标"] = "效益指标",
        },
        Level2Aliases = new Dictionary<string, string>
        {
            ["进度指标"] = "时效指标", ["时间指标"] = "时效指标", ["及时性指标"] = "时效指标", ["时限指标"] = "时效指标",
            ["满意度指标"] = "服务对象满意度指标", ["服务对象满意度"] = "服务对象满意度指标", ["群众满意度指标"] = "服务对象满意度指标",
            ["社会公众满意度指标"] = "服务对象满意度指标", ["受益对象满意度指标"] = "服务对象满意度指标",
            ["生态环境效益指标"] = "生态效益指标", ["可持续影响"] = "可持续影响指标", ["可持续发展指标"] = "可持续影响指标",
            ["经济效益"] = "经济效益指标", ["社会效益"] = "社会效益指标", ["生态效益"] = "生态效益指标",
        },
        LevelNameFillers = ["类", "情况", "值", "方面"],
        LowerIsBetterWords = ["发生率", "投诉率", "事故率", "差错率", "失误率", "故障率", "违规率", "发病率", "死亡率", "返工率", "空置率", "流失率", "不合格率", "超标率", "误差率", "拖欠率"],
        HigherIsBetterWords = ["受益人数", "受益人次", "培训人次", "培训人数", "服务人次", "服务人数", "参与人数", "覆盖人数", "就业人数", "救助人数", "接种人数"],
        CheckPlaceholders = true,
        CheckNameValueContradiction = true,
        CheckDirectionWords = true,
        CheckRateUnitKinds = true,
        CheckCostAsText = true,
        CheckRepeatedLevelNames = true,
        CheckSatisfactionPlacement = true,
        CheckRestatedQuantities = true,
        CheckMoneyConsistency = true,
        MoneyTolerance = 0.2m,
        CheckYesNoBenefits = true,
    };

    public static IReadOnlyList<ShippedPack> All { get; } =
    [
        new(National, "全国默认", "财预〔2020〕10号《项目支出绩效评价管理办法》；财预〔2021〕101号（成本指标）；平台默认审核阈值；运行监控按时间进度比预警", null, NationalTargetReview,
            Monitoring.ShippedMonitoring.National),
        new(Sichuan, "四川省", "四川省项目支出绩效自评：预算执行率 10 分 + 指标 90 分；事中监控固定节点（2025）", National,
            NationalTargetReview with { MinLevel3Count = 6, MinQuantifiedShare = 0.6m, TotalWeight = 90m }, Monitoring.ShippedMonitoring.Sichuan),
        new(Hubei, "湖北省", "湖北省项目支出绩效评价：预算执行率 20 分，指标 80 分；反向指标按 目标/实际 计分", National,
            NationalTargetReview with { TotalWeight = 80m }),
        new(Atushi, "阿图什市（种子规则）", "2018年阿图什市预算绩效工作开展情况说明：量化指标个数达70%以上，一级指标不低于3个、二级不低于5个、三级不低于7个", National,
            NationalTargetReview with { DefaultFramework = IndicatorFramework.Classic, MinLevel1Count = 3, MinLevel2Count = 5, MinLevel3Count = 7, MinQuantifiedShare = 0.7m }),
        new(Jinan, "金安区（种子规则）", "关于金安区 2022 年预算绩效工作开展情况：目标复审；按不低于 20% 的比例抽查复核", National,
            NationalTargetReview with { MinLevel2Count = 5, MinLevel3Count = 7, MinQuantifiedShare = 0.6m }),
    ];

    public static ShippedPack Get(string code) => All.Single(p => p.Code == code);

    /// <summary>The sections a shipped pack carries, at the current schemas (stages it does not carry are inherited from its parent).</summary>
    public static IReadOnlyDictionary<RuleStage, PackSection> CarriedSections(ShippedPack pack)
    {
        var sections = new Dictionary<RuleStage, PackSection>();
        if (pack.TargetReview is { } t)
        {
            sections[RuleStage.TargetReview] = PackSection.Carried(TargetReviewSectionDefinition.Instance.SchemaVersion, TargetReviewSectionDefinition.Instance.Write(t));
        }

        if (pack.Monitoring is { } m)
        {
            var definition = Monitoring.MonitoringSectionDefinition.Instance;
            sections[RuleStage.Monitoring] = PackSection.Carried(definition.SchemaVersion, definition.Write(m));
        }

        return sections;
    }
}
