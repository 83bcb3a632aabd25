using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>An amount split by source: 当年财政拨款, 上年结转, 其他资金.</summary>
public readonly record struct FundAmounts(Money CurrentYearAppropriation, Money CarryOver, Money Other)
{
    public static readonly FundAmounts Zero = new(Money.Zero, Money.Zero, Money.Zero);

    public Money Total => CurrentYearAppropriation + CarryOver + Other;

    /// <summary>The 财政资金 part (拨款 + 结转), which the execution rate is usually measured against.</summary>
    public Money FiscalFunds => CurrentYearAppropriation + CarryOver;

    public Money Of(FundSource source) => source switch
    {
        FundSource.CurrentYearAppropriation => CurrentYearAppropriation,
        FundSource.CarryOver => CarryOver,
        FundSource.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public bool HasNegative => CurrentYearAppropriation.IsNegative || CarryOver.IsNegative || Other.IsNegative;
}
