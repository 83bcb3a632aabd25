using BudgetPerformance.Domain.Monitoring;

namespace BudgetPerformance.Domain.Tests.Monitoring;

/// <summary>The disposal of a red project and the rules of the monitoring table a unit fills.</summary>
public sealed class DisposalAndReportTests
{
    private static readonly DateTime At = new(2026, 9, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Friday = new(2026, 8, 28);

    private static ProjectDisposal Warned(int days = 10) => ProjectDisposal.Open(5, Friday, days, WorkingCalendar.WeekendsOnly);

    [Fact]
    public void Open_CountsTheDeadlineInWorkingDays() => Assert.Equal(new DateOnly(2026, 9, 11), Warned().Deadline);

    [Theory]
    [InlineData(DisposalChoice.Continue, "加快政府采购进度", "9 月底前完成招标，10 月支付 60%", true)]
    [InlineData(DisposalChoice.Continue, "加快政府采购进度", null, false)]
    [InlineData(DisposalChoice.Continue, null, "9 月底前完成招标", false)]
    [InlineData(DisposalChoice.Reallocate, "调剂用于校舍维修项目", null, true)]
    [InlineData(DisposalChoice.Cancel, " ", null, false)]
    [InlineData((DisposalChoice)9, "x", "y", false)]
    public void Choose_NeedsMeasures_AndForContinueANewSchedule(DisposalChoice choice, string? measures, string? schedule, bool accepted)
    {
        var disposal = Warned();

        var result = disposal.Choose(choice, measures, schedule, "刘敏", new DateOnly(2026, 9, 11), At);

        Assert.Equal(accepted, result.IsSuccess);
        Assert.Equal(accepted ? DisposalStatus.Chosen : DisposalStatus.Pending, disposal.Status);
        Assert.False(disposal.HoldsPayments);
    }

    [Fact]
    public void AfterTheDeadline_TheChoiceIsRefused_AndTheDailyJobSuspends()
    {
        var disposal = Warned();

        Assert.False(disposal.SuspendIfOverdue(new DateOnly(2026, 9, 11), At));
        Assert.Contains("已超过处置期限（2026-09-11）", disposal.Choose(DisposalChoice.Continue, "措施", "安排", "刘敏", new DateOnly(2026, 9, 12), At).Error!.Message);
        Assert.True(disposal.SuspendIfOverdue(new DateOnly(2026, 9, 12), At));
        Assert.Equal((DisposalStatus.Suspended, true, true), (disposal.Status, disposal.SuspendedAutomatically, disposal.HoldsPayments));
        Assert.Contains("逾期未处置", disposal.Reason);
        Assert.False(disposal.SuspendIfOverdue(new DateOnly(2026, 9, 13), At));
    }

    [Fact]
    public void FinanceSuspendsLiftsAndStops_AlwaysWithAReason()
    {
        var disposal = Warned();
        Assert.True(disposal.Choose(DisposalChoice.Continue, "措施", "安排", "刘敏", Friday, At).IsSuccess);

        Assert.False(disposal.Suspend("", "李静", At).IsSuccess);
        Assert.True(disposal.Suspend("整改措施未落实", "李静", At).IsSuccess);
        Assert.False(disposal.Suspend("再次", "李静", At).IsSuccess);
        Assert.True(disposal.Lift("已落实整改", "李静", At).IsSuccess);
        Assert.Equal((DisposalStatus.Lifted, false), (disposal.Status, disposal.HoldsPayments));
        Assert.True(disposal.StopFunding("项目已无实施必要", "李静", At).IsSuccess);
        Assert.Contains("不能恢复拨款", disposal.Lift("申请恢复", "李静", At).Error!.Message);
        Assert.True(disposal.HoldsPayments);
        Assert.Equal(4, disposal.Revision);
    }

    private static IndicatorReport Row(AchievementLikelihood? likelihood, DeviationCause causes = DeviationCause.None, string? note = null, string? measures = null) =>
        new(1, "改造校舍面积", 500m, 1000m, likelihood, causes, note, measures);

    [Theory]
    [InlineData(AchievementLikelihood.Certain, WarningLight.Green, DeviationCause.None, null, null, null)]
    [InlineData(null, WarningLight.Green, DeviationCause.None, null, null, "请选择完成目标可能性")]
    [InlineData(AchievementLikelihood.Possible, WarningLight.Green, DeviationCause.None, null, "加快进度", "完成目标可能性为“有可能”，请选择偏差原因")]
    [InlineData(AchievementLikelihood.Possible, WarningLight.Green, DeviationCause.Funding, null, null, "请填写改进措施")]
    [InlineData(AchievementLikelihood.Certain, WarningLight.Red, DeviationCause.None, null, "加快进度", "预警为红灯，请选择偏差原因")]
    [InlineData(AchievementLikelihood.Certain, WarningLight.Yellow, DeviationCause.Staffing | DeviationCause.Facilities, null, "增派人员", null)]
    [InlineData(AchievementLikelihood.Impossible, WarningLight.Red, DeviationCause.Other, null, "调整目标", "偏差原因选了“其他”，请写明原因")]
    [InlineData(AchievementLikelihood.Impossible, WarningLight.Red, DeviationCause.Other, "施工方违约", "重新招标", null)]
    [InlineData(AchievementLikelihood.Possible, WarningLight.Green, (DeviationCause)64, null, "x", "偏差原因只能是")]
    public void MonitoringTable_AsksForCausesAndMeasures_WhereTheTargetIsInDoubt(
        AchievementLikelihood? likelihood, WarningLight light, DeviationCause causes, string? note, string? measures, string? problem)
    {
        var problems = MonitoringReportRules.Check([Row(likelihood, causes, note, measures)], new Dictionary<long, WarningLight> { [1] = light });

        if (problem is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => p.StartsWith("指标“改造校舍面积”", StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CauseNames_ReadAsTheTableWritesThem() =>
        Assert.Equal("经费保障、硬件条件保障、其他", MonitoringReportRules.Names(DeviationCause.Funding | DeviationCause.Facilities | DeviationCause.Other));
}
