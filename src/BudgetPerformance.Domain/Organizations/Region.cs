using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>行政区划: a province, city or county/district identified by its 6-digit code.</summary>
public sealed class Region : Entity
{
    private Region()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public RegionLevel Level { get; private set; }
    public long? ParentId { get; private set; }

    /// <summary>Creates a region, checking that the code is 6 digits and fits the level and the parent.</summary>
    public static Result<Region> Create(string code, string name, Region? parent)
    {
        var level = RegionCode.LevelOf(code);
        if (level is null)
        {
            return Error.Validation($"行政区划代码“{code}”无效：应为 6 位数字。", nameof(Code));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 50)
        {
            return Error.Validation("行政区划名称不能为空，且不超过 50 个字。", nameof(Name));
        }

        if (parent is null && level != RegionLevel.Province)
        {
            return Error.Validation($"“{name}”（{code}）不是省级区划，必须指定上级区划。", nameof(ParentId));
        }

        if (parent is not null)
        {
            if ((int)parent.Level >= (int)level)
            {
                return Error.Validation($"“{name}”的级别应低于上级“{parent.Name}”。", nameof(ParentId));
            }

            if (!RegionCode.IsWithin(code, parent.Code))
            {
                return Error.Validation($"行政区划代码 {code} 不属于上级区划 {parent.Code}。", nameof(Code));
            }
        }

        return new Region { Code = code, Name = name.Trim(), Level = level.Value, ParentId = parent?.Id };
    }
}

/// <summary>The three levels of the regions the platform serves.</summary>
public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
}

/// <summary>Rules of the 6-digit 行政区划代码: PP0000 province, PPCC00 city, PPCCXX county/district.</summary>
public static class RegionCode
{
    public static RegionLevel? LevelOf(string? code)
    {
        if (code is null || code.Length != 6 || !code.All(char.IsAsciiDigit) || code[..2] == "00")
        {
            return null;
        }

        if (code[2..] == "0000")
        {
            return RegionLevel.Province;
        }

        return code[4..] == "00" ? RegionLevel.City : RegionLevel.County;
    }

    /// <summary>True when <paramref name="code"/> lies inside (or is) the region <paramref name="ancestorCode"/>.</summary>
    public static bool IsWithin(string code, string ancestorCode)
    {
        var level = LevelOf(ancestorCode);
        return level switch
        {
            RegionLevel.Province => code[..2] == ancestorCode[..2],
            RegionLevel.City => code[..4] == ancestorCode[..4],
            RegionLevel.County => code == ancestorCode,
            _ => false,
        };
    }
}
