using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Domain.Tests.Targets;

/// <summary>A target that passes the national default review; With…/Without… change one thing.</summary>
public sealed class TargetBuilder
{
    public static readonly DateTime At = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    public static readonly ReviewActor Unit = new(5, "yizhong");

    private readonly List<TargetIndicatorInput> _indicators =
    [
        I(Level1.Output, Level2.Quantity, "受益学生人数", "≥3200人", 20),
        I(Level1.Output, Level2.Quality, "营养餐食品安全抽检合格率", "=100%", 15),
        I(Level1.Output, Level2.Timeliness, "补助资金按月拨付及时率", "≥95%", 10),
        I(Level1.Output, Level2.OutputCost, "生均每日营养膳食补助标准", "≤5元/人", 10),
        I(Level1.Benefit, Level2.SocialBenefit, "学生营养不良检出率较上年下降", "≥2%", 15),
        I(Level1.Benefit, Level2.Sustainability, "营养改善长效机制", "持续有效", 10),
        I(Level1.Satisfaction, Level2.ServiceSatisfaction, "学生及家长满意度", "≥90%", 10),
    ];

    private string _annualGoal = "为全县 3200 名农村义务教育阶段学生每日提供营养膳食补助，食品安全抽检合格率 100%。";
    private long _subjectId = 101;
    private IndicatorFramework _framework = IndicatorFramework.Classic;

    public static TargetIndicatorInput I(Level1 l1, Level2 l2, string name, string value, decimal weight, decimal? lastYear = null, string standard = "达到目标值得满分，否则按比例扣分") =>
        new(l1, l2, name, IndicatorValue.Parse(value).Value, weight, ValueSource.Plan, standard, null, lastYear);

    public TargetBuilder WithIndicator(TargetIndicatorInput indicator)
    {
        _indicators.Add(indicator);
        return this;
    }

    public TargetBuilder Replace(string name, TargetIndicatorInput indicator)
    {
        var i = _indicators.FindIndex(x => x.Name == name);
        _indicators[i] = indicator;
        return this;
    }

    public TargetBuilder Without(string name)
    {
        _indicators.RemoveAll(x => x.Name == name);
        return this;
    }

    public TargetBuilder WithAnnualGoal(string goal)
    {
        _annualGoal = goal;
        return this;
    }

    public TargetBuilder ForSubject(long id)
    {
        _subjectId = id;
        return this;
    }

    public TargetBuilder InFramework(IndicatorFramework framework)
    {
        _framework = framework;
        return this;
    }

    public PerformanceTarget Build()
    {
        var target = PerformanceTarget.Declare(
            new TargetSubject(TargetSubjectKind.Project, _subjectId, $"项目{_subjectId}", 20, 10, 3, 2026), _framework, Unit, At);
        target.AssignId(_subjectId * 10);
        var edit = target.Edit(0, _framework, "三年内全面改善农村学生营养状况。", _annualGoal, _indicators, At);
        Assert.True(edit.IsSuccess, edit.Error?.Message);
        return target;
    }
}
