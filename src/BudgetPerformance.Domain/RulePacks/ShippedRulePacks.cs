using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>The rule packs the platform ships (DOMAIN.md §9). Provinces revise them as new versions.</summary>
public static class ShippedRulePacks
{
    public const string National = "national";
    public const string Sichuan = "sichuan";
    public const string Hubei = "hubei";
    public const string Atushi = "atushi-2018";
    public const string Jinan = "jinan-2022";

    public static IReadOnlyList<(string Code, string Name, string Basis, RulePackSettings Settings)> All { get; } =
    [
        (National, "全国默认", "财预〔2020〕10号《项目支出绩效评价管理办法》；财预〔2021〕101号（成本指标）；平台默认审核阈值",
            new RulePackSettings()),
        (Sichuan, "四川省", "四川省项目支出绩效自评：预算执行率 10 分 + 指标 90 分；事中监控固定节点（2025）",
            new RulePackSettings { TargetReview = new TargetReviewSettings { MinLevel3Count = 6, MinQuantifiedShare = 0.6m, TotalWeight = 90m } }),
        (Hubei, "湖北省", "湖北省项目支出绩效评价：预算执行率 20 分，指标 80 分；反向指标按 目标/实际 计分",
            new RulePackSettings { TargetReview = new TargetReviewSettings { TotalWeight = 80m } }),
        (Atushi, "阿图什市（种子规则）", "2018年阿图什市预算绩效工作开展情况说明：量化指标个数达70%以上，一级指标不低于3个、二级不低于5个、三级不低于7个",
            new RulePackSettings
            {
                TargetReview = new TargetReviewSettings
                {
                    DefaultFramework = IndicatorFramework.Classic, MinLevel1Count = 3, MinLevel2Count = 5, MinLevel3Count = 7, MinQuantifiedShare = 0.7m,
                },
            }),
        (Jinan, "金安区（种子规则）", "关于金安区 2022 年预算绩效工作开展情况：目标复审；按不低于 20% 的比例抽查复核",
            new RulePackSettings { TargetReview = new TargetReviewSettings { MinLevel2Count = 5, MinLevel3Count = 7, MinQuantifiedShare = 0.6m } }),
    ];
}
