using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using static BudgetPerformance.Domain.Tests.Targets.TargetBuilder;

namespace BudgetPerformance.Domain.Tests.Targets;

/// <summary>The checks real reviewers asked for (Q02 text, Q05 kinds, Q06–Q14), each at its boundary and switchable.</summary>
public sealed class TargetContentCheckTests
{
    private static readonly TargetReviewSection National = ShippedRulePacks.NationalTargetReview;

    private static IReadOnlyList<RuleFinding> Review(TargetBuilder b, TargetReviewSection? s = null, long? budgetFen = null) =>
        TargetReview.Run(TargetReviewInput.From(b.Build(), budgetFen), s ?? National, CopyIndex.Empty).Findings;

    private static TargetBuilder With(string replaced, Level1 l1, Level2 l2, string name, string value, decimal weight = 10, string standard = "达到目标值得满分") =>
        new TargetBuilder().Replace(replaced, I(l1, l2, name, value, weight, standard: standard));

    public static TheoryData<string, TargetBuilder, bool> Cases => new()
    {
        // Q06 placeholders in names and standards
        { "Q06", With("受益学生人数", Level1.Output, Level2.Quantity, "受益学生人数（≥XX人次）", "≥3200人", 20), true },
        { "Q06", With("受益学生人数", Level1.Output, Level2.Quantity, "受益学生人数", "≥3200人", 20, "达到**人得满分"), true },
        { "Q06", new TargetBuilder(), false },
        // Q07 a name stating another number than the value
        { "Q07", With("营养餐食品安全抽检合格率", Level1.Output, Level2.Quality, "营养餐食品安全抽检合格率100%", "≥95%", 15), true },
        { "Q07", With("营养餐食品安全抽检合格率", Level1.Output, Level2.Quality, "营养餐食品安全抽检合格率100%", "=100%", 15), false },
        // Q08 directions
        { "Q08", With("营养餐食品安全抽检合格率", Level1.Output, Level2.Quality, "食品安全事故发生率", "≥1%", 15), true },
        { "Q08", With("营养餐食品安全抽检合格率", Level1.Output, Level2.Quality, "食品安全事故发生率", "≤1%", 15), false },
        { "Q08", With("受益学生人数", Level1.Output, Level2.Quantity, "受益人数", "≤3200人", 20), true },
        { "Q08", With("受益学生人数", Level1.Output, Level2.Quantity, "受益人数", "≥3200人", 20), false },
        // Q05 (schema 2) a count or duration in %
        { "Q05", With("受益学生人数", Level1.Output, Level2.Quantity, "培训人数", "≥95%", 20), true },
        // Q02 (schema 2) a cost only in words
        { "Q02", With("生均每日营养膳食补助标准", Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "按标准执行"), true },
        // Q10 a level-3 name repeating its level
        { "Q10", With("受益学生人数", Level1.Output, Level2.Quantity, "数量指标", "≥3200人", 20), true },
        { "Q10", With("受益学生人数", Level1.Output, Level2.Quantity, "数量", "≥3200人", 20), true },
        { "Q10", With("受益学生人数", Level1.Satisfaction, Level2.ServiceSatisfaction, "服务对象满意度", "≥90%", 10), true },
        { "Q10", With("受益学生人数", Level1.Satisfaction, Level2.ServiceSatisfaction, "学生及家长满意度", "≥90%", 10), false },
        // Q11 satisfaction outside 满意度
        { "Q11", With("学生营养不良检出率较上年下降", Level1.Benefit, Level2.SocialBenefit, "群众满意度", "≥90%", 15), true },
        // Q12 a quality row restating a quantity row
        { "Q12", With("营养餐食品安全抽检合格率", Level1.Output, Level2.Quality, "受益学生完成率", "=100%", 15), true },
        { "Q12", new TargetBuilder(), false },
        // Q14 是/否 as a benefit
        { "Q14", With("营养改善长效机制", Level1.Benefit, Level2.Sustainability, "营养改善长效机制", "是"), true },
        { "Q14", With("营养改善长效机制", Level1.Benefit, Level2.Sustainability, "营养改善长效机制", "持续有效"), false },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Check_FiresExactlyWhereAReviewerWould(string rule, TargetBuilder target, bool fires) =>
        Assert.Equal(fires, Review(target).Any(f => f.Rule == rule));

    public static TheoryData<string, string> Switches => new()
    {
        { "Q06", nameof(TargetReviewSection.CheckPlaceholders) },
        { "Q07", nameof(TargetReviewSection.CheckNameValueContradiction) },
        { "Q08", nameof(TargetReviewSection.CheckDirectionWords) },
        { "Q10", nameof(TargetReviewSection.CheckRepeatedLevelNames) },
        { "Q11", nameof(TargetReviewSection.CheckSatisfactionPlacement) },
        { "Q12", nameof(TargetReviewSection.CheckRestatedQuantities) },
        { "Q14", nameof(TargetReviewSection.CheckYesNoBenefits) },
    };

    [Theory, MemberData(nameof(Switches))]
    public void Check_CanBeSwitchedOffByThePack(string rule, string setting)
    {
        var target = Cases.Select(c => ((ITheoryDataRow)c).GetData()).First(d => (string)d[0]! == rule && (bool)d[2]!)[1] as TargetBuilder;
        var definition = TargetReviewSectionDefinition.Instance;
        var json = definition.Write(National);
        json[setting] = false;

        Assert.DoesNotContain(Review(target!, definition.Read(json).Value), f => f.Rule == rule);
    }

    [Theory]
    // 3200 × 5元/人 = 1.6 万元 for one day; with a 2,000-元 standard the product is far above a 100 万元 budget.
    [InlineData("≤2000元/人", 100_0000_00, false)]
    [InlineData("≤5000元/人", 100_0000_00, true)]
    [InlineData("≤3750元/人", 100_0000_00, false)]
    [InlineData("≤3760元/人", 100_0000_00, true)]
    public void Q13_QuantityTimesStandard_AboveTheMoneyByMoreThanTheTolerance(string standard, long budgetFen, bool fires)
    {
        // 3200人 × 3750元/人 = 1,200 万元 = the 1,000 万元 budget × 1.2 (the tolerance): a hair more is flagged.
        var b = With("生均每日营养膳食补助标准", Level1.Output, Level2.OutputCost, "生均补助标准", standard);

        var findings = Review(b, budgetFen: budgetFen * 10);

        Assert.Equal(fires, findings.Any(f => f.Rule == "Q13"));
        if (fires)
        {
            Assert.Contains("3200人 × ", findings.First(f => f.Rule == "Q13").Arithmetic);
        }
    }

    [Fact]
    public void Q13_CostIndicatorsInMoney_AddingUpToMoreThanTheBudget()
    {
        var b = new TargetBuilder()
            .Replace("生均每日营养膳食补助标准", I(Level1.Output, Level2.OutputCost, "设备购置成本", "≤80万元", 10))
            .WithIndicator(I(Level1.Output, Level2.OutputCost, "工程建设成本", "≤60万元", 0));

        Assert.Contains(Review(b, budgetFen: 100_0000_00), f => f.Rule == "Q13" && f.Message.Contains("合计 140.00 万元", StringComparison.Ordinal));
        Assert.DoesNotContain(Review(b, budgetFen: 200_0000_00), f => f.Rule == "Q13");
        Assert.DoesNotContain(Review(b), f => f.Rule == "Q13");
    }

    [Fact]
    public void S09_WeightsAbsent_AreOneFindingForTheTable_OnlyWhenThePackRequiresThem()
    {
        var b = new TargetBuilder();
        foreach (var name in new[] { "受益学生人数", "营养餐食品安全抽检合格率", "补助资金按月拨付及时率", "生均每日营养膳食补助标准", "学生营养不良检出率较上年下降", "营养改善长效机制", "学生及家长满意度" })
        {
            var old = b.Build().Indicators.Single(i => i.Name == name);
            b.Replace(name, I(old.Level1, old.Level2, name, old.Value.ToString(), 0));
        }

        Assert.DoesNotContain(Review(b), f => f.Rule is "S06" or "S09");
        var required = Review(b, National with { RequireWeightsAtDeclaration = true });
        Assert.Single(required, f => f.Rule == "S09");
        Assert.DoesNotContain(required, f => f.Rule == "S06");
    }

    [Fact]
    public void ReadingNotes_BecomeFindings_OnTheirIndicator_AndAValueToFixBlocks()
    {
        var note = new ReadingNote(ReadingNote.MissingOperator, "指标值“100%”未写比较符号，已按质量指标默认“≥”读作“≥100%”，请确认。");
        var fix = new ReadingNote(ReadingNote.MustFix, "指标值“4800”缺少计量单位（如 %、人、天、万元）：请补充单位。");
        var b = new TargetBuilder()
            .Replace("营养餐食品安全抽检合格率", I(Level1.Output, Level2.Quality, "营养餐食品安全抽检合格率", "≥100%", 15) with { Notes = [note] })
            .Replace("受益学生人数", new TargetIndicatorInput(Level1.Output, Level2.Quantity, "受益学生人数", IndicatorValue.Unresolved("4800"), 20, ValueSource.Plan, "达到得满分") { Notes = [fix] });

        var findings = Review(b);

        Assert.Contains(findings, f => f.Rule == "R01" && f.Severity == FindingSeverity.Warning && f.Subject == "营养餐食品安全抽检合格率");
        Assert.Contains(findings, f => f.Rule == "F01" && f.Severity == FindingSeverity.Error && f.Subject == "受益学生人数");
    }
}
