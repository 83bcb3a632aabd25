using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Monitoring;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>The monitoring form: the round's checks, the workflow steps by status, and what a submit requires.</summary>
public sealed class MonitoringFormTests
{
    private static readonly DateTime At = new(2026, 7, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 7, 5);

    private static MonitoringRound Round() =>
        MonitoringRound.Open(1, 2026, 6, null, Today.AddDays(10), MonitoringScope.All, false, Today, "李静", At).Value;

    private static MonitoringForm Form(long? executedFen = 500_000) => MonitoringForm.Create(Round(), 1, MonitoringSubjectKind.Project, 7, "P001", "义务教育营养改善计划",
        2, 3, 9, 1_000_000, executedFen,
    [
        MonitoringFormIndicator.Of(11, 1, Level1.Output, Level2.Quantity, "受益学生人数", IndicatorValue.Comparison(IndicatorOperator.AtLeast, 2000, "人").Value),
        MonitoringFormIndicator.Of(12, 2, Level1.Output, Level2.Quality, "食品安全事故", IndicatorValue.Comparison(IndicatorOperator.EqualTo, 0, "起").Value),
        MonitoringFormIndicator.Of(13, 3, Level1.Benefit, Level2.SocialBenefit, "学生营养状况", IndicatorValue.Qualitative("明显改善").Value),
    ]);

    private static FormFill OnTrack(long? forecast = 1_000_000, string? note = null) => new(forecast, note,
    [
        new IndicatorFill(11, 1000, 2000, Likelihood: AchievementLikelihood.Certain),
        new IndicatorFill(12, 0, 0, Likelihood: AchievementLikelihood.Certain),
        new IndicatorFill(13, State: QualitativeState.Achieved, Likelihood: AchievementLikelihood.Certain),
    ]);

    [Theory]
    [InlineData(0, "监控期间")]
    [InlineData(13, "监控期间")]
    public void ARound_NeedsAMonthOfTheYear(int month, string expected)
    {
        var opened = MonitoringRound.Open(1, 2026, month, null, Today.AddDays(3), MonitoringScope.All, false, Today, "李静", At);
        Assert.Contains(expected, opened.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARound_RefusesAPastDeadline_AndNamesItsPeriod()
    {
        Assert.Contains("不能早于今天", MonitoringRound.Open(1, 2026, 6, null, Today.AddDays(-1), MonitoringScope.All, false, Today, "李静", At).Error!.Message, StringComparison.Ordinal);
        var round = Round();
        Assert.Equal(("2026年1—6月绩效运行监控", "1—6月"), (round.Name, round.Period));
        Assert.False(round.IsOverdue(Today.AddDays(10)));
        Assert.True(round.IsOverdue(Today.AddDays(11)));
    }

    [Fact]
    public void OnTrack_Submits_Green_ThroughDepartmentAndFinance()
    {
        var form = Form();
        Assert.True(form.Fill(OnTrack(), roundOpen: true, At).IsSuccess);
        var submitted = form.Submit(ShippedMonitoring.National, roundOpen: true, "刘敏", At);
        Assert.True(submitted.IsSuccess, submitted.Error?.Message);
        Assert.Equal((MonitoringFormStatus.Submitted, WarningLight.Green), (form.Status, form.Light));
        Assert.False(form.Fill(OnTrack(), true, At).IsSuccess);
        Assert.Contains("主管部门", form.Confirm("李静", At).Error!.Message, StringComparison.Ordinal);
        Assert.True(form.DepartmentReview(true, null, "王海涛", At).IsSuccess);
        Assert.True(form.Confirm("李静", At).IsSuccess);
        Assert.Equal(MonitoringFormStatus.Confirmed, form.Status);
        Assert.False(form.Return("再看看", "李静", At).IsSuccess);
    }

    [Theory]
    [InlineData(null, "全年预计执行数")]
    public void Submit_NeedsTheForecast(long? forecast, string expected)
    {
        var form = Form();
        form.Fill(OnTrack(forecast), true, At);
        Assert.Contains(expected, form.Submit(ShippedMonitoring.National, true, "刘敏", At).Error!.Message, StringComparison.Ordinal);
        Assert.Equal(MonitoringFormStatus.Draft, form.Status);
    }

    // June: 50% of the year. 20% executed → 40% of time progress → red; the unit must explain its execution.
    [Fact]
    public void SlowSpending_NeedsAnExplanation()
    {
        var form = Form(executedFen: 200_000);
        form.Fill(OnTrack(), true, At);
        var refused = form.Submit(ShippedMonitoring.National, true, "刘敏", At);
        Assert.Contains(refused.Error!.Details, d => d.Contains("预算执行预警为红灯", StringComparison.Ordinal));
        form.Fill(OnTrack(note: "采购合同 7 月签订"), true, At);
        var submitted = form.Submit(ShippedMonitoring.National, true, "刘敏", At);
        Assert.True(submitted.IsSuccess, submitted.Error?.Message);
        Assert.Equal(WarningLight.Red, form.Light);
    }

    [Theory]
    [InlineData(AchievementLikelihood.Possible, 1000, false, "偏差原因")]      // doubtful though on track
    [InlineData(AchievementLikelihood.Certain, 400, false, "偏差原因")]        // 400 ÷ (2000 × 50%) = 40% → red
    [InlineData(AchievementLikelihood.Certain, 1300, false, "偏差原因")]       // 130% → blue: a deviation too
    [InlineData(AchievementLikelihood.Impossible, 400, true, null)]            // causes and measures given
    [InlineData(AchievementLikelihood.Certain, 1000, false, null)]             // 100% → green, certain
    public void ADoubtfulOrLaggingIndicator_NeedsCausesAndMeasures(AchievementLikelihood likelihood, int progress, bool explained, string? expected)
    {
        var form = Form();
        var fill = OnTrack();
        fill = fill with
        {
            Indicators = [new IndicatorFill(11, progress, 2000, Likelihood: likelihood, Causes: explained ? DeviationCause.Staffing : DeviationCause.None,
                Measures: explained ? "增配工作人员" : null), .. fill.Indicators.Skip(1)],
        };
        form.Fill(fill, true, At);
        var submitted = form.Submit(ShippedMonitoring.National, true, "刘敏", At);
        if (expected is null)
        {
            Assert.True(submitted.IsSuccess, submitted.Error?.Message);
        }
        else
        {
            Assert.Contains(submitted.Error!.Details, d => d.Contains("受益学生人数", StringComparison.Ordinal) && d.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ARowOfAnotherForm_OrTwice_IsRefused_AndChangesNothing()
    {
        var form = Form();
        var refused = form.Fill(new FormFill(1, null, [new IndicatorFill(99), new IndicatorFill(11), new IndicatorFill(11)]), true, At);
        Assert.Equal(2, refused.Error!.Details.Count);
        Assert.Equal((MonitoringFormStatus.Pending, 0), (form.Status, form.Revision));
        Assert.Null(form.ForecastFen);
        Assert.Contains("已结束", form.Fill(OnTrack(), roundOpen: false, At).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReturn_NeedsAReason_AndTheUnitMayEditAgain()
    {
        var form = Form();
        form.Fill(OnTrack(), true, At);
        form.Submit(ShippedMonitoring.National, true, "刘敏", At);
        Assert.False(form.DepartmentReview(false, " ", "王海涛", At).IsSuccess);
        Assert.True(form.DepartmentReview(false, "受益人数与名册不符", "王海涛", At).IsSuccess);
        Assert.Equal(MonitoringFormStatus.Returned, form.Status);
        Assert.Contains("受益人数与名册不符（王海涛）", form.ReturnReason, StringComparison.Ordinal);
        Assert.True(form.Fill(OnTrack(), true, At).IsSuccess);
        Assert.True(form.Submit(ShippedMonitoring.National, true, "刘敏", At).IsSuccess);
        Assert.Null(form.ReturnReason);
    }

    [Theory]
    [InlineData(IndicatorOperator.AtLeast, 95, ProgressDirection.Positive)]
    [InlineData(IndicatorOperator.EqualTo, 0, ProgressDirection.NoneAllowed)]
    [InlineData(IndicatorOperator.EqualTo, 12, ProgressDirection.Positive)]
    [InlineData(IndicatorOperator.AtMost, 5, ProgressDirection.Reverse)]
    [InlineData(IndicatorOperator.LessThan, 5, ProgressDirection.Reverse)]
    public void ATargetsOperator_DecidesHowProgressIsJudged(IndicatorOperator op, int number, ProgressDirection expected) =>
        Assert.Equal(expected, ProgressDirections.Of(IndicatorValue.Comparison(op, number, "%").Value));
}

/// <summary>The table's words and numbers as units write them.</summary>
public sealed class MonitoringReportReadingTests
{
    [Theory]
    [InlineData("确定能", AchievementLikelihood.Certain)]
    [InlineData("確定能", AchievementLikelihood.Certain)]
    [InlineData(" 能 ", AchievementLikelihood.Certain)]
    [InlineData("可能", AchievementLikelihood.Possible)]
    [InlineData("有 可能", AchievementLikelihood.Possible)]
    [InlineData("不可能", AchievementLikelihood.Impossible)]
    [InlineData("大概", null)]
    public void Likelihood(string text, AchievementLikelihood? expected) => Assert.Equal(expected, MonitoringReportRules.ReadLikelihood(text));

    [Theory]
    [InlineData("经费保障、其他", DeviationCause.Funding | DeviationCause.Other, "")]
    [InlineData("經費，人員", DeviationCause.Funding | DeviationCause.Staffing, "")]
    [InlineData("制度;硬件", DeviationCause.Rules | DeviationCause.Facilities, "")]
    [InlineData("天气、经费", DeviationCause.Funding, "天气")]
    public void Causes(string text, DeviationCause expected, string unknown)
    {
        var (causes, left) = MonitoringReportRules.ReadCauses(text);
        Assert.Equal((expected, unknown), (causes, string.Join("、", left)));
    }

    [Theory]
    [InlineData("达成", QualitativeState.Achieved)]
    [InlineData("基本達成", QualitativeState.PartlyAchieved)]
    [InlineData("未完成", QualitativeState.NotAchieved)]
    [InlineData("还行", null)]
    public void State(string text, QualitativeState? expected) => Assert.Equal(expected, MonitoringReportRules.ReadState(text));

    [Theory]
    [InlineData("1,234.5", null, "1234.5")]
    [InlineData("４８．５%", "%", "48.5")]
    [InlineData("120人", "人", "120")]
    [InlineData("约120人", "人", null)]
    public void Number(string text, string? unit, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MonitoringReportRules.ReadNumber(text, unit));
}
