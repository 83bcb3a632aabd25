using System.Globalization;

namespace BudgetPerformance.Domain.Common;

/// <summary>
/// An exact amount of money in 分 (hundredths of a yuan). Stored as an integer so that SQL can compare and sum it;
/// shown in 万元 with two decimals as official tables do.
/// </summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public const long FenPerYuan = 100;
    public const long FenPerWanYuan = 1_000_000;

    public static readonly Money Zero = new(0);

    public static Money FromYuan(decimal yuan) => new(checked((long)decimal.Round(yuan * FenPerYuan, 0, MidpointRounding.AwayFromZero)));

    public static Money FromWanYuan(decimal wanYuan) => new(checked((long)decimal.Round(wanYuan * FenPerWanYuan, 0, MidpointRounding.AwayFromZero)));

    public decimal Yuan => Fen / (decimal)FenPerYuan;

    public decimal WanYuan => Fen / (decimal)FenPerWanYuan;

    /// <summary>亿元, for headline figures.</summary>
    public decimal YiYuan => Fen / (decimal)(FenPerWanYuan * 10_000);

    public bool IsNegative => Fen < 0;

    /// <summary>The official display: 万元 with two decimals and thousands separators, e.g. "1,234.56".</summary>
    public string ToWanYuanString() => decimal.Round(WanYuan, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", CultureInfo.InvariantCulture);

    public override string ToString() => ToWanYuanString() + " 万元";

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (total, m) => total + m);
}
