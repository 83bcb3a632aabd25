using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>One seed entry of the indicator library (Classic framework place).</summary>
public sealed record IndicatorSeed(
    Sector? Sector, Level1 Level1, Level2 Level2, string Name, IndicatorOperator Operator, decimal? Value, string? Unit,
    string? Text, ValueSource Source, string ScoringStandard, string? Keywords = null);

/// <summary>The indicator library shipped with the platform: common (共性) and industry (个性) level-3 indicators.</summary>
/// <remarks>
/// The parts live in IndicatorCatalog.*.cs as static fields. The order in which static initializers of different
/// partial files run is not defined, so <see cref="All"/> is built on first use rather than in an initializer.
/// </remarks>
public static partial class IndicatorCatalog
{
    private static IndicatorSeed[]? all;

    public static IReadOnlyList<IndicatorSeed> All =>
        all ??= [.. Common, .. Education, .. Health, .. Agriculture, .. Social, .. PublicWorks, .. Other];
}
