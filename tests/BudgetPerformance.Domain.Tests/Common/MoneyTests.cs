using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0", 0L, "0.00")]
    [InlineData("1.23", 123L, "0.00")]
    [InlineData("5000", 500_000L, "0.50")]
    [InlineData("12345678.90", 1_234_567_890L, "1,234.57")]
    [InlineData("3448000000", 344_800_000_000L, "344,800.00")]
    public void FromYuan_StoresFen_AndShowsWanYuanWithTwoDecimals(string yuan, long fen, string wan)
    {
        var money = Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(fen, money.Fen);
        Assert.Equal(wan, money.ToWanYuanString());
    }

    [Fact]
    public void FromWanYuan_IsExact()
    {
        Assert.Equal(1_234_567_800L, Money.FromWanYuan(1234.5678m).Fen);
        Assert.Equal(34.48m, Money.FromWanYuan(344_800m).YiYuan);
    }

    [Fact]
    public void Arithmetic_IsExact_AndOverflowThrows()
    {
        Assert.Equal(new Money(30), new Money(10) + new Money(20));
        Assert.Equal(new Money(60), Money.Sum([new(10), new(20), new(30)]));
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
    }
}
