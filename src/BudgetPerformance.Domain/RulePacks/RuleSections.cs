namespace BudgetPerformance.Domain.RulePacks;

/// <summary>The section definitions the platform knows, one per stage that has rules today.</summary>
public static class RuleSections
{
    public static IReadOnlyList<SectionDefinition> All { get; } = [TargetReviewSectionDefinition.Instance, Monitoring.MonitoringSectionDefinition.Instance];

    public static SectionDefinition? For(RuleStage stage) => All.FirstOrDefault(d => d.Stage == stage);
}

/// <summary>What a platform upgrade changes in one pack's latest version.</summary>
public sealed record PackUpgradePlan(PackSections Sections, (string Code, int Version)? Parent, IReadOnlyList<string> Steps);

/// <summary>
/// The upgrade steps the platform applies to every pack when it starts, parents before children: a carried section
/// written under an older schema is migrated step by step; a stage the pack's parent has and the pack lacks is
/// inherited from the parent's latest version; a shipped pack gains the sections the platform now ships for it.
/// Each upgraded pack gets a new version, so results of the old one still name what produced them.
/// </summary>
public static class RulePackUpgrade
{
    public static PackUpgradePlan? Plan(RulePack latest, RulePack? parentLatest, ShippedPack? shipped)
    {
        var sections = latest.Sections;
        var steps = new List<string>();
        foreach (var (stage, section) in latest.Sections.ByStage)
        {
            if (section.Inherits || RuleSections.For(stage) is not { } definition || section.SchemaVersion >= definition.SchemaVersion)
            {
                continue;
            }

            var upgraded = definition.Upgrade(section.Settings(), section.SchemaVersion);
            if (!upgraded.IsSuccess)
            {
                continue;
            }

            // The platform owns its shipped packs: the settings a step adds take the values the platform ships.
            var settings = upgraded.Value;
            if (shipped is not null && ShippedRulePacks.CarriedSections(shipped).GetValueOrDefault(stage) is { } own)
            {
                var platform = own.Settings();
                foreach (var field in definition.Upgrades.Where(u => u.FromSchema >= section.SchemaVersion).SelectMany(u => u.AddedFields))
                {
                    settings[field] = platform[field]?.DeepClone();
                }
            }

            sections = sections.With(stage, PackSection.Carried(definition.SchemaVersion, settings));
            var how = string.Join("；", definition.Upgrades.Where(u => u.FromSchema >= section.SchemaVersion).Select(u => u.Description));
            steps.Add($"{definition.StageName}规则结构由第 {section.SchemaVersion} 版升级为第 {definition.SchemaVersion} 版（{how}）");
        }

        if (shipped is not null)
        {
            foreach (var (stage, section) in ShippedRulePacks.CarriedSections(shipped).Where(s => sections[s.Key] is null))
            {
                sections = sections.With(stage, section);
                steps.Add($"新增{RuleStages.Name(stage)}规则");
            }
        }

        if (parentLatest is not null)
        {
            foreach (var stage in parentLatest.Sections.ByStage.Keys.Where(s => sections[s] is null))
            {
                sections = sections.With(stage, PackSection.InheritedFrom(parentLatest.Code, parentLatest.Version));
                steps.Add($"新增{RuleStages.Name(stage)}规则（继承“{parentLatest.Label}”）");
            }
        }

        return steps.Count == 0
            ? null
            : new PackUpgradePlan(sections, latest.ParentCode is { } code && latest.ParentVersion is { } version ? (code, version) : null, steps);
    }
}
