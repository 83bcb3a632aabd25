using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Indicators.Reading;

namespace BudgetPerformance.Domain.Tests.Indicators;

/// <summary>宽进严审: every form real tables use, how it is read, and what is refused.</summary>
public sealed class IndicatorValueReaderTests
{
    private static ValueReading Read(string text, Level2 level2 = Level2.Quality, string name = "验收合格率", string? op = null, string? unit = null) =>
        IndicatorValueReader.Read(text, new ValueContext(level2, name, 2026, ValueContext.DefaultLowerIsBetter) { OperatorColumn = op, UnitColumn = unit });

    [Theory]
    [InlineData("≥95%", "≥95%", null)]
    [InlineData("≤30天", "≤30天", null)]
    [InlineData("=100人", "=100人", null)]
    [InlineData("＞＝95％", "≥95%", "R02")]
    [InlineData("≧95%", "≥95%", "R02")]
    [InlineData("⩾95%", "≥95%", "R02")]
    [InlineData("≦30天", "≤30天", "R02")]
    [InlineData("⩽30天", "≤30天", "R02")]
    [InlineData("＜＝5起", "≤5起", "R02")]
    [InlineData("═100%", "=100%", "R02")]
    [InlineData("﹦100%", "=100%", "R02")]
    [InlineData("≥９５％", "≥95%", null)]
    [InlineData("≥ 95 %", "≥95%", null)]
    [InlineData("≥1,200人", "≥1200人", null)]
    [InlineData("不少于95%", "≥95%", "R02")]
    [InlineData("不低于3200人", "≥3200人", "R02")]
    [InlineData("达到100%", "≥100%", "R02")]
    [InlineData("95%以上", "≥95%", "R02")]
    [InlineData("不超过30天", "≤30天", "R02")]
    [InlineData("不高于5元/人", "≤5元/人", "R02")]
    [InlineData("30天以内", "≤30天", "R02")]
    [InlineData("5%以下", "≤5%", "R02")]
    [InlineData("控制在5%以内", "≤5%", "R02")]
    [InlineData("较上年提高5%", "≥5%", "R02")]
    public void Read_SignsAndWords_AreReadAsTheComparison(string written, string printed, string? note)
    {
        var r = Read(written);

        Assert.False(r.IsRefused, r.Refusal);
        Assert.Equal(printed, r.Value!.ToString());
        if (note is null)
        {
            Assert.DoesNotContain(r.Notes, n => n.Code is "R01" or "R02");
        }
        else
        {
            Assert.Contains(r.Notes, n => n.Code == note);
        }
    }

    [Theory]
    [InlineData("100%", Level2.Quality, "验收合格率", "≥100%", "质量指标默认“≥”")]
    [InlineData("350人", Level2.Quantity, "受益人数", "≥350人", "数量指标默认“≥”")]
    [InlineData("1200亩", Level2.Quantity, "新增灌溉面积", "≥1200亩", "默认")]
    [InlineData("95%", Level2.Timeliness, "资金拨付及时率", "≥95%", "时效指标默认")]
    [InlineData("5元/人", Level2.OutputCost, "生均补助标准", "≤5元/人", "成本指标")]
    [InlineData("2%", Level2.Quality, "安全事故发生率", "≤2%", "“发生率”越低越好")]
    [InlineData("1%", Level2.SocialBenefit, "群众投诉率", "≤1%", "“投诉率”越低越好")]
    [InlineData("0起", Level2.Quality, "安全事故次数", "=0起", "不得发生")]
    public void Read_ABareValue_AssumesTheSign_AndSaysWhich(string written, Level2 level2, string name, string printed, string why)
    {
        var r = Read(written, level2, name);

        Assert.Equal(printed, r.Value!.ToString());
        var note = Assert.Single(r.Notes, n => n.Code == ReadingNote.MissingOperator);
        Assert.Contains(why, note.Text);
        Assert.Contains($"读作“{printed}”", note.Text);
    }

    [Fact]
    public void Read_ABareNumberWithoutAUnit_IsKept_ButMustBeFixed()
    {
        var r = Read("4800", Level2.Quantity, "培训人次");

        Assert.Equal(IndicatorOperator.Unresolved, r.Value!.Operator);
        Assert.Contains(r.Notes, n => n.Code == ReadingNote.MustFix && n.Text.Contains("缺少计量单位", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SignAndUnitInTheirOwnColumns_AreJoined()
    {
        var r = Read("95", op: "≥", unit: "%");

        Assert.Equal("≥95%", r.Value!.ToString());
        Assert.Equal(2, r.Notes.Count(n => n.Code == ReadingNote.SplitColumns));
    }

    [Theory]
    [InlineData("2026年11月", null, "2026-11-30")]
    [InlineData("2026年11月底前", null, "2026-11-30")]
    [InlineData("年底前", null, "2026-12-31")]
    [InlineData("12月31日前", null, "2026-12-31")]
    [InlineData("6月底", null, "2026-06-30")]
    [InlineData("2026年3月—2026年10月", "2026-03-01", "2026-10-31")]
    [InlineData("2026年3月-10月", "2026-03-01", "2026-10-31")]
    [InlineData("3月至10月", "2026-03-01", "2026-10-31")]
    [InlineData("2026.12.31", null, "2026-12-31")]
    [InlineData("2026-09-30前", null, "2026-09-30")]
    [InlineData("上半年", null, "2026-06-30")]
    [InlineData("第三季度", null, "2026-09-30")]
    [InlineData("2026年", null, "2026-12-31")]
    public void Read_DatesAndPeriods_AreSchedules_WithTheirMeaningKept(string written, string? from, string until)
    {
        var r = Read(written, Level2.Timeliness, "项目完工时间");

        Assert.Equal(IndicatorOperator.Schedule, r.Value!.Operator);
        Assert.Equal(written, r.Value.ToString());
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), r.Value.From);
        Assert.Equal(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), r.Value.Until);
        Assert.True(r.Value.IsQuantitative);
        Assert.Contains(r.Notes, n => n.Code == ReadingNote.ScheduleValue);
    }

    [Theory]
    [InlineData("是")]
    [InlineData("否")]
    [InlineData("有效")]
    [InlineData("显著提升")]
    [InlineData("合格")]
    [InlineData("良好")]
    [InlineData("逐步提高")]
    [InlineData("提升")]
    [InlineData("达到预期")]
    public void Read_QualitativeWords_AreQualitative_AsToday(string written)
    {
        var r = Read(written);

        Assert.Equal(IndicatorOperator.Qualitative, r.Value!.Operator);
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Read_TextWithANumberInIt_IsQualitative_WithAWarning() =>
        Assert.Contains(Read("完善3项管理制度并落实").Notes, n => n.Code == ReadingNote.NumberInText);

    [Theory]
    [InlineData("%≥90比例", "位置不对")]
    [InlineData("一50百分比", "位置不对")]
    [InlineData("#N/A", "错误值")]
    [InlineData("#VALUE!", "错误值")]
    [InlineData("≥", "只有比较符号")]
    [InlineData("＞＝", "只有比较符号")]
    [InlineData("≥95.", "不完整")]
    [InlineData("≥95.%", "不完整")]
    [InlineData("≥9 5%", "不完整")]
    [InlineData("", "为空")]
    [InlineData("-", "没有内容")]
    [InlineData("≥95%以下", "前后矛盾")]
    [InlineData("≥良好", "应为阿拉伯数字")]
    public void Read_TextNobodyCouldRead_IsRefused_NeverStoredAsQualitative(string written, string why)
    {
        var r = Read(written);

        Assert.True(r.IsRefused, $"“{written}”应被拒绝，实际读作“{r.Value}”");
        Assert.Contains(why, r.Refusal);
    }

    [Theory]
    [InlineData("**%")]
    [InlineData("≥XX人次")]
    [InlineData("**万元")]
    [InlineData("XX%")]
    public void Read_AnUnfilledPlaceholder_IsKept_ButMustBeFixed(string written)
    {
        var r = Read(written);

        Assert.Equal(IndicatorOperator.Unresolved, r.Value!.Operator);
        Assert.Contains(r.Notes, n => n.Code == ReadingNote.MustFix && n.Text.Contains("占位符", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OtherQuantitative_IsAsBefore() =>
        Assert.Equal(IndicatorOperator.OtherQuantitative, Read("定量（其他）：按省定标准执行").Value!.Operator);
}
