using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// Which rule pack a region uses for one fiscal year (or every year when <see cref="FiscalYear"/> is null), and which
/// version: a pinned version, or the latest version as of a date — by default the end of the fiscal year resolved, so a
/// 2026 self-evaluation scored in 2027 still uses what applied to 2026.
/// </summary>
public sealed class RulePackAssignment : Entity
{
    private RulePackAssignment()
    {
        RulePackCode = string.Empty;
        AssignedBy = string.Empty;
    }

    public long RegionId { get; private set; }
    public int? FiscalYear { get; private set; }
    public string RulePackCode { get; private set; }
    public int? PinnedVersion { get; private set; }

    /// <summary>Use the latest version created on or before this moment (UTC); null: the end of the fiscal year.</summary>
    public DateTime? LatestAsOf { get; private set; }

    public DateTime AssignedAt { get; private set; }
    public string AssignedBy { get; private set; }

    public static Result<RulePackAssignment> Create(long regionId, int? fiscalYear, string rulePackCode, int? pinnedVersion, DateTime? latestAsOf, string by, DateTime at)
    {
        if (fiscalYear is < 2000 or > 2100)
        {
            return Error.Validation("预算年度应在 2000–2100 之间。", nameof(FiscalYear));
        }

        if (pinnedVersion is < 1)
        {
            return Error.Validation("固定的方案版本号从 1 开始。", nameof(PinnedVersion));
        }

        if (pinnedVersion is not null && latestAsOf is not null)
        {
            return Error.Validation("固定版本与“截至某日的最新版本”只能选一种。", nameof(PinnedVersion));
        }

        return new RulePackAssignment
        {
            RegionId = regionId, FiscalYear = fiscalYear, RulePackCode = rulePackCode, PinnedVersion = pinnedVersion,
            LatestAsOf = latestAsOf, AssignedAt = at, AssignedBy = by,
        };
    }

    /// <summary>How the version is chosen, in words.</summary>
    public string VersionRule => PinnedVersion is { } v ? $"固定第 {v} 版"
        : LatestAsOf is { } d ? $"截至 {BeijingTime.Date(d)} 的最新版本"
        : "所评年度年末的最新版本";
}
