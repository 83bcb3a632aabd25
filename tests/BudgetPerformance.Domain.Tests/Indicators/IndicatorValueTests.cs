using BudgetPerformance.Domain.Indicators;

namespace BudgetPerformance.Domain.Tests.Indicators;

public sealed class IndicatorValueTests
{
    [Theory]
    [InlineData("≥95%", IndicatorOperator.AtLeast, "95", "%")]
    [InlineData("≤30天", IndicatorOperator.AtMost, "30", "天")]
    [InlineData("=100人", IndicatorOperator.EqualTo, "100", "人")]
    [InlineData("≥50个", IndicatorOperator.AtLeast, "50", "个")]
    [InlineData("≤90万元", IndicatorOperator.AtMost, "90", "万元")]
    [InlineData(">3000人次", IndicatorOperator.MoreThan, "3000", "人次")]
    [InlineData("<5起", IndicatorOperator.LessThan, "5", "起")]
    [InlineData("=0起", IndicatorOperator.EqualTo, "0", "起")]
    [InlineData("≥98.5%", IndicatorOperator.AtLeast, "98.5", "%")]
    [InlineData("≥95.0%", IndicatorOperator.AtLeast, "95.0", "%")]
    [InlineData("≤1200元/人", IndicatorOperator.AtMost, "1200", "元/人")]
    [InlineData("≥12.6公里", IndicatorOperator.AtLeast, "12.6", "公里")]
    [InlineData("≤3个月", IndicatorOperator.AtMost, "3", "个月")]
    [InlineData("≥5000亩", IndicatorOperator.AtLeast, "5000", "亩")]
    [InlineData("≤8小时", IndicatorOperator.AtMost, "8", "小时")]
    [InlineData("≥90分", IndicatorOperator.AtLeast, "90", "分")]
    public void Parse_ThePrintedForm_AndPrintItBackExactly(string printed, IndicatorOperator op, string number, string unit)
    {
        var value = IndicatorValue.Parse(printed).Value;

        Assert.Equal(op, value.Operator);
        Assert.Equal(number, value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unit, value.Unit);
        Assert.Equal(printed, value.ToString());
        Assert.True(value.IsQuantitative);
    }

    [Theory]
    [InlineData(">=95%", "≥95%")]
    [InlineData("<=30天", "≤30天")]
    [InlineData("＞＝95%", "≥95%")]
    [InlineData("＝100人", "=100人")]
    [InlineData("＜5起", "<5起")]
    [InlineData("≥ 95 %", "≥95%")]
    [InlineData(" ≥95% ", "≥95%")]
    public void Parse_AcceptsOtherWaysOfWritingTheSigns_AndPrintsTheOfficialForm(string input, string printed) =>
        Assert.Equal(printed, IndicatorValue.Parse(input).Value.ToString());

    [Theory]
    [InlineData("有效提升")]
    [InlineData("持续改善")]
    [InlineData("达到国家标准")]
    public void Parse_TextWithoutASign_IsQualitative(string printed)
    {
        var value = IndicatorValue.Parse(printed).Value;

        Assert.Equal(IndicatorOperator.Qualitative, value.Operator);
        Assert.False(value.IsQuantitative);
        Assert.Equal(printed, value.ToString());
    }

    [Fact]
    public void Parse_OtherQuantitative_KeepsItsNote()
    {
        var value = IndicatorValue.Parse("定量（其他）：按实际发生数据实结算").Value;

        Assert.Equal(IndicatorOperator.OtherQuantitative, value.Operator);
        Assert.True(value.IsQuantitative);
        Assert.Equal("定量（其他）：按实际发生数据实结算", value.ToString());
    }

    [Theory]
    [InlineData("", "指标值为空")]
    [InlineData("≥九十五%", "后应为阿拉伯数字")]
    [InlineData("≥%", "后应为阿拉伯数字")]
    [InlineData("≥95", "缺少计量单位")]
    [InlineData("95%", "缺少比较符号")]
    [InlineData("≥95%以上12", "计量单位")]
    [InlineData("定量（其他）：", "须填写指标值说明")]
    public void Parse_RefusesWhatItCannotRead_WithTheReason(string printed, string reason)
    {
        var result = IndicatorValue.Parse(printed);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error!.Message);
    }

    [Theory]
    [InlineData("≥95%", true, false)]
    [InlineData(">95%", true, false)]
    [InlineData("≤30天", false, true)]
    [InlineData("<5起", false, true)]
    [InlineData("=0起", false, false)]
    public void Direction_FollowsTheOperator(string printed, bool positive, bool reverse)
    {
        var value = IndicatorValue.Parse(printed).Value;

        Assert.Equal(positive, value.IsPositive);
        Assert.Equal(reverse, value.IsReverse);
    }

    [Theory]
    [InlineData("%", UnitKind.Percent)]
    [InlineData("人次", UnitKind.Count)]
    [InlineData("个月", UnitKind.Time)]
    [InlineData("万元", UnitKind.Money)]
    [InlineData("元/人", UnitKind.Money)]
    [InlineData("万元/公里", UnitKind.Money)]
    [InlineData("公里", UnitKind.Length)]
    [InlineData("亩", UnitKind.Area)]
    [InlineData("光年", UnitKind.Unknown)]
    public void UnitKind_IsKnownForCommonUnits(string unit, UnitKind kind) => Assert.Equal(kind, MeasureUnits.KindOf(unit));
}
