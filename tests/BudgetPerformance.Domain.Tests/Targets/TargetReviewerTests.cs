using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using static BudgetPerformance.Domain.Tests.Targets.TargetBuilder;

namespace BudgetPerformance.Domain.Tests.Targets;

public sealed class TargetReviewerTests
{
    private static readonly TargetReviewSection National = ShippedRulePacks.NationalTargetReview;
    private static readonly TargetReviewSection Atushi = ShippedRulePacks.Get(ShippedRulePacks.Atushi).TargetReview!;

    private static IReadOnlyList<RuleFinding> Review(TargetBuilder b, TargetReviewSection? s = null, CopyIndex? copies = null) =>
        Run(b.Build(), s ?? National, copies ?? CopyIndex.Empty);

    private static IReadOnlyList<RuleFinding> Run(PerformanceTarget t, TargetReviewSection s, CopyIndex copies) =>
        TargetReview.Run(TargetReviewInput.From(t), s, copies).Findings;

    private static void AssertRule(IReadOnlyList<RuleFinding> findings, string rule, FindingSeverity severity, string text)
    {
        var f = findings.FirstOrDefault(x => x.Rule == rule);
        Assert.True(f is not null, $"应触发规则 {rule}，实际：{string.Join("；", findings.Select(x => x.Rule + " " + x.Message))}");
        Assert.Equal(severity, f.Severity);
        Assert.Contains(text, f.Message);
    }

    [Fact]
    public void AGoodTarget_PassesTheNationalDefaultAndTheSeedRules()
    {
        Assert.Empty(Review(new TargetBuilder()));
        Assert.Empty(Review(new TargetBuilder(), Atushi));
    }

    [Fact]
    public void S01_AnEmptyAnnualGoal_IsAnError() =>
        AssertRule(Review(new TargetBuilder().WithAnnualGoal("做好工作")), "S01", FindingSeverity.Error, "年度目标过于简略");

    [Fact]
    public void S02_S03_S04_TooFewIndicators_UnderTheSeedRules()
    {
        var findings = Review(new TargetBuilder().Without("学生及家长满意度").Without("营养改善长效机制").Without("补助资金按月拨付及时率"), Atushi);

        AssertRule(findings, "S02", FindingSeverity.Error, "缺少：满意度指标");
        AssertRule(findings, "S03", FindingSeverity.Error, "不少于 5 个");
        AssertRule(findings, "S04", FindingSeverity.Error, "不少于 7 个");
    }

    [Fact]
    public void S05_QuantifiedShareBelowTheSeeds70Percent_IsAnError()
    {
        var b = new TargetBuilder()
            .Replace("受益学生人数", I(Level1.Output, Level2.Quantity, "受益学生人数", "覆盖全部农村学生", 20))
            .Replace("学生及家长满意度", I(Level1.Satisfaction, Level2.ServiceSatisfaction, "学生及家长满意度", "较高", 10));

        Assert.DoesNotContain(Review(b), f => f.Rule == "S05");
        AssertRule(Review(b, Atushi), "S05", FindingSeverity.Error, "低于方案要求的 70%");
    }

    [Fact]
    public void S06_WeightsNotAddingUpToThePacksTotal_IsAnError()
    {
        var hubei = ShippedRulePacks.Get(ShippedRulePacks.Hubei).TargetReview!;

        AssertRule(Review(new TargetBuilder(), hubei), "S06", FindingSeverity.Error, "应为 80 分");
    }

    [Fact]
    public void S07_S08_LongAndDuplicateNames_AreErrors()
    {
        var findings = Review(new TargetBuilder()
            .WithIndicator(I(Level1.Output, Level2.Quantity, "受益学生人数", "≥100人", 0))
            .WithIndicator(I(Level1.Output, Level2.Quantity, new string('长', 101), "≥1个", 0)));

        AssertRule(findings, "S08", FindingSeverity.Error, "重复出现 2 次");
        AssertRule(findings, "S07", FindingSeverity.Error, "超过 100 字");
        AssertRule(findings, "S09", FindingSeverity.Error, "未设分值");
    }

    [Fact]
    public void Q01_ABenefitPercentWithoutABase_IsHollow()
    {
        var b = new TargetBuilder().Replace("学生营养不良检出率较上年下降", I(Level1.Benefit, Level2.SocialBenefit, "学生身体素质", "≥95%", 15));

        AssertRule(Review(b), "Q01", FindingSeverity.Warning, "没有可衡量的基数");
    }

    [Fact]
    public void Q01_BenefitsThatAreAllQualitative_AreHollow()
    {
        var b = new TargetBuilder().Replace("学生营养不良检出率较上年下降", I(Level1.Benefit, Level2.SocialBenefit, "学生身体素质", "明显提高", 15));

        AssertRule(Review(b), "Q01", FindingSeverity.Warning, "全部为定性描述");
    }

    [Fact]
    public void Q02_ACostIndicatorWithMoreIsBetter_HasTheWrongDirection()
    {
        var b = new TargetBuilder().Replace("生均每日营养膳食补助标准", I(Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "≥5元/人", 10));

        AssertRule(Review(b), "Q02", FindingSeverity.Warning, "应使用“≤”或“<”");
    }

    [Fact]
    public void Q02_ACostIndicatorInAnotherUnit_IsFlagged()
    {
        var b = new TargetBuilder().Replace("生均每日营养膳食补助标准", I(Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "≤5人", 10));

        AssertRule(Review(b), "Q02", FindingSeverity.Warning, "不是金额单位");
    }

    [Fact]
    public void Q02_InTheCostFirstFramework_TheCostLevel1IsChecked()
    {
        var b = new TargetBuilder().InFramework(IndicatorFramework.CostFirst)
            .Replace("生均每日营养膳食补助标准", I(Level1.Cost, Level2.EconomicCost, "生均每日营养膳食补助标准", ">5元/人", 10));

        AssertRule(Review(b), "Q02", FindingSeverity.Warning, "反向指标");
    }

    [Fact]
    public void Q03_AnAnnualGoalCopiedFromAnotherProject_IsFlagged()
    {
        var other = new TargetBuilder().ForSubject(202).Build();
        var copies = new CopyIndex([new PeerText(other.Id, 202, "项目202", other.DepartmentId, other.AnnualGoal, string.Empty)]);

        AssertRule(Review(new TargetBuilder(), copies: copies), "Q03", FindingSeverity.Warning, "与项目“项目202”的年度目标完全相同");
    }

    [Fact]
    public void Q03_ANearlyIdenticalGoalInTheSameDepartment_IsFlaggedWithItsSimilarity()
    {
        var copies = new CopyIndex([new PeerText(2020, 202, "项目202", 10, "为全县3200名农村义务教育阶段学生每日提供营养膳食补助，食品安全抽检合格率达100%。", string.Empty)]);

        AssertRule(Review(new TargetBuilder(), copies: copies), "Q03", FindingSeverity.Warning, "相似度");
    }

    [Fact]
    public void Q03_IdenticalIndicatorsAndValues_AreFlagged_ButNotTheTargetItself()
    {
        var mine = new TargetBuilder().Build();
        var signature = mine.IndicatorSignature;
        var self = new CopyIndex([new PeerText(mine.Id, mine.SubjectId, mine.SubjectName, 10, mine.AnnualGoal, signature)]);
        var other = new CopyIndex([new PeerText(999, 303, "项目303", 99, "完全不同的年度目标内容文字描述", signature)]);

        Assert.Empty(Run(mine, National, self));
        AssertRule(Run(mine, National, other), "Q03", FindingSeverity.Warning, "与项目“项目303”完全相同");
    }

    [Fact]
    public void Q04_ATargetEasierThanLastYearsActual_IsFlagged()
    {
        var b = new TargetBuilder()
            .Replace("受益学生人数", I(Level1.Output, Level2.Quantity, "受益学生人数", "≥3200人", 20, lastYear: 3450))
            .Replace("补助资金按月拨付及时率", I(Level1.Output, Level2.Timeliness, "补助资金按月拨付及时率", "≥95%", 10, lastYear: 90));

        var findings = Review(b);

        AssertRule(findings, "Q04", FindingSeverity.Warning, "低于上年实际完成值 3450人");
        Assert.Single(findings, f => f.Rule == "Q04");
    }

    [Fact]
    public void Q04_AReverseTargetLooserThanLastYear_IsFlagged()
    {
        var b = new TargetBuilder().Replace("生均每日营养膳食补助标准", I(Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "≤5元/人", 10, lastYear: 4.5m));

        AssertRule(Review(b), "Q04", FindingSeverity.Warning, "目标设置偏松");
    }

    [Theory]
    [InlineData("受益学生人数", "≥3200.5人", "只能是整数")]
    [InlineData("补助资金按月拨付及时率", "≥95天", "计量单位应为“%”")]
    [InlineData("营养餐食品安全抽检合格率", "=120%", "超过 100%")]
    public void Q05_AUnitThatDoesNotFitTheValue_IsFlagged(string name, string value, string text)
    {
        var old = new TargetBuilder().Build().Indicators.Single(i => i.Name == name);
        var b = new TargetBuilder().Replace(name, I(old.Level1, old.Level2, name, value, old.Weight));

        AssertRule(Review(b), "Q05", FindingSeverity.Warning, text);
    }

    [Fact]
    public void QualityChecks_CanBeSwitchedOffByThePack()
    {
        var b = new TargetBuilder().Replace("生均每日营养膳食补助标准", I(Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "≥5元/人", 10));

        Assert.DoesNotContain(Review(b, National with { CheckCostDirection = false }), f => f.Rule == "Q02");
    }
}

public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData("为全县学生提供营养膳食补助", "为全县学生提供营养膳食补助", 1.0)]
    [InlineData("为全县学生提供营养膳食补助", "完全不同的一段文字内容", 0.0)]
    [InlineData("甲乙丙丁", "甲乙丙戊", 0.5)]
    public void JaccardAtLeast_IsSharedOverUnionOfBigrams(string a, string b, double expected)
    {
        var (na, nb) = (TextSimilarity.Normalize(a), TextSimilarity.Normalize(b));

        var similarity = TextSimilarity.JaccardAtLeast(TextSimilarity.SortedBigrams(na), TextSimilarity.SortedBigrams(nb), 0.1m);

        Assert.Equal((decimal)expected, decimal.Round(similarity, 2));
    }

    [Fact]
    public void JaccardAtLeast_SkipsPairsWhoseSizesRuleOutTheThreshold() =>
        Assert.Equal(0m, TextSimilarity.JaccardAtLeast([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3], 0.9m));

    [Fact]
    public void SortedBigrams_CountsARepeatedBigramOnce() =>
        Assert.Equal(2, TextSimilarity.SortedBigrams("甲乙甲乙甲乙").Length);

    // 10 bigrams against 10 with 6 shared: 6/14 ≈ 0.43; with 8 shared: 8/12 ≈ 0.66667 — just above and below the threshold.
    [Theory]
    [InlineData(0.6666, true)]
    [InlineData(0.6667, false)]
    [InlineData(0.7, false)]
    [InlineData(0.43, true)]
    public void CopyIndex_FindsTheMostSimilarGoalInTheDepartmentAtTheThreshold(double threshold, bool found)
    {
        const string goal = "甲乙丙丁戊己庚辛壬癸子";
        PeerText Peer(long id, string text, long department = 1) => new(id, id, $"项目{id}", department, text, string.Empty);
        var index = new CopyIndex([
            Peer(2, "甲乙丙丁戊己庚辛壬丑寅"), // shares 8 of 10 bigrams
            Peer(3, "甲乙丙丁戊己庚卯辰巳午"), // shares 6
            Peer(4, "甲乙丙丁戊己庚辛壬癸子", department: 2), // identical text in another department: still an exact copy
            Peer(5, "完全不同的一段很长很长的文字内容说明"),
            Peer(6, "甲乙"),
        ]);

        var match = index.CopiedGoal(subjectId: 1, departmentId: 1, goal + "。", (decimal)threshold);
        var nearOnly = new CopyIndex([Peer(2, "甲乙丙丁戊己庚辛壬丑寅"), Peer(3, "甲乙丙丁戊己庚卯辰巳午")])
            .CopiedGoal(subjectId: 1, departmentId: 1, goal, (decimal)threshold);

        Assert.Equal(4, match?.Peer.SubjectId);
        Assert.Equal(found, nearOnly is not null);
        if (nearOnly is { } near)
        {
            Assert.Equal(2, near.Peer.SubjectId);
            Assert.Equal(8m / 12m, near.Similarity);
        }
    }
}
