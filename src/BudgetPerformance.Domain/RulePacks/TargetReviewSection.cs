using System.Text.Json.Nodes;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// 绩效目标审核 settings of a rule pack: the structural thresholds and which quality checks run. Every member is
/// required: a pack that does not say a number is refused, never filled with a default.
/// </summary>
public sealed record TargetReviewSection
{
    public required IndicatorFramework DefaultFramework { get; init; }
    public required int MinLevel1Count { get; init; }
    public required int MinLevel2Count { get; init; }
    public required int MinLevel3Count { get; init; }

    /// <summary>Share of quantified level-3 indicators (0–1).</summary>
    public required decimal MinQuantifiedShare { get; init; }

    /// <summary>What the level-3 weights must add up to (the rest of 100 goes to budget execution at evaluation).</summary>
    public required decimal TotalWeight { get; init; }

    public required int MaxIndicatorNameLength { get; init; }
    public required int MinAnnualGoalLength { get; init; }

    /// <summary>Goal texts at least this similar (0–1, character bigrams) to another project's count as copied.</summary>
    public required decimal CopiedTextSimilarity { get; init; }

    /// <summary>A percentage above this is suspicious for a rate.</summary>
    public required decimal MaxPercent { get; init; }

    public required bool CheckHollowBenefits { get; init; }
    public required bool CheckCostDirection { get; init; }
    public required bool CheckCopiedText { get; init; }
    public required bool CheckAgainstLastYear { get; init; }
    public required bool CheckUnitFit { get; init; }

    // Schema 2: reading real tables, weights at declaration, and the quality checks reviewers asked for.

    /// <summary>Whether 申报表 must carry 分值 (real ones usually do not; evaluation fills them in).</summary>
    public required bool RequireWeightsAtDeclaration { get; init; }

    /// <summary>Level-1 names as written → the standard name ("效果指标" → "效益指标").</summary>
    public required IReadOnlyDictionary<string, string> Level1Aliases { get; init; }

    /// <summary>Endings of project-flavoured level-1 names → the standard name ("实施指标" → "产出指标").</summary>
    public required IReadOnlyDictionary<string, string> Level1Endings { get; init; }

    /// <summary>Level-2 names as written → the standard name ("进度指标" → "时效指标").</summary>
    public required IReadOnlyDictionary<string, string> Level2Aliases { get; init; }

    /// <summary>Words dropped from level names ("产出类指标", "数量指标情况").</summary>
    public required IReadOnlyList<string> LevelNameFillers { get; init; }

    /// <summary>Rates where less is better (发生率, 投诉率 …): a bare value reads as "≤", a floor is flagged.</summary>
    public required IReadOnlyList<string> LowerIsBetterWords { get; init; }

    /// <summary>Counts where more is better (受益人数, 培训人次 …): a ceiling is flagged.</summary>
    public required IReadOnlyList<string> HigherIsBetterWords { get; init; }

    public required bool CheckPlaceholders { get; init; }
    public required bool CheckNameValueContradiction { get; init; }
    public required bool CheckDirectionWords { get; init; }
    public required bool CheckRateUnitKinds { get; init; }
    public required bool CheckCostAsText { get; init; }
    public required bool CheckRepeatedLevelNames { get; init; }
    public required bool CheckSatisfactionPlacement { get; init; }
    public required bool CheckRestatedQuantities { get; init; }
    public required bool CheckMoneyConsistency { get; init; }

    /// <summary>How far above the project's money the money implied by the indicators may go before it is flagged (0.2 = 20%).</summary>
    public required decimal MoneyTolerance { get; init; }

    public required bool CheckYesNoBenefits { get; init; }
}

/// <summary>The schema of <see cref="TargetReviewSection"/>: fields, ranges, meanings and upgrades.</summary>
public sealed class TargetReviewSectionDefinition : SectionDefinition<TargetReviewSection>
{
    public static readonly TargetReviewSectionDefinition Instance = new();

    /// <summary>S07 quotes the first 20 characters of a long name, so a shorter limit could not be explained.</summary>
    public const int ShortestNameLimit = 20;

    private TargetReviewSectionDefinition()
    {
    }

    public override RuleStage Stage => RuleStage.TargetReview;

    public override int SchemaVersion => 2;

    /// <summary>
    /// Schema 1 → 2 keeps what a schema-1 pack meant: weights stay required and the new quality checks stay off; the
    /// reading aids are the platform's (they change what can be read, not how a target is judged). Shipped packs take
    /// the platform's values for every added setting.
    /// </summary>
    public override IReadOnlyList<SectionUpgrade> Upgrades { get; } =
    [
        new(1, "新增：申报时是否须填分值（沿用原规则：须填）、指标层级名称的写法与别名、越低越好与越高越好的用词、九项新的质量检查（沿用原规则：不启用）", settings =>
        {
            var s = (JsonObject)settings.DeepClone();
            var platform = Instance.Write(ShippedRulePacks.NationalTargetReview);
            s[nameof(TargetReviewSection.RequireWeightsAtDeclaration)] = true;
            foreach (var reading in new[]
            {
                nameof(TargetReviewSection.Level1Aliases), nameof(TargetReviewSection.Level1Endings), nameof(TargetReviewSection.Level2Aliases),
                nameof(TargetReviewSection.LevelNameFillers), nameof(TargetReviewSection.LowerIsBetterWords), nameof(TargetReviewSection.HigherIsBetterWords),
            })
            {
                s[reading] = platform[reading]!.DeepClone();
            }

            foreach (var check in Schema2Checks)
            {
                s[check] = false;
            }

            s[nameof(TargetReviewSection.MoneyTolerance)] = platform[nameof(TargetReviewSection.MoneyTolerance)]!.DeepClone();
            return s;
        })
        {
            AddedFields =
            [
                nameof(TargetReviewSection.RequireWeightsAtDeclaration), nameof(TargetReviewSection.Level1Aliases), nameof(TargetReviewSection.Level1Endings),
                nameof(TargetReviewSection.Level2Aliases), nameof(TargetReviewSection.LevelNameFillers), nameof(TargetReviewSection.LowerIsBetterWords),
                nameof(TargetReviewSection.HigherIsBetterWords), .. Schema2Checks, nameof(TargetReviewSection.MoneyTolerance),
            ],
        },
    ];

    private static string[] Schema2Checks =>
    [
        nameof(TargetReviewSection.CheckPlaceholders), nameof(TargetReviewSection.CheckNameValueContradiction), nameof(TargetReviewSection.CheckDirectionWords),
        nameof(TargetReviewSection.CheckRateUnitKinds), nameof(TargetReviewSection.CheckCostAsText), nameof(TargetReviewSection.CheckRepeatedLevelNames),
        nameof(TargetReviewSection.CheckSatisfactionPlacement), nameof(TargetReviewSection.CheckRestatedQuantities), nameof(TargetReviewSection.CheckMoneyConsistency),
        nameof(TargetReviewSection.CheckYesNoBenefits),
    ];

    /// <summary>The level-name rules of a section, for the readers.</summary>
    public static Indicators.Reading.LevelNameRules LevelNames(TargetReviewSection s) =>
        new(s.Level1Aliases, s.Level1Endings, s.Level2Aliases, s.LevelNameFillers);

    public override IReadOnlyList<SettingField> Fields { get; } =
    [
        new(nameof(TargetReviewSection.DefaultFramework), "默认指标框架", "新建绩效目标时采用的指标体系；单位仍可改用另一种。", SettingKind.Choice)
        {
            Choices = [new((int)IndicatorFramework.Classic, "产出、效益、满意度（财预〔2020〕10号）"), new((int)IndicatorFramework.CostFirst, "成本为一级指标（财预〔2021〕101号）")],
        },
        new(nameof(TargetReviewSection.MinLevel1Count), "一级指标个数下限", "不同的一级指标（产出、效益、满意度、成本）至少要有几个（规则 S02）。", SettingKind.Integer, 1, 4, "个"),
        new(nameof(TargetReviewSection.MinLevel2Count), "二级指标个数下限", "不同的二级指标（数量、质量、时效……）至少要有几个（规则 S03）。", SettingKind.Integer, 1, 11, "个"),
        new(nameof(TargetReviewSection.MinLevel3Count), "三级指标个数下限", "具体的三级指标至少要有几个（规则 S04）。", SettingKind.Integer, 1, PerformanceTarget.MaxIndicators, "个"),
        new(nameof(TargetReviewSection.MinQuantifiedShare), "量化指标占比下限", "定量指标（含“定量（其他）”）占三级指标的最低比例（规则 S05；阿图什种子规则为 70%）。", SettingKind.Share, 0, 1),
        new(nameof(TargetReviewSection.TotalWeight), "三级指标分值合计", "三级指标分值应加总到的分数；其余分值留给评价时的预算执行率（规则 S06）。", SettingKind.Decimal, 1, 100, "分"),
        new(nameof(TargetReviewSection.MaxIndicatorNameLength), "指标名称长度上限", $"三级指标名称最多几个字（规则 S07）；不少于 {ShortestNameLimit} 字，不超过 {TargetIndicator.MaxNameLength} 字。", SettingKind.Integer, ShortestNameLimit, TargetIndicator.MaxNameLength, "字"),
        new(nameof(TargetReviewSection.MinAnnualGoalLength), "年度目标最少字数", "年度目标少于这个字数视为过于简略（规则 S01）。", SettingKind.Integer, 0, 500, "字"),
        new(nameof(TargetReviewSection.CopiedTextSimilarity), "雷同判定相似度", "两个项目的年度目标相似到这个程度（字符二元组相似度）即视为抄用（规则 Q03）。", SettingKind.Share, 0.5m, 1),
        new(nameof(TargetReviewSection.MaxPercent), "比率上限", "以“%”计的比率超过这个数值即提示可能有误（规则 Q05；含“增长”的指标除外）。", SettingKind.Decimal, 100, 1000, "%"),
        new(nameof(TargetReviewSection.CheckHollowBenefits), "检查效益指标空泛", "效益指标只有百分比而没有基数，或全部为定性描述时提示（规则 Q01）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckCostDirection), "检查成本指标方向", "成本指标应为“≤”“<”且以金额计量（规则 Q02）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckCopiedText), "检查目标雷同", "年度目标或全部指标与本地区其他项目相同或高度相似时提示（规则 Q03）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckAgainstLastYear), "检查低于上年实际", "目标值比上年实际完成值更容易达到时提示（规则 Q04）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckUnitFit), "检查单位与数值", "比率不用“%”、人数带小数、负数等单位与数值不符时提示（规则 Q05）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.RequireWeightsAtDeclaration), "申报时须填分值", "开启：申报表未填分值即为错误（整表一条，规则 S09）；关闭：未填分值不提示，评价阶段再定分值。真实申报表大多不填分值。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.Level1Aliases), "一级指标名称别名", "表格中一级指标的其他写法及其对应的标准名称，如“效果指标 → 效益指标”。导入和填报时按此读取，并在指标上注明。", SettingKind.Mapping) { MaxItems = 100 },
        new(nameof(TargetReviewSection.Level1Endings), "一级指标名称结尾", "以这些字结尾的一级指标名称按对应的标准名称读取，如“……实施指标 → 产出指标”“……成效指标 → 效益指标”。", SettingKind.Mapping) { MaxItems = 100 },
        new(nameof(TargetReviewSection.Level2Aliases), "二级指标名称别名", "表格中二级指标的其他写法及其对应的标准名称，如“进度指标 → 时效指标”“满意度指标 → 服务对象满意度指标”。", SettingKind.Mapping) { MaxItems = 100 },
        new(nameof(TargetReviewSection.LevelNameFillers), "层级名称中可忽略的字", "如“产出类指标”“数量指标情况”中的“类”“情况”。", SettingKind.Words) { MaxItems = 30, MaxItemLength = 6 },
        new(nameof(TargetReviewSection.LowerIsBetterWords), "越低越好的比率用词", "名称含这些词的比率越低越好：未写符号时读作“≤”，写成“≥”时提示（规则 Q08）。", SettingKind.Words) { MaxItems = 100, MaxItemLength = 10 },
        new(nameof(TargetReviewSection.HigherIsBetterWords), "越高越好的数量用词", "名称含这些词的数量越多越好：写成“≤”“<”时提示（规则 Q08）。", SettingKind.Words) { MaxItems = 100, MaxItemLength = 10 },
        new(nameof(TargetReviewSection.CheckPlaceholders), "检查未填写的模板占位符", "名称、指标值或评分标准中留有“XX”“**”“（≥XX人次）”等模板文字时提示（规则 Q06）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckNameValueContradiction), "检查名称与指标值矛盾", "名称中写了数值（如“合格率100%”）而指标值另是一个数（如“≥95%”）时提示（规则 Q07）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckDirectionWords), "检查指标方向与名称不符", "越低越好的比率写成下限、越多越好的数量写成上限时提示（规则 Q08）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckRateUnitKinds), "检查比率与计量单位的种类", "比率以天、人等计量，或数量、时长以“%”计量时提示（规则 Q05）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckCostAsText), "检查成本指标只有文字", "成本指标只有定性描述、没有金额时提示（规则 Q02）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckRepeatedLevelNames), "检查三级指标只重复二级名称", "三级指标名称只是“数量指标”“质量”等二级指标名称时提示（规则 Q10）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckSatisfactionPlacement), "检查满意度指标的位置", "名称含“满意度”的指标不在满意度指标下时提示（规则 Q11）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckRestatedQuantities), "检查质量指标重复数量指标", "质量指标只是某个数量指标的“完成率”时提示（规则 Q12）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.CheckMoneyConsistency), "检查资金与产出是否匹配", "数量 × 单位标准（如“200人” × “2000元/人”）或金额类成本指标之和明显超过项目资金时提示（规则 Q13）。", SettingKind.Boolean),
        new(nameof(TargetReviewSection.MoneyTolerance), "资金匹配的容许幅度", "指标推算的金额超过项目资金这个比例以上才提示（如 20%）。", SettingKind.Share, 0, 5),
        new(nameof(TargetReviewSection.CheckYesNoBenefits), "检查效益指标用“是/否”", "效益指标的指标值只是“是”“否”“有”“无”时提示（规则 Q14）。", SettingKind.Boolean),
    ];

    protected override IEnumerable<string> CrossCheck(TargetReviewSection s)
    {
        foreach (var (label, map, level1) in new[] { ("一级指标名称别名", s.Level1Aliases, true), ("一级指标名称结尾", s.Level1Endings, true), ("二级指标名称别名", s.Level2Aliases, false) })
        {
            foreach (var (alias, standard) in map)
            {
                var known = level1
                    ? IndicatorFrameworks.ParseLevel1(standard) is not null
                    : Enum.GetValues<Level2>().Any(l => IndicatorFrameworks.Name(l) == standard.Trim());
                if (!known)
                {
                    yield return $"“{label}”中“{alias}”对应的“{standard}”不是标准的{(level1 ? "一级" : "二级")}指标名称。";
                }
            }
        }

        if (s.MinLevel2Count < s.MinLevel1Count || s.MinLevel3Count < s.MinLevel2Count)
        {
            yield return "指标个数下限应满足：一级 ≥ 1，二级 ≥ 一级，三级 ≥ 二级。";
        }

        if (s.MinLevel1Count > IndicatorFrameworks.Structure(s.DefaultFramework).Count)
        {
            yield return $"一级指标个数下限为 {s.MinLevel1Count}，而默认指标框架“{IndicatorFrameworks.Name(s.DefaultFramework)}”只有 {IndicatorFrameworks.Structure(s.DefaultFramework).Count} 个一级指标。";
        }

        var level2 = IndicatorFrameworks.Structure(s.DefaultFramework).Values.Sum(v => v.Length);
        if (s.MinLevel2Count > level2)
        {
            yield return $"二级指标个数下限为 {s.MinLevel2Count}，而默认指标框架只有 {level2} 个二级指标。";
        }
    }
}
