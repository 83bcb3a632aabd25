using BudgetPerformance.Domain.Monitoring;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>Periods as execution exports write them.</summary>
public sealed class ExecutionBatchTests
{
    [Theory]
    [InlineData("6", 6)]
    [InlineData("06", 6)]
    [InlineData("6月", 6)]
    [InlineData("6月份", 6)]
    [InlineData("6月末", 6)]
    [InlineData("2026-06", 6)]
    [InlineData("2026/6", 6)]
    [InlineData("2026年6月", 6)]
    [InlineData("1-6月", 6)]
    [InlineData("1—8月", 8)]
    [InlineData("2026年1-6月", 6)]
    [InlineData(" 1 月 ", 1)]
    [InlineData("12", 12)]
    [InlineData("６月", 6)]
    [InlineData("２０２６年１－６月", 6)]
    public void ReadMonth_ReadsTheWaysPeriodsAreWritten(string text, int month) =>
        Assert.Equal(month, ExecutionBatch.ReadMonth(text, 2026).Value);

    [Theory]
    [InlineData("13", "月份应为 1–12")]
    [InlineData("0", "月份应为 1–12")]
    [InlineData("2025年6月", "不是 2026 年度")]
    [InlineData("上半年", "无法识别")]
    [InlineData("", "无法识别")]
    [InlineData("4-6月", "不是自 1 月起的累计期间")]
    [InlineData("٦", "无法识别")]
    public void ReadMonth_NamesWhatItCannotRead(string text, string problem) =>
        Assert.Contains(problem, ExecutionBatch.ReadMonth(text, 2026).Error!.Message);

    [Fact]
    public void RollBack_NeedsAReason_AndHappensOnce()
    {
        var batch = ExecutionBatch.Create(1, 2026, ExecutionSource.File, "执行.csv", new string('a', 64), 3, 100, DateTime.UtcNow, 1, "周建国");

        Assert.False(batch.RollBack(" ", "周建国", DateTime.UtcNow).IsSuccess);
        Assert.True(batch.RollBack("口径有误", "周建国", DateTime.UtcNow).IsSuccess);
        Assert.False(batch.IsActive);
        Assert.Contains("已于", batch.RollBack("再次", "周建国", DateTime.UtcNow).Error!.Message);
    }
}
