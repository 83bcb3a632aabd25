using BudgetPerformance.Domain.Monitoring;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>Amounts and dates as execution and payment exports write them.</summary>
public sealed class ExecutionValuesTests
{
    [Theory]
    [InlineData("1234.56", false, 123_456L)]
    [InlineData("1,234.56", false, 123_456L)]
    [InlineData("1234.56元", false, 123_456L)]
    [InlineData("12.5", true, 12_500_000L)]
    [InlineData("12.5万元", false, 12_500_000L)]
    [InlineData("12.5万", false, 12_500_000L)]
    [InlineData("125000元", true, 12_500_000L)]  // a unit in the cell wins over the header's
    [InlineData("0", false, 0L)]
    [InlineData("-5", false, null)]              // a cumulative figure is never negative
    [InlineData("一千", false, null)]
    [InlineData("", false, null)]
    [InlineData("100000001", true, null)]         // above 1 万亿元: a typing error
    public void Cumulative_amounts(string text, bool inWanYuan, long? fen) =>
        Assert.Equal(fen, ExecutionValues.ReadAmount(text, inWanYuan));

    [Theory]
    [InlineData("-5", -500L)]
    [InlineData("－5.5", -550L)]
    [InlineData("(1,200.00)", -120_000L)]
    [InlineData("（3）", -300L)]
    [InlineData("-0.5万元", -500_000L)]
    [InlineData("--5", null)]
    [InlineData("()", null)]
    public void Payment_reversals_may_be_negative(string text, long? fen) =>
        Assert.Equal(fen, ExecutionValues.ReadAmount(text, inWanYuan: false, allowNegative: true));

    [Theory]
    [InlineData("2026-06-15", "2026-06-15")]
    [InlineData("2026/6/5", "2026-06-05")]
    [InlineData("2026.06.15", "2026-06-15")]
    [InlineData("20260615", "2026-06-15")]
    [InlineData("2026年6月15日", "2026-06-15")]
    [InlineData("2026-06-15 14:03:00", "2026-06-15")]
    [InlineData("2026/6/15 9:03", "2026-06-15")]
    [InlineData("46188", "2026-06-15")]           // an Excel date serial
    [InlineData(" 2026-01-01 ", "2026-01-01")]
    public void Payment_dates(string text, string expected)
    {
        var date = ExecutionValues.ReadDate(text, 2026);
        Assert.True(date.IsSuccess, date.Error?.Message);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Value);
    }

    [Theory]
    [InlineData("2025-12-31", "不在 2026 年度内")]
    [InlineData("2026-13-01", "无法识别")]
    [InlineData("六月十五日", "无法识别")]
    [InlineData("", "无法识别")]
    [InlineData("123", "无法识别")]
    public void Unreadable_or_other_year_dates_are_named(string text, string message)
    {
        var date = ExecutionValues.ReadDate(text, 2026);
        Assert.False(date.IsSuccess);
        Assert.Contains(message, date.Error!.Message, StringComparison.Ordinal);
    }
}
