using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Tests.RulePacks;

public sealed class RulePackResolutionTests
{
    private const long Province = 1;
    private const long City = 2;
    private const long County = 3;
    private static readonly long[] Chain = [County, City, Province];

    private static readonly DateTime In2026 = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime In2027 = new(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    private static RulePackAssignment Assign(long region, int? year, string code, int? pinned = null, DateTime? asOf = null) =>
        RulePackAssignment.Create(region, year, code, pinned, asOf, "admin", In2026).Value;

    private static PackChoice Choose(TestRulePacks packs, int year, params RulePackAssignment[] assignments) =>
        RulePackResolution.Choose(Chain, year, assignments, packs.Versions, ShippedRulePacks.National).Value;

    private static RulePack Revise(TestRulePacks packs, RulePack pack, Func<TargetReviewSection, TargetReviewSection> change, DateTime at)
    {
        var current = RulePackResolution.Section(pack, TargetReviewSectionDefinition.Instance, packs.Find).Value.Settings;
        var definition = TargetReviewSectionDefinition.Instance;
        return packs.Add(pack.ReviseSection(definition, definition.Write(change(current)), "admin", "调整", at).Value);
    }

    private static RulePack Derived(TestRulePacks packs, string from, DateTime at) =>
        packs.Add(packs.Latest(from).Derive("linhe", "临河县规则方案", County, "czadmin", at).Value);

    [Fact]
    public void Choose_WithoutAnyAssignment_IsTheNationalDefault()
    {
        var choice = Choose(new TestRulePacks(), 2026);

        Assert.Equal(ShippedRulePacks.National, choice.Pack.Code);
        Assert.Contains("全国默认", choice.Reason);
    }

    [Fact]
    public void Choose_TheNearestRegionWins_AndAYearSpecificChoiceWinsOverAllYears()
    {
        var packs = new TestRulePacks();

        Assert.Equal(ShippedRulePacks.Atushi, Choose(packs, 2026, Assign(Province, null, ShippedRulePacks.Hubei), Assign(County, null, ShippedRulePacks.Atushi)).Pack.Code);
        Assert.Equal(ShippedRulePacks.Sichuan, Choose(packs, 2026, Assign(County, null, ShippedRulePacks.Atushi), Assign(County, 2026, ShippedRulePacks.Sichuan)).Pack.Code);
        Assert.Equal(ShippedRulePacks.Atushi, Choose(packs, 2027, Assign(County, null, ShippedRulePacks.Atushi), Assign(County, 2026, ShippedRulePacks.Sichuan)).Pack.Code);
    }

    [Fact]
    public void Choose_ALaterVersionOfTheSamePack_AppliesToTheYearItWasMadeIn_NotToAnEarlierYear()
    {
        var packs = new TestRulePacks();
        var v2 = Revise(packs, packs.Latest(ShippedRulePacks.Atushi), s => s with { MinLevel3Count = 9 }, In2027);
        var assignment = Assign(County, null, ShippedRulePacks.Atushi);

        // A 2026 self-evaluation scored in 2027 still uses what applied to 2026.
        Assert.Equal(1, Choose(packs, 2026, assignment).Pack.Version);
        Assert.Equal(v2.Version, Choose(packs, 2027, assignment).Pack.Version);
    }

    [Fact]
    public void Choose_APinnedVersion_StaysWhateverComesLater()
    {
        var packs = new TestRulePacks();
        Revise(packs, packs.Latest(ShippedRulePacks.Atushi), s => s with { MinLevel3Count = 9 }, In2026);

        var choice = Choose(packs, 2026, Assign(County, null, ShippedRulePacks.Atushi, pinned: 1));

        Assert.Equal(1, choice.Pack.Version);
        Assert.Contains("固定第 1 版", choice.Reason);
        Assert.False(RulePackResolution.Choose(Chain, 2026, [Assign(County, null, ShippedRulePacks.Atushi, pinned: 5)], packs.Versions, ShippedRulePacks.National).IsSuccess);
    }

    [Fact]
    public void Choose_LatestAsOfADate_IgnoresVersionsMadeAfterIt()
    {
        var packs = new TestRulePacks();
        Revise(packs, packs.Latest(ShippedRulePacks.Atushi), s => s with { MinLevel3Count = 9 }, In2026.AddDays(10));

        Assert.Equal(1, Choose(packs, 2026, Assign(County, null, ShippedRulePacks.Atushi, asOf: In2026)).Pack.Version);
        Assert.Equal(2, Choose(packs, 2026, Assign(County, null, ShippedRulePacks.Atushi, asOf: In2026.AddDays(11))).Pack.Version);
    }

    [Fact]
    public void Choose_APackMadeAfterTheYearEnded_FallsBackToItsFirstVersion()
    {
        var packs = new TestRulePacks();
        Derived(packs, ShippedRulePacks.Atushi, In2027);

        var choice = Choose(packs, 2026, Assign(County, null, "linhe"));

        Assert.Equal(1, choice.Pack.Version);
        Assert.Contains("尚无版本", choice.Reason);
    }

    [Fact]
    public void Section_OfADerivedPack_IsInheritedFromThePinnedParentVersion_UntilRebased()
    {
        var packs = new TestRulePacks();
        var linhe = Derived(packs, ShippedRulePacks.Atushi, In2026);
        var atushi2 = Revise(packs, packs.Latest(ShippedRulePacks.Atushi), s => s with { MinLevel3Count = 9 }, In2026.AddDays(1));

        var before = RulePackResolution.Section(linhe, TargetReviewSectionDefinition.Instance, packs.Find).Value;
        var rebased = packs.Add(linhe.Rebase(atushi2, "czadmin", "同步", In2026.AddDays(2)).Value);
        var after = RulePackResolution.Section(rebased, TargetReviewSectionDefinition.Instance, packs.Find).Value;

        Assert.Equal((7, "linhe", 1, ShippedRulePacks.Atushi, 1), (before.Settings.MinLevel3Count, before.Pack.Code, before.Pack.Version, before.Source.Code, before.Source.Version));
        Assert.Equal((9, 2, 2), (after.Settings.MinLevel3Count, after.Pack.Version, after.Source.Version));
    }

    [Fact]
    public void Section_RevisedInTheDerivedPack_LeavesTheParentAsItWas()
    {
        var packs = new TestRulePacks();
        var linhe2 = Revise(packs, Derived(packs, ShippedRulePacks.Atushi, In2026), s => s with { MinQuantifiedShare = 0.8m }, In2026.AddDays(1));

        Assert.Equal(0.8m, RulePackResolution.Section(linhe2, TargetReviewSectionDefinition.Instance, packs.Find).Value.Settings.MinQuantifiedShare);
        Assert.Equal(0.7m, packs.TargetReview(ShippedRulePacks.Atushi).Settings.MinQuantifiedShare);
        Assert.Equal("linhe", RulePackResolution.Section(linhe2, TargetReviewSectionDefinition.Instance, packs.Find).Value.Source.Code);
    }

    [Fact]
    public void Section_InheritedFromAVersionThatDoesNotExist_IsAClearError()
    {
        var packs = new TestRulePacks();
        var orphan = packs.Add(RulePack.Create("orphan", "孤立方案", "测试", County, ("gone", 3),
            new PackSections(new Dictionary<RuleStage, PackSection> { [RuleStage.TargetReview] = PackSection.InheritedFrom("gone", 3) }), "admin", "测试", In2026).Value);

        var result = RulePackResolution.Section(orphan, TargetReviewSectionDefinition.Instance, packs.Find);

        Assert.Contains("继承自“gone”第 3 版，但该版本不存在", result.Error!.Message);
    }

    [Fact]
    public void Section_AStageThePackDoesNotConfigure_IsAnError_NotADefault()
    {
        var packs = new TestRulePacks();
        var empty = packs.Add(RulePack.Create("empty", "空方案", "测试", County, null, PackSections.Empty, "admin", "测试", In2026).Value);

        Assert.Contains("没有配置绩效目标审核规则", RulePackResolution.Section(empty, TargetReviewSectionDefinition.Instance, packs.Find).Error!.Message);
    }

    [Fact]
    public void Stamp_NamesThePackChosen_TheSectionsSource_TheSchemaAndTheEngine()
    {
        var packs = new TestRulePacks();
        var section = RulePackResolution.Section(Derived(packs, ShippedRulePacks.Atushi, In2026), TargetReviewSectionDefinition.Instance, packs.Find).Value;

        var stamp = section.Stamp(Domain.Targets.TargetReview.Engine, In2026);

        Assert.Equal(("linhe", 1, ShippedRulePacks.Atushi, 1, RuleStage.TargetReview, TargetReviewSectionDefinition.Instance.SchemaVersion, Domain.Targets.TargetReview.Engine.Version),
            (stamp.PackCode, stamp.PackVersion, stamp.SectionPackCode, stamp.SectionPackVersion, stamp.Stage, stamp.SchemaVersion, stamp.EngineVersion));
    }

    [Fact]
    public void Ownership_ShippedPacksBelongToNoRegion_ADerivedPackToItsRegion()
    {
        var packs = new TestRulePacks();
        var linhe = Derived(packs, ShippedRulePacks.Atushi, In2026);

        Assert.False(packs.Latest(ShippedRulePacks.National).IsOwnedBy(County));
        Assert.True(linhe.IsOwnedBy(County));
        Assert.False(linhe.IsOwnedBy(City));
        Assert.Equal((ShippedRulePacks.Atushi, 1), (linhe.ParentCode, linhe.ParentVersion));
    }

    [Fact]
    public void Rebase_WithoutANewerParentVersion_IsAConflict()
    {
        var packs = new TestRulePacks();
        var linhe = Derived(packs, ShippedRulePacks.Atushi, In2026);

        Assert.Equal(ErrorKind.Conflict, linhe.Rebase(packs.Latest(ShippedRulePacks.Atushi), "czadmin", "同步", In2026).Error!.Kind);
    }

    [Fact]
    public void Revise_WithoutANote_IsRefused() =>
        Assert.Contains("修订说明", new TestRulePacks().Latest(ShippedRulePacks.Atushi)
            .ReviseSection(TargetReviewSectionDefinition.Instance, TargetReviewSectionDefinition.Instance.Write(ShippedRulePacks.NationalTargetReview), "admin", " ", In2026).Error!.Message);

    [Fact]
    public void UpgradePlan_GivesAPackTheStagesItsParentHasAndItLacks()
    {
        var packs = new TestRulePacks();
        var bare = packs.Add(RulePack.Create("bare", "未分阶段的方案", "测试", County, (ShippedRulePacks.National, 1), PackSections.Empty, "admin", "测试", In2026).Value);

        var plan = RulePackUpgrade.Plan(bare, packs.Latest(ShippedRulePacks.National), null)!;

        Assert.True(plan.Sections[RuleStage.TargetReview]!.Inherits);
        Assert.Contains("新增绩效目标审核规则（继承“全国默认（第 1 版）”）", plan.Steps);
        Assert.Null(RulePackUpgrade.Plan(packs.Latest(ShippedRulePacks.Atushi), packs.Latest(ShippedRulePacks.National), ShippedRulePacks.Get(ShippedRulePacks.Atushi)));
    }

    [Fact]
    public void EndOfYear_IsMidnightOfTheFirstOfJanuaryInBeijing() =>
        Assert.Equal(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), BeijingTime.EndOfYear(2026));
}
