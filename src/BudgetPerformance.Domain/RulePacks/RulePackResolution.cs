using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>A pack version as results name it.</summary>
public sealed record RulePackRef(long Id, string Code, int Version, string Label)
{
    public static RulePackRef Of(RulePack p) => new(p.Id, p.Code, p.Version, p.Label);
}

/// <summary>
/// A stage's settings as they apply: the pack version chosen for the region and year, the pack version the section
/// was read from (itself, or an ancestor it inherits from), the schema it was written under, and why it was chosen.
/// </summary>
public sealed record ResolvedSection<T>(RulePackRef Pack, RulePackRef Source, int SchemaVersion, T Settings, string Reason) where T : class
{
    /// <summary>The one place a rule result's stamp is made.</summary>
    public RuleStamp Stamp(RuleEngine engine, DateTime at) =>
        new(Pack.Id, Pack.Code, Pack.Version, Pack.Label, Source.Code, Source.Version, engine.Stage, SchemaVersion, engine.Version, at);
}

/// <summary>Which pack version a region and year use, and why.</summary>
public sealed record PackChoice(RulePack Pack, string Reason);

/// <summary>
/// Resolution of rule packs, pure over what is stored: the nearest assignment up the region tree wins (the region's
/// own over its city's, the city's over the province's; a year-specific one over an all-years one), otherwise the
/// national default; its pinned version, or its latest version as of the assignment's date or the fiscal year's end.
/// A stage's section is then read from that version, or from the parent versions it inherits from.
/// </summary>
public static class RulePackResolution
{
    public static Result<PackChoice> Choose(
        IReadOnlyList<long> regionChain, int fiscalYear, IEnumerable<RulePackAssignment> assignments, Func<string, IReadOnlyList<RulePack>> versionsOf, string defaultCode)
    {
        var chosen = assignments
            .Where(a => regionChain.Contains(a.RegionId) && (a.FiscalYear == fiscalYear || a.FiscalYear is null))
            .OrderBy(a => IndexOf(regionChain, a.RegionId))
            .ThenBy(a => a.FiscalYear is null ? 1 : 0)
            .FirstOrDefault();
        var code = chosen?.RulePackCode ?? defaultCode;
        var versions = versionsOf(code).OrderBy(p => p.Version).ToList();
        if (versions.Count == 0)
        {
            return Error.NotFound($"规则方案“{code}”不存在：请先初始化规则方案。");
        }

        var assigned = chosen is null ? "未指定方案，采用全国默认" : $"按{(chosen.FiscalYear is { } y ? $" {y} 年度" : "各年度")}的指定方案";
        if (chosen?.PinnedVersion is { } pinned)
        {
            var exact = versions.FirstOrDefault(p => p.Version == pinned);
            return exact is null
                ? Error.NotFound($"规则方案“{code}”没有第 {pinned} 版。")
                : new PackChoice(exact, $"{assigned}，固定第 {pinned} 版");
        }

        var asOf = chosen?.LatestAsOf ?? BeijingTime.EndOfYear(fiscalYear);
        var latest = versions.LastOrDefault(p => p.CreatedAt < asOf);
        return latest is null
            ? new PackChoice(versions[0], $"{assigned}；截至 {BeijingTime.Date(asOf)} 尚无版本，采用最早的第 {versions[0].Version} 版")
            : new PackChoice(latest, $"{assigned}，截至 {BeijingTime.Date(asOf)} 的最新版本");
    }

    /// <summary>Reads a stage's section from <paramref name="pack"/>, following inheritance to the pinned parent versions.</summary>
    public static Result<ResolvedSection<T>> Section<T>(RulePack pack, SectionDefinition<T> definition, Func<string, int, RulePack?> find, string reason = "")
        where T : class
    {
        var current = pack;
        for (var depth = 0; depth <= RulePack.MaxInheritanceDepth; depth++)
        {
            var section = current.Sections[definition.Stage];
            if (section is null)
            {
                return Error.Validation($"规则方案“{current.Label}”没有配置{definition.StageName}规则。", "Stage");
            }

            if (!section.Inherits)
            {
                var read = definition.Read(section.Settings(), section.SchemaVersion);
                return read.IsSuccess
                    ? new ResolvedSection<T>(RulePackRef.Of(pack), RulePackRef.Of(current), section.SchemaVersion, read.Value, reason)
                    : read.Error! with { Message = $"规则方案“{current.Label}”的{definition.StageName}规则有误：{read.Error!.Message}" };
            }

            var parent = find(section.FromCode!, section.FromVersion!.Value);
            if (parent is null)
            {
                return Error.Validation($"规则方案“{current.Label}”的{definition.StageName}规则继承自“{section.FromCode}”第 {section.FromVersion} 版，但该版本不存在。", "Parent");
            }

            current = parent;
        }

        return Error.Validation($"规则方案“{pack.Label}”的继承层级超过 {RulePack.MaxInheritanceDepth} 层。", "Parent");
    }

    private static int IndexOf(IReadOnlyList<long> list, long value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
