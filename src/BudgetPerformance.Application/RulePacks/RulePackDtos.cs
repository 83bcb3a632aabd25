using System.Text.Json.Nodes;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Application.RulePacks;

/// <summary>One setting as the 规则方案 page and the API show it: what it means, its range and its value.</summary>
public sealed record SettingDto(
    string Name, string Label, string Meaning, SettingKind Kind, string Value, JsonNode? Raw, decimal? Min, decimal? Max, string? Unit, IReadOnlyList<SettingChoice> Choices);

/// <summary>
/// A stage's section of a pack version: carried by the version itself or inherited (from which pack version), the
/// schema it was written under, and the settings that apply.
/// </summary>
public sealed record PackSectionDto(RuleStage Stage, string StageName, bool Inherited, string Source, int SchemaVersion, IReadOnlyList<SettingDto> Settings, string? Problem);

/// <summary>One version of a rule pack.</summary>
public sealed record RulePackDto(
    long Id,
    string Code,
    string Name,
    int Version,
    string Label,
    string Basis,
    long? OwnerRegionId,
    string OwnerName,
    string? ParentCode,
    int? ParentVersion,
    DateTime CreatedAt,
    string CreatedBy,
    string ChangeNote,
    bool IsLatest,
    bool MayRevise,
    int? NewerParentVersion,
    TargetReviewSection? TargetReview,
    Domain.Monitoring.MonitoringSection? Monitoring,
    IReadOnlyList<PackSectionDto> Sections,
    IReadOnlyList<string> AssignedTo);

/// <summary>What changed in one stage between two versions of a pack.</summary>
public sealed record SectionDiffDto(RuleStage Stage, string StageName, string SourceBefore, string SourceAfter, IReadOnlyList<SettingChange> Changes);

public sealed record RulePackDiffDto(string Code, int From, int To, string FromLabel, string ToLabel, string FromNote, string ToNote, IReadOnlyList<SectionDiffDto> Sections);

public sealed record RulePackAssignmentDto(long Id, long RegionId, string RegionName, int? FiscalYear, string RulePackCode, string RulePackName, int? PinnedVersion, DateTime? LatestAsOf, string VersionRule, DateTime AssignedAt, string AssignedBy);

/// <summary>Builds the DTOs from a snapshot: effective settings with meanings, sources and who may revise.</summary>
public static class RulePackViews
{
    public static RulePackDto ToDto(RulePack p, RulePackSnapshot snapshot, long? adminRegionId)
    {
        var latest = snapshot.Latest(p.Code);
        var parentLatest = p.ParentCode is null ? null : snapshot.Latest(p.ParentCode);
        var sections = RuleSections.All.Where(d => p.Sections[d.Stage] is not null).Select(d => Section(p, d, snapshot)).ToList();
        var targetReview = snapshot.Section(p, TargetReviewSectionDefinition.Instance);
        var monitoring = snapshot.Section(p, Domain.Monitoring.MonitoringSectionDefinition.Instance);
        var owner = p.OwnerRegionId is { } r ? (snapshot.Regions.TryGetValue(r, out var region) ? region.Name : $"地区 {r}") : "平台内置";
        return new RulePackDto(
            p.Id, p.Code, p.Name, p.Version, p.Label, p.Basis, p.OwnerRegionId, owner, p.ParentCode, p.ParentVersion, p.CreatedAt, p.CreatedBy, p.ChangeNote,
            latest?.Version == p.Version,
            adminRegionId is { } admin && p.IsOwnedBy(admin) && latest?.Version == p.Version,
            parentLatest is not null && parentLatest.Version > (p.ParentVersion ?? 0) ? parentLatest.Version : null,
            targetReview.IsSuccess ? targetReview.Value.Settings : null,
            monitoring.IsSuccess ? monitoring.Value.Settings : null,
            sections,
            AssignedTo(p.Code, snapshot));
    }

    public static IReadOnlyList<string> AssignedTo(string code, RulePackSnapshot snapshot) =>
        snapshot.Assignments.Where(a => a.RulePackCode == code)
            .OrderBy(a => a.RegionId).ThenBy(a => a.FiscalYear)
            .Select(a => $"{(snapshot.Regions.TryGetValue(a.RegionId, out var r) ? r.Name : a.RegionId.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(a.FiscalYear is { } y ? $"（{y} 年度）" : string.Empty)}")
            .ToList();

    private static PackSectionDto Section(RulePack p, SectionDefinition definition, RulePackSnapshot snapshot)
    {
        var own = p.Sections[definition.Stage]!;
        var (source, settings, problem) = Effective(p, definition, snapshot);
        var rows = settings is null
            ? []
            : definition.Fields.Select(f => new SettingDto(f.Name, f.Label, f.Meaning, f.Kind, f.Display(settings[f.Name]), settings[f.Name]?.DeepClone(), f.Min, f.Max, f.Unit, f.Choices)).ToList();
        return new PackSectionDto(definition.Stage, definition.StageName, own.Inherits, own.Inherits ? $"继承自“{source}”" : "本方案", source is null ? 0 : own.SchemaVersion, rows, problem);
    }

    /// <summary>The settings that apply for a stage (upgraded to the current schema), and the pack version they come from.</summary>
    public static (string? Source, JsonObject? Settings, string? Problem) Effective(RulePack p, SectionDefinition definition, RulePackSnapshot snapshot)
    {
        var current = p;
        for (var depth = 0; depth <= RulePack.MaxInheritanceDepth; depth++)
        {
            var section = current.Sections[definition.Stage];
            if (section is null)
            {
                return (null, null, $"“{current.Label}”没有配置{definition.StageName}规则。");
            }

            if (!section.Inherits)
            {
                var upgraded = definition.Upgrade(section.Settings(), section.SchemaVersion);
                return upgraded.IsSuccess ? (current.Label, upgraded.Value, null) : (current.Label, null, upgraded.Error!.Message);
            }

            var next = snapshot.Find(section.FromCode!, section.FromVersion!.Value);
            if (next is null)
            {
                return (null, null, $"继承的“{section.FromCode}”第 {section.FromVersion} 版不存在。");
            }

            current = next;
        }

        return (null, null, "继承层级过深。");
    }
}
