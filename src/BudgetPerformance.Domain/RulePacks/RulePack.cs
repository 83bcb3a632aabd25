using System.Text.Json.Nodes;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// 规则方案: a named, versioned set of the province-specific numbers (DOMAIN.md §9), one section per lifecycle stage.
/// A pack is owned by a region (null: shipped with the platform, changed only by the platform's upgrade steps);
/// only the owner's administrators revise it, others derive their own copy. A version never changes once stored; a
/// change is a new version. A derived pack names its parent (派生自); each section it does not carry names the pack and
/// the pinned version it is inherited from, so a pack version alone determines every setting it applies.
/// </summary>
public sealed class RulePack : Entity
{
    public const int MaxNoteLength = 500;
    public const int MaxInheritanceDepth = 8;

    private RulePack()
    {
        Code = string.Empty;
        Name = string.Empty;
        Basis = string.Empty;
        CreatedBy = string.Empty;
        ChangeNote = string.Empty;
        Sections = PackSections.Empty;
    }

    /// <summary>Stable key across versions, e.g. "national", "sichuan".</summary>
    public string Code { get; private set; }
    public string Name { get; private set; }
    public int Version { get; private set; }

    /// <summary>文件依据: the documents the numbers come from.</summary>
    public string Basis { get; private set; }

    /// <summary>The region whose finance administrators maintain the pack; null for the platform's shipped packs.</summary>
    public long? OwnerRegionId { get; private set; }

    public string? ParentCode { get; private set; }
    public int? ParentVersion { get; private set; }
    public PackSections Sections { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }

    /// <summary>修订说明: why this version exists.</summary>
    public string ChangeNote { get; private set; }

    public string Label => $"{Name}（第 {Version} 版）";

    public bool IsShipped => OwnerRegionId is null;

    public static Result<RulePack> Create(
        string code, string name, string basis, long? ownerRegionId, (string Code, int Version)? parent, PackSections sections, string createdBy, string note, DateTime at) =>
        Build(code, name, 1, basis, ownerRegionId, parent, sections, createdBy, note, at);

    /// <summary>May the finance administrators of <paramref name="regionId"/> revise this pack?</summary>
    public bool IsOwnedBy(long regionId) => OwnerRegionId == regionId;

    /// <summary>The next version carrying <paramref name="settings"/> (already read and checked) for one stage.</summary>
    public Result<RulePack> ReviseSection(SectionDefinition definition, JsonObject settings, string by, string note, DateTime at) =>
        Next(Sections.With(definition.Stage, PackSection.Carried(definition.SchemaVersion, settings)), (ParentCode, ParentVersion), by, note, at);

    /// <summary>The next version in which one stage follows the parent again.</summary>
    public Result<RulePack> InheritSection(RuleStage stage, string by, string note, DateTime at) =>
        ParentCode is null || ParentVersion is null
            ? Error.Validation($"“{Name}”没有上级方案，{RuleStages.Name(stage)}规则不能改为继承。", "Stage")
            : Next(Sections.With(stage, PackSection.InheritedFrom(ParentCode, ParentVersion.Value)), (ParentCode, ParentVersion), by, note, at);

    /// <summary>The next version pinned to a newer version of the same parent (同步上级方案).</summary>
    public Result<RulePack> Rebase(RulePack parent, string by, string note, DateTime at)
    {
        if (parent.Code != ParentCode)
        {
            return Error.Validation($"“{Name}”的上级方案是“{ParentCode}”，不是“{parent.Code}”。", "Parent");
        }

        if (parent.Version <= ParentVersion)
        {
            return Error.Conflict($"“{Name}”已跟随上级方案第 {ParentVersion} 版，没有更新的版本。");
        }

        // Sections inherited from the parent follow it to the new version; a stage the parent has gained is inherited too.
        var sections = Sections;
        foreach (var stage in parent.Sections.ByStage.Keys.Where(s => sections[s] is null || sections[s]!.Inherits && sections[s]!.FromCode == parent.Code))
        {
            sections = sections.With(stage, PackSection.InheritedFrom(parent.Code, parent.Version));
        }

        return Next(sections, (parent.Code, parent.Version), by, note, at);
    }

    /// <summary>A region's own copy of this version: every stage inherited, to be revised by the region's administrators.</summary>
    public Result<RulePack> Derive(string code, string name, long ownerRegionId, string by, DateTime at) =>
        Build(code, name, 1, $"派生自“{Label}”", ownerRegionId, (Code, Version), PackSections.AllInherited(Sections.ByStage.Keys, Code, Version), by,
            $"派生自“{Label}”", at);

    /// <summary>A platform upgrade step of a shipped pack (a section migrated to a new schema, or a new stage).</summary>
    public Result<RulePack> Upgrade(PackSections sections, (string Code, int Version)? parent, string note, DateTime at) =>
        Next(sections, parent is { } p ? (p.Code, p.Version) : (null, null), "平台升级", note, at);

    private Result<RulePack> Next(PackSections sections, (string? Code, int? Version) parent, string by, string note, DateTime at) =>
        Build(Code, Name, Version + 1, Basis, OwnerRegionId, parent.Code is null ? null : (parent.Code, parent.Version!.Value), sections, by, note, at);

    private static Result<RulePack> Build(
        string code, string name, int version, string basis, long? ownerRegionId, (string Code, int Version)? parent, PackSections sections, string by, string note, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Error.Validation("规则方案编码须为 1–40 位字母、数字、- 或 _。", nameof(Code));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 60)
        {
            return Error.Validation("规则方案名称不能为空，且不超过 60 个字。", nameof(Name));
        }

        if (version < 1)
        {
            return Error.Validation("规则方案版本号从 1 开始。", nameof(Version));
        }

        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > MaxNoteLength)
        {
            return Error.Validation($"请填写修订说明（不超过 {MaxNoteLength} 个字）。", nameof(ChangeNote));
        }

        if (basis.Length > 500)
        {
            return Error.Validation("文件依据不超过 500 个字。", nameof(Basis));
        }

        if (parent is { } p && p.Code == code || sections.ByStage.Values.Any(s => s.Inherits && s.FromCode == code))
        {
            return Error.Validation("规则方案不能继承自己。", "Parent");
        }

        return new RulePack
        {
            Code = code,
            Name = name.Trim(),
            Version = version,
            Basis = basis.Trim(),
            OwnerRegionId = ownerRegionId,
            ParentCode = parent?.Code,
            ParentVersion = parent?.Version,
            Sections = sections,
            CreatedAt = at,
            CreatedBy = by,
            ChangeNote = note.Trim(),
        };
    }
}
