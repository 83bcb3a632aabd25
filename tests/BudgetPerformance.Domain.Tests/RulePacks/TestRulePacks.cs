using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.Tests.RulePacks;

/// <summary>The shipped packs as the platform creates them on first start, in memory, with ids.</summary>
public sealed class TestRulePacks
{
    public static readonly DateTime Created = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    private readonly List<RulePack> _packs = [];

    public TestRulePacks()
    {
        foreach (var shipped in ShippedRulePacks.All)
        {
            var parent = shipped.ParentCode is { } code ? Latest(code) : null;
            var sections = new PackSections(ShippedRulePacks.CarriedSections(shipped));
            foreach (var stage in parent?.Sections.ByStage.Keys.Where(s => sections[s] is null) ?? [])
            {
                sections = sections.With(stage, PackSection.InheritedFrom(parent!.Code, parent.Version));
            }

            Add(RulePack.Create(shipped.Code, shipped.Name, shipped.Basis, null, parent is null ? null : (parent.Code, parent.Version), sections, "平台", "平台内置方案", Created).Value);
        }
    }

    public IReadOnlyList<RulePack> All => _packs;

    public RulePack Add(RulePack pack)
    {
        pack.AssignId(_packs.Count + 1);
        _packs.Add(pack);
        return pack;
    }

    public RulePack Latest(string code) => _packs.Where(p => p.Code == code).MaxBy(p => p.Version)!;

    public RulePack? Find(string code, int version) => _packs.FirstOrDefault(p => p.Code == code && p.Version == version);

    public IReadOnlyList<RulePack> Versions(string code) => _packs.Where(p => p.Code == code).OrderBy(p => p.Version).ToList();

    public ResolvedSection<TargetReviewSection> TargetReview(string code) =>
        RulePackResolution.Section(Latest(code), TargetReviewSectionDefinition.Instance, Find).Value;

    /// <summary>A stored review of the target as it is, by a shipped pack (national by default).</summary>
    public static RuleOutcome ReviewOf(PerformanceTarget t, string code = ShippedRulePacks.National, CopyIndex? copies = null)
    {
        var section = new TestRulePacks().TargetReview(code);
        var input = TargetReviewInput.From(t);
        var result = Domain.Targets.TargetReview.Run(input, section.Settings, copies ?? CopyIndex.Empty);
        return RuleOutcome.Record(section.Stamp(Domain.Targets.TargetReview.Engine, Created), t.AsOutcomeSubject(), result.Findings, result.Verdict, TargetReviewInput.Serialize(input, result.MatchedPeers));
    }
}
