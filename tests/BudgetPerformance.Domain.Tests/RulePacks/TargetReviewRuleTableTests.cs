using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Domain.Tests.Targets;
using static BudgetPerformance.Domain.Tests.Targets.TargetBuilder;

namespace BudgetPerformance.Domain.Tests.RulePacks;

/// <summary>Every shipped pack × review case × the rules expected to fire (and no others).</summary>
public sealed class TargetReviewRuleTableTests
{
    private const string N = ShippedRulePacks.National;
    private const string S = ShippedRulePacks.Sichuan;
    private const string H = ShippedRulePacks.Hubei;
    private const string A = ShippedRulePacks.Atushi;
    private const string J = ShippedRulePacks.Jinan;

    private static readonly TestRulePacks Packs = new();

    private static readonly Dictionary<string, Func<TargetBuilder>> Cases = new()
    {
        ["达标的目标"] = () => new TargetBuilder(),
        ["年度目标过短"] = () => new TargetBuilder().WithAnnualGoal("做好营养餐工作"),
        ["缺满意度指标"] = () => new TargetBuilder().Without("学生及家长满意度"),
        ["三个定性指标"] = () => new TargetBuilder()
            .Replace("受益学生人数", I(Level1.Output, Level2.Quantity, "受益学生人数", "覆盖全部农村学生", 20))
            .Replace("学生及家长满意度", I(Level1.Satisfaction, Level2.ServiceSatisfaction, "学生及家长满意度", "较高", 10)),
        ["成本指标方向错误"] = () => new TargetBuilder().Replace("生均每日营养膳食补助标准", I(Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "≥5元/人", 10)),
        ["有指标未设分值"] = () => new TargetBuilder().WithIndicator(I(Level1.Output, Level2.Quantity, "配餐学校数", "≥12个", 0)),
        ["比率超过100%"] = () => new TargetBuilder().Replace("营养餐食品安全抽检合格率", I(Level1.Output, Level2.Quality, "营养餐食品安全抽检合格率", "=120%", 15)),
    };

    public static TheoryData<string, string, string[]> Table => new()
    {
        { N, "达标的目标", [] }, { S, "达标的目标", [] }, { H, "达标的目标", ["S06"] }, { A, "达标的目标", [] }, { J, "达标的目标", [] },
        { N, "年度目标过短", ["S01"] }, { S, "年度目标过短", ["S01"] }, { H, "年度目标过短", ["S01", "S06"] }, { A, "年度目标过短", ["S01"] }, { J, "年度目标过短", ["S01"] },
        // 6 indicators in 2 level-1 and 6 level-2 places, weights 80.
        { N, "缺满意度指标", ["S02", "S06"] }, { S, "缺满意度指标", ["S02", "S06"] }, { H, "缺满意度指标", ["S02"] },
        { A, "缺满意度指标", ["S02", "S04", "S06"] }, { J, "缺满意度指标", ["S02", "S04", "S06"] },
        // 4 of 7 quantified = 57.1%: below 四川 and 金安 60%, 阿图什 70%; the national 50% lets it pass.
        { N, "三个定性指标", [] }, { S, "三个定性指标", ["S05"] }, { H, "三个定性指标", ["S06"] },
        { A, "三个定性指标", ["S05"] }, { J, "三个定性指标", ["S05"] },
        { N, "成本指标方向错误", ["Q02"] }, { S, "成本指标方向错误", ["Q02"] }, { H, "成本指标方向错误", ["Q02", "S06"] }, { A, "成本指标方向错误", ["Q02"] }, { J, "成本指标方向错误", ["Q02"] },
        { N, "有指标未设分值", ["S09"] }, { S, "有指标未设分值", ["S09"] }, { H, "有指标未设分值", ["S06", "S09"] }, { A, "有指标未设分值", ["S09"] }, { J, "有指标未设分值", ["S09"] },
        { N, "比率超过100%", ["Q05"] }, { S, "比率超过100%", ["Q05"] }, { H, "比率超过100%", ["Q05", "S06"] }, { A, "比率超过100%", ["Q05"] }, { J, "比率超过100%", ["Q05"] },
    };

    [Theory, MemberData(nameof(Table))]
    public void Run_EachShippedPack_FiresExactlyTheExpectedRules(string pack, string @case, string[] expected)
    {
        var section = Packs.TargetReview(pack).Settings;

        var findings = TargetReview.Run(TargetReviewInput.From(Cases[@case]().Build()), section, CopyIndex.Empty).Findings;

        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rules_AreOneTable_WithDistinctCodes_AndEveryFindingNamesItsRuleAsProduced()
    {
        Assert.Equal(TargetReview.Rules.Count, TargetReview.Rules.Select(r => r.Code).Distinct().Count());
        var findings = TargetReview.Run(TargetReviewInput.From(Cases["缺满意度指标"]().Build()), Packs.TargetReview(A).Settings, CopyIndex.Empty).Findings;
        Assert.All(findings, f => Assert.Equal(TargetReview.Rules.Single(r => r.Code == f.Rule).Name, f.RuleName));
        Assert.Contains(findings, f => f.Rule == "S04" && f.Arithmetic == "6 < 7");
    }

    [Fact]
    public void Run_ShowsTheArithmetic_OfTheQuantifiedShare()
    {
        var finding = TargetReview.Run(TargetReviewInput.From(Cases["三个定性指标"]().Build()), Packs.TargetReview(A).Settings, CopyIndex.Empty).Findings.Single(f => f.Rule == "S05");

        Assert.Equal("量化指标 4 个 ÷ 三级指标 7 个 = 57.1% < 70%", finding.Arithmetic);
    }

    [Fact]
    public void Run_OverItsStoredInputAndMatchedPeers_GivesTheSameFindingsAgain()
    {
        var target = new TargetBuilder().Build();
        var peer = new PeerText(999, 303, "项目303", 10, target.AnnualGoal, target.IndicatorSignature);
        var copies = new CopyIndex([peer, new PeerText(998, 304, "项目304", 11, "完全不同的另一段年度目标文字，写明了其他产出。", string.Empty)]);
        var input = TargetReviewInput.From(target);
        var first = TargetReview.Run(input, Packs.TargetReview(N).Settings, copies);

        var (stored, peers) = TargetReviewInput.Deserialize(TargetReviewInput.Serialize(input, first.MatchedPeers));
        var again = TargetReview.Run(stored, Packs.TargetReview(N).Settings, new CopyIndex(peers));

        Assert.Equal(2, first.Findings.Count(f => f.Rule == "Q03"));
        Assert.Equal([peer], first.MatchedPeers);
        Assert.Equal(first.Findings, again.Findings);
    }
}
