using System.Text.Json.Nodes;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// One stage's section of a pack version: either carried (settings written under a schema version) or explicitly
/// inherited from a named pack at a pinned version.
/// </summary>
public sealed record PackSection
{
    private PackSection(bool inherits, int schemaVersion, string? settingsJson, string? fromCode, int? fromVersion)
    {
        Inherits = inherits;
        SchemaVersion = schemaVersion;
        SettingsJson = settingsJson;
        FromCode = fromCode;
        FromVersion = fromVersion;
    }

    public bool Inherits { get; }

    /// <summary>The pack an inherited section is read from, and its pinned version.</summary>
    public string? FromCode { get; }
    public int? FromVersion { get; }

    /// <summary>The schema the settings were written under (0 for an inherited section).</summary>
    public int SchemaVersion { get; }

    /// <summary>The settings as stored, exactly as they were written.</summary>
    public string? SettingsJson { get; }

    public static PackSection Carried(int schemaVersion, JsonObject settings) => new(false, schemaVersion, settings.ToJsonString(), null, null);

    public static PackSection Carried(int schemaVersion, string settingsJson) => new(false, schemaVersion, settingsJson, null, null);

    public static PackSection InheritedFrom(string code, int version) => new(true, 0, null, code, version);

    public JsonObject Settings() => JsonNode.Parse(SettingsJson ?? "{}")!.AsObject();
}

/// <summary>The sections of a pack version by stage. A stage without an entry is not configured by the pack.</summary>
public sealed record PackSections
{
    public PackSections(IReadOnlyDictionary<RuleStage, PackSection> byStage) => ByStage = byStage;

    public IReadOnlyDictionary<RuleStage, PackSection> ByStage { get; }

    public PackSection? this[RuleStage stage] => ByStage.GetValueOrDefault(stage);

    public PackSections With(RuleStage stage, PackSection section)
    {
        var copy = ByStage.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy[stage] = section;
        return new PackSections(copy);
    }

    public static PackSections Empty { get; } = new(new Dictionary<RuleStage, PackSection>());

    /// <summary>Every stage listed, inherited from one pack version (a newly derived pack).</summary>
    public static PackSections AllInherited(IEnumerable<RuleStage> stages, string code, int version) =>
        new(stages.ToDictionary(s => s, _ => PackSection.InheritedFrom(code, version)));

    /// <summary>Storage form: {"TargetReview":{"schema":1,"settings":{…}},"Monitoring":{"inherit":{"code":"national","version":2}}}.</summary>
    public string ToJson()
    {
        var root = new JsonObject();
        foreach (var (stage, section) in ByStage.OrderBy(kv => kv.Key))
        {
            root[stage.ToString()] = section.Inherits
                ? new JsonObject { ["inherit"] = new JsonObject { ["code"] = section.FromCode, ["version"] = section.FromVersion } }
                : new JsonObject { ["schema"] = section.SchemaVersion, ["settings"] = JsonNode.Parse(section.SettingsJson!) };
        }

        return root.ToJsonString();
    }

    public static PackSections FromJson(string json)
    {
        var result = new Dictionary<RuleStage, PackSection>();
        foreach (var (key, node) in JsonNode.Parse(json)!.AsObject())
        {
            if (!Enum.TryParse<RuleStage>(key, out var stage) || node is not JsonObject entry)
            {
                throw new FormatException($"规则方案中有无法识别的阶段“{key}”。");
            }

            result[stage] = entry["inherit"] is JsonObject from
                ? PackSection.InheritedFrom(from["code"]!.GetValue<string>(), from["version"]!.GetValue<int>())
                : PackSection.Carried(entry["schema"]!.GetValue<int>(), entry["settings"]!.ToJsonString());
        }

        return new PackSections(result);
    }
}
