using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// 规则方案: a named, versioned set of the province-specific numbers (DOMAIN.md §9). Chosen per region and year and
/// recorded with every result it produced, so the result can be explained and re-derived. A version never changes
/// once used; a change is a new version.
/// </summary>
public sealed class RulePack : Entity
{
    private RulePack()
    {
        Code = string.Empty;
        Name = string.Empty;
        Basis = string.Empty;
        Settings = new RulePackSettings();
    }

    /// <summary>Stable key across versions, e.g. "national", "sichuan".</summary>
    public string Code { get; private set; }
    public string Name { get; private set; }
    public int Version { get; private set; }

    /// <summary>文件依据: the documents the numbers come from.</summary>
    public string Basis { get; private set; }
    public RulePackSettings Settings { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public string Label => $"{Name}（第 {Version} 版）";

    public static Result<RulePack> Create(string code, string name, int version, string basis, RulePackSettings settings, DateTime createdAt)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Error.Validation("规则方案编码须为 1–40 位字母、数字、- 或 _。", nameof(Code));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 60)
        {
            return Error.Validation("规则方案名称不能为空，且不超过 60 个字。", nameof(Name));
        }

        if (version < 1)
        {
            return Error.Validation("规则方案版本号从 1 开始。", nameof(Version));
        }

        var check = settings.TargetReview.Check();
        if (!check.IsSuccess)
        {
            return check.Error!;
        }

        return new RulePack { Code = code, Name = name.Trim(), Version = version, Basis = basis.Trim(), Settings = settings, CreatedAt = createdAt };
    }

    /// <summary>The next version with changed settings; the current version stays as it was.</summary>
    public Result<RulePack> Revise(RulePackSettings settings, DateTime at) => Create(Code, Name, Version + 1, Basis, settings, at);
}

/// <summary>Which rule pack a region uses (for one fiscal year, or for every year when <see cref="FiscalYear"/> is null).</summary>
public sealed class RulePackAssignment : Entity
{
    private RulePackAssignment()
    {
        RulePackCode = string.Empty;
    }

    public long RegionId { get; private set; }
    public int? FiscalYear { get; private set; }
    public string RulePackCode { get; private set; }

    public static RulePackAssignment Create(long regionId, int? fiscalYear, string rulePackCode) =>
        new() { RegionId = regionId, FiscalYear = fiscalYear, RulePackCode = rulePackCode };
}
