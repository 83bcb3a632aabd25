namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>Amounts as execution exports write them.</summary>
public sealed class ExecutionAmountTests
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
    [InlineData("-5", false, null)]
    [InlineData("一千", false, null)]
    [InlineData("", false, null)]
    [InlineData("100000001", true, null)]         // above 1 万亿元: a typing error
    public void ReadAmount(string text, bool inWanYuan, long? fen) =>
        Assert.Equal(fen, BudgetPerformance.Application.Monitoring.ImportExecutionDataHandler.ReadAmount(text, inWanYuan));
}
