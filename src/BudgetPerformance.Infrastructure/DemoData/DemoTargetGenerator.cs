using System.Globalization;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Application.Targets;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>
/// Gives every generated project a performance target in a realistic state: most approved with the budget and
/// published, some drafts, submitted, returned or waiting for finance — with the quality problems real reviews find
/// (hollow benefits, cost indicators the wrong way round, copied goals, units that do not fit, targets below last
/// year's actuals, too few indicators). Targets move through the real workflow, reviewed by the real rules.
/// </summary>
public sealed class DemoTargetGenerator
{
    private readonly Random _random;
    private readonly int _year;
    private readonly IReadOnlyList<IndicatorSeed> _catalog;

    // Read once: every project looks the catalog up by its words and sector (114k times for a province).
    private readonly List<(IndicatorSeed Seed, string[] Words)> _keywords;
    private readonly ILookup<Sector?, IndicatorSeed> _bySector;
    private readonly ReviewActor _finance = new(null, "李静");
    private IReadOnlyDictionary<long, string> _names = new Dictionary<long, string>();
    private IdAllocator _ids = new();

    /// <summary>Every review the generated targets went through, each stamped and carrying its input.</summary>
    public List<RuleOutcome> Outcomes { get; } = [];

    public DemoTargetGenerator(int seed, int fiscalYear, IReadOnlyList<IndicatorSeed>? catalog = null)
    {
        _random = new Random(seed);
        _year = fiscalYear;
        _catalog = catalog ?? IndicatorCatalog.All;
        _keywords = _catalog.Where(x => x.Keywords is not null)
            .Select(x => (x, x.Keywords!.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        _bySector = _catalog.ToLookup(x => x.Sector);
    }

    /// <summary>Plans, fills, reviews and moves the targets; <paramref name="sectionFor"/> gives each region's review rules.</summary>
    /// <param name="freshDraftOwners">Units whose first two projects get a draft that was just created and is still empty.</param>
    public List<PerformanceTarget> Generate(
        IReadOnlyList<Project> projects, IReadOnlyDictionary<long, string> orgNames, Func<long, ResolvedSection<TargetReviewSection>> sectionFor, IdAllocator ids, ISet<long>? freshDraftOwners = null)
    {
        _names = orgNames;
        _ids = ids;
        var fresh = projects.Where(p => freshDraftOwners?.Contains(p.OwnerUnitId) == true).GroupBy(p => p.OwnerUnitId).SelectMany(g => g.Take(2)).Select(p => p.Id).ToHashSet();
        var plans = projects.Select(p => (Project: p, Plan: fresh.Contains(p.Id) ? new Planned(TargetStatus.Draft, Problem.Fresh) : PlanFor())).ToList();
        var targets = new List<(PerformanceTarget Target, Project Project, Planned Plan)>(plans.Count);
        var goalsByDepartment = new Dictionary<long, string>();
        foreach (var (project, plan) in plans)
        {
            var target = PerformanceTarget.Declare(
                new TargetSubject(TargetSubjectKind.Project, project.Id, project.Name, project.OwnerUnitId, project.DepartmentId, project.RegionId, project.FiscalYear),
                IndicatorFramework.Classic, new ReviewActor(null, orgNames[project.OwnerUnitId]), At(-100));
            target.AssignId(ids.Next<PerformanceTarget>());
            if (plan.Problem == Problem.Fresh)
            {
                targets.Add((target, project, plan));
                continue;
            }

            var (overall, annual, indicators) = Content(project, plan);
            if (plan.Problem == Problem.CopiedGoal && goalsByDepartment.TryGetValue(project.DepartmentId, out var copied))
            {
                annual = copied;
            }

            goalsByDepartment.TryAdd(project.DepartmentId, annual);
            target.Edit(0, IndicatorFramework.Classic, overall, annual, indicators, At(-95));
            targets.Add((target, project, plan));
        }

        foreach (var region in targets.GroupBy(t => t.Target.RegionId))
        {
            var section = sectionFor(region.Key);
            var inputs = region.Select(t => TargetReviewInput.From(t.Target, t.Project.AdjustedTotalFen)).ToList();
            var copies = new CopyIndex(region.Zip(inputs, (t, input) => input.AsPeer(t.Target.SubjectName)));
            foreach (var ((target, project, plan), input) in region.Zip(inputs))
            {
                var review = Record(target, TargetReviewService.Outcome(section, input, target.AsOutcomeSubject(), copies, At(-90)));
                Advance(target, project, plan.Status, review, orgNames, () => Record(target, TargetReviewService.Outcome(section, input, target.AsOutcomeSubject(), copies, At(-50))));
            }
        }

        return targets.Select(t => t.Target).ToList();
    }

    /// <summary>
    /// 政策 and 部门整体支出 targets: a policy's target covers the projects it gathers, a department's the whole of its
    /// budget; they are declared by the lead department and go through the same review, most of them to 批复 and 公开.
    /// </summary>
    public List<PerformanceTarget> GenerateOverall(
        IReadOnlyList<Policy> policies, IReadOnlyList<DepartmentBudget> budgets, IReadOnlyList<Project> projects, IReadOnlyDictionary<long, string> orgNames,
        Func<long, ResolvedSection<TargetReviewSection>> sectionFor, IdAllocator ids)
    {
        _names = orgNames;
        _ids = ids;
        var made = new List<(PerformanceTarget Target, long Fen)>();
        foreach (var policy in policies)
        {
            var covered = projects.Where(p => p.PolicyId == policy.Id).ToList();
            var fen = covered.Sum(p => p.AdjustedTotalFen);
            var target = PerformanceTarget.Declare(
                new TargetSubject(TargetSubjectKind.Policy, policy.Id, policy.Name, policy.LeadDepartmentId, policy.LeadDepartmentId, policy.RegionId, policy.FiscalYear),
                IndicatorFramework.Classic, new ReviewActor(null, orgNames[policy.LeadDepartmentId]), At(-100));
            target.AssignId(ids.Next<PerformanceTarget>());
            var wan = new Money(fen).ToWanYuanString();
            target.Edit(0, IndicatorFramework.Classic,
                $"{policy.StartYear}—{policy.EndYear}年，{policy.Name}各项措施全面落实，政策目标人群应享尽享，资金使用规范高效。",
                $"{_year}年度{policy.Name}统筹 {covered.Count} 个项目、资金 {wan} 万元，政策覆盖对象应享尽享，资金按时足额拨付，受益群众满意度不低于 90%。",
                Overall(
                    ("政策覆盖项目数", Level2.Quantity, IndicatorValue.Comparison(IndicatorOperator.AtLeast, Math.Max(1, covered.Count), "个").Value),
                    ("政策资金足额到位率", Level2.Quality, IndicatorValue.Comparison(IndicatorOperator.EqualTo, 100, "%").Value),
                    ("资金拨付及时率", Level2.Timeliness, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 95, "%").Value),
                    ("政策资金总额", Level2.OutputCost, IndicatorValue.Comparison(IndicatorOperator.AtMost, Math.Max(0.01m, new Money(fen).WanYuan), "万元").Value),
                    ("政策目标人群受益覆盖率", Level2.SocialBenefit, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 95, "%").Value),
                    ("政策执行长效机制", Level2.Sustainability, IndicatorValue.Qualitative("健全并持续有效").Value),
                    ("受益群众满意度", Level2.ServiceSatisfaction, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 90, "%").Value)),
                At(-95));
            made.Add((target, fen));
        }

        foreach (var budget in budgets)
        {
            var name = orgNames[budget.DepartmentId];
            var target = PerformanceTarget.Declare(
                new TargetSubject(TargetSubjectKind.DepartmentOverall, budget.Id, $"{name}{budget.FiscalYear}年部门整体支出", budget.DepartmentId, budget.DepartmentId, budget.RegionId, budget.FiscalYear),
                IndicatorFramework.Classic, new ReviewActor(null, name), At(-100));
            target.AssignId(ids.Next<PerformanceTarget>());
            var units = projects.Count(p => p.DepartmentId == budget.DepartmentId);
            target.Edit(0, IndicatorFramework.Classic,
                $"围绕部门职责和“十四五”规划，{name}履职尽责，重点工作全面完成，预算管理和绩效管理水平持续提升。",
                $"{_year}年度{name}部门预算 {budget.Total.ToWanYuanString()} 万元（基本支出 {budget.BasicExpenditure.ToWanYuanString()} 万元、项目支出 {budget.ProjectExpenditure.ToWanYuanString()} 万元），完成 {units} 个项目的年度任务，预算执行率不低于 95%。",
                Overall(
                    ("年度重点工作任务完成率", Level2.Quantity, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 95, "%").Value),
                    ("项目验收合格率", Level2.Quality, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 98, "%").Value),
                    ("预算执行率", Level2.Timeliness, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 95, "%").Value),
                    ("“三公”经费控制率", Level2.OutputCost, IndicatorValue.Comparison(IndicatorOperator.AtMost, 100, "%").Value),
                    ("部门重点民生事项覆盖率", Level2.SocialBenefit, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 95, "%").Value),
                    ("预算绩效管理制度健全性", Level2.Sustainability, IndicatorValue.Qualitative("健全").Value),
                    ("部门服务对象满意度", Level2.ServiceSatisfaction, IndicatorValue.Comparison(IndicatorOperator.AtLeast, 90, "%").Value)),
                At(-95));
            made.Add((target, budget.Total.Fen));
        }

        foreach (var region in made.GroupBy(t => t.Target.RegionId))
        {
            var section = sectionFor(region.Key);
            var inputs = region.Select(t => TargetReviewInput.From(t.Target, t.Fen)).ToList();
            var copies = new CopyIndex(region.Zip(inputs, (t, input) => input.AsPeer(t.Target.SubjectName)));
            foreach (var ((target, _), input) in region.Zip(inputs))
            {
                var review = Record(target, TargetReviewService.Outcome(section, input, target.AsOutcomeSubject(), copies, At(-90)));
                var goal = _random.Next(10) switch { < 6 => TargetStatus.Published, < 8 => TargetStatus.Approved, 8 => TargetStatus.DepartmentApproved, _ => TargetStatus.Submitted };
                Advance(target, null, goal, review, _names, () => Record(target, TargetReviewService.Outcome(section, input, target.AsOutcomeSubject(), copies, At(-50))));
            }
        }

        return made.Select(t => t.Target).ToList();
    }

    private static List<TargetIndicatorInput> Overall(params (string Name, Level2 Level2, IndicatorValue Value)[] rows)
    {
        var level1s = rows.Select(r => IndicatorFrameworks.Level1Of(IndicatorFramework.Classic, r.Level2)).ToList();
        var weights = Weights(level1s);
        return rows.Select((r, i) => new TargetIndicatorInput(level1s[i], r.Level2, r.Name, r.Value, weights[i], ValueSource.Plan, "达到目标值得满分，未达到按完成比例计分。")).ToList();
    }

    private enum Problem
    {
        None,
        HollowBenefit,
        CostDirection,
        CopiedGoal,
        UnitMismatch,
        EasierThanLastYear,
        TooFewIndicators,
        AllQualitativeBenefits,
        Fresh,
    }

    private sealed record Planned(TargetStatus Status, Problem Problem);

    private Planned PlanFor()
    {
        var roll = _random.Next(1000);
        var status = roll switch
        {
            < 700 => TargetStatus.Published,
            < 760 => TargetStatus.Approved,
            < 800 => TargetStatus.ReviewPassed,
            < 845 => TargetStatus.DepartmentApproved,
            < 885 => TargetStatus.Submitted,
            < 920 => TargetStatus.Returned,
            < 935 => TargetStatus.Refining,
            < 945 => TargetStatus.Rejected,
            _ => TargetStatus.Draft,
        };

        // Structural errors block submission, so only unsubmitted targets carry them.
        var editable = status is TargetStatus.Draft or TargetStatus.Returned;
        var problemRoll = _random.Next(100);
        var problem = problemRoll switch
        {
            < 5 => Problem.HollowBenefit,
            < 9 => Problem.CostDirection,
            < 12 => Problem.CopiedGoal,
            < 15 => Problem.UnitMismatch,
            < 22 => Problem.EasierThanLastYear,
            < 25 => Problem.AllQualitativeBenefits,
            < 45 when editable => Problem.TooFewIndicators,
            _ => Problem.None,
        };
        return new Planned(status, problem);
    }

    private (string Overall, string Annual, List<TargetIndicatorInput> Indicators) Content(Project project, Planned plan)
    {
        var scale = ScaleOf(project);
        var picks = Pick(project, plan.Problem == Problem.TooFewIndicators ? 4 : 0);
        var inputs = new List<TargetIndicatorInput>();
        var weights = Weights(picks.Select(p => p.Level1).ToList());
        for (var i = 0; i < picks.Count; i++)
        {
            var seed = picks[i];
            var value = ValueOf(seed, scale, project, plan.Problem, inputs.Count);
            decimal? lastYear = null;
            if (!project.IsNew && value.IsComparison && _random.Next(3) == 0)
            {
                var factor = plan.Problem == Problem.EasierThanLastYear ? 1.08m : (decimal)(0.85 + (_random.NextDouble() * 0.13));
                lastYear = Round(value.Number!.Value * (value.IsReverse ? 2 - factor : factor), value.Unit);
            }

            inputs.Add(new TargetIndicatorInput(seed.Level1, seed.Level2, seed.Name, value, weights[i], seed.Source, seed.ScoringStandard, null, lastYear));
        }

        FitToMoney(inputs, project);
        var headline = inputs.Where(i => i.Level2 == Level2.Quantity && i.Value.IsComparison).Take(2).Select(i => $"{i.Name}{i.Value}").ToList();
        var quality = inputs.FirstOrDefault(i => i.Level2 == Level2.Quality);
        var benefit = inputs.FirstOrDefault(i => i.Level1 == Level1.Benefit);
        var name = project.Name.StartsWith($"{_year}年", StringComparison.Ordinal) ? project.Name[5..] : project.Name;
        var unitName = _names.TryGetValue(project.OwnerUnitId, out var n) ? n : string.Empty;
        var outputs = string.Join("，", headline.DefaultIfEmpty("完成年度建设和服务任务"));
        var qualityText = quality is null ? string.Empty : $"{quality.Name}{quality.Value}";
        var benefitText = benefit is null ? "项目效益充分发挥" : $"{benefit.Name}{benefit.Value}";
        var funds = project.AdjustedTotal.ToWanYuanString();
        var annual = _random.Next(4) switch
        {
            0 => $"{_year}年度由{unitName}组织实施{name}，{outputs}，{qualityText}，{funds}万元资金按进度支付，{benefitText}。",
            1 => $"围绕{name}，{unitName}本年度计划{outputs}；确保{qualityText}；通过{funds}万元投入实现{benefitText}。",
            2 => $"{name}：{outputs}。{qualityText}。资金{funds}万元于年内足额拨付使用，{benefitText}，服务对象满意。",
            _ => $"本年度{unitName}将完成{name}各项任务，{outputs}，力争{benefitText}；项目质量方面{qualityText}。",
        };
        var overall = $"{project.StartYear}—{project.EndYear}年，持续推进{name}，{(benefit is null ? "提升公共服务水平" : benefit.Name + "目标稳步实现")}，服务对象满意度保持较高水平。";
        return (overall, annual, inputs);
    }

    /// <summary>Keyword matches first, then the sector's and the common indicators to cover every level-2 a target needs.</summary>
    private List<IndicatorSeed> Pick(Project project, int limit)
    {
        var sector = project.Sector;
        var matching = _keywords.Where(k => k.Words.Any(w => project.Name.Contains(w, StringComparison.Ordinal))).Select(k => k.Seed).ToList();
        var own = _bySector[sector];
        var common = _bySector[null];
        var wanted = new List<Level2> { Level2.Quantity, Level2.Quantity, Level2.Quality, Level2.Timeliness, Level2.OutputCost, Level2.SocialBenefit, Level2.EconomicBenefit, Level2.Sustainability, Level2.ServiceSatisfaction };
        foreach (var extra in new[] { Level2.Quantity, Level2.Quality, Level2.Quality, Level2.Timeliness, Level2.SocialBenefit })
        {
            if (_random.Next(2) == 0)
            {
                wanted.Add(extra);
            }
        }

        var picks = new List<IndicatorSeed>();
        foreach (var level2 in wanted)
        {
            var pool = matching.Where(s => s.Level2 == level2).Concat(Shuffle(own.Where(s => s.Level2 == level2))).Concat(Shuffle(common.Where(s => s.Level2 == level2)));
            var next = pool.FirstOrDefault(s => picks.All(p => p.Name != s.Name));
            if (next is not null)
            {
                picks.Add(next);
            }
        }

        if (_random.Next(3) == 0 && own.Concat(common).FirstOrDefault(s => s.Level2 == Level2.EcologicalBenefit && picks.All(p => p.Name != s.Name)) is { } eco)
        {
            picks.Add(eco);
        }

        return limit > 0 ? picks.Take(limit).ToList() : picks;
    }

    private IEnumerable<IndicatorSeed> Shuffle(IEnumerable<IndicatorSeed> items) => items.OrderBy(_ => _random.Next());

    private IndicatorValue ValueOf(IndicatorSeed seed, decimal scale, Project project, Problem problem, int index)
    {
        if (seed.Operator == IndicatorOperator.Qualitative)
        {
            return IndicatorValue.Qualitative(seed.Text!).Value;
        }

        if (seed.Operator == IndicatorOperator.OtherQuantitative)
        {
            return IndicatorValue.OtherQuantitative(seed.Text!).Value;
        }

        if (problem == Problem.AllQualitativeBenefits && seed.Level1 == Level1.Benefit)
        {
            return IndicatorValue.Qualitative(_random.Next(2) == 0 ? "有效提升" : "明显改善").Value;
        }

        var unit = seed.Unit!;
        var number = seed.Value!.Value;
        var kind = MeasureUnits.KindOf(unit);
        if (kind == UnitKind.Money && !unit.Contains('/', StringComparison.Ordinal))
        {
            // A cost total is a share of the project's own money, as a unit would budget it.
            var share = (decimal)(0.3 + (_random.NextDouble() * 0.6));
            var wan = project.AdjustedTotal.WanYuan * share;
            number = Round(unit switch { "元" => wan * 10_000, "亿元" => wan / 10_000, _ => wan }, unit);
        }
        else if (kind is UnitKind.Count or UnitKind.Length or UnitKind.Area or UnitKind.Weight or UnitKind.Volume)
        {
            number = Round(number * scale, unit);
        }

        var op = seed.Operator;
        if (problem == Problem.CostDirection && seed.Level2 == Level2.OutputCost)
        {
            op = IndicatorOperator.AtLeast;
        }

        if (problem == Problem.HollowBenefit && seed.Level1 == Level1.Benefit && index >= 0 && kind != UnitKind.Percent)
        {
            return IndicatorValue.Comparison(IndicatorOperator.AtLeast, 95, "%").Value;
        }

        if (problem == Problem.UnitMismatch && seed.Level2 == Level2.Quality && kind == UnitKind.Percent)
        {
            return IndicatorValue.Comparison(op, number, "个").Value;
        }

        return IndicatorValue.Comparison(op, number, unit).Value;
    }

    /// <summary>
    /// A quantity served at a unit standard ("≥40人" at "≤6万元/人") is kept within the project's money, as a unit
    /// budgeting the project would: the quantity is lowered, or the standard when even one unit costs more.
    /// </summary>
    private static void FitToMoney(List<TargetIndicatorInput> inputs, Project project)
    {
        var budgetYuan = project.AdjustedTotal.WanYuan * 10_000m * 0.9m;
        for (var c = 0; c < inputs.Count; c++)
        {
            var cost = inputs[c];
            var unit = cost.Value.Unit ?? string.Empty;
            var slash = unit.IndexOf('/', StringComparison.Ordinal);
            if (!cost.Value.IsComparison || slash <= 0 || unit[..slash] is not ("元" or "万元"))
            {
                continue;
            }

            var perYuan = cost.Value.Number!.Value * (unit[..slash] == "万元" ? 10_000m : 1m);
            var q = inputs.FindIndex(i => i.Level2 == Level2.Quantity && i.Value.IsComparison && !i.Value.IsReverse && i.Value.Unit == unit[(slash + 1)..]);
            if (q < 0 || perYuan <= 0 || inputs[q].Value.Number!.Value * perYuan <= budgetYuan)
            {
                continue;
            }

            var fits = Math.Floor(budgetYuan / perYuan);
            if (fits >= 1)
            {
                inputs[q] = inputs[q] with { Value = IndicatorValue.Comparison(inputs[q].Value.Operator, fits, inputs[q].Value.Unit!).Value };
            }
            else
            {
                var standard = decimal.Round(budgetYuan / inputs[q].Value.Number!.Value / (unit[..slash] == "万元" ? 10_000m : 1m), 2);
                inputs[c] = cost with { Value = IndicatorValue.Comparison(cost.Value.Operator, Math.Max(0.01m, standard), unit).Value };
            }
        }
    }

    /// <summary>Quantities follow the money: a project twice the usual size serves about twice as many.</summary>
    private decimal ScaleOf(Project project)
    {
        var wan = project.AdjustedTotal.WanYuan;
        return Math.Clamp(decimal.Round((decimal)Math.Sqrt((double)Math.Max(wan, 1) / 300.0), 2), 0.2m, 8m);
    }

    private static decimal Round(decimal value, string? unit)
    {
        if (MeasureUnits.IsWholeCount(unit) || MeasureUnits.KindOf(unit) is UnitKind.Area or UnitKind.Time)
        {
            return Math.Max(1, decimal.Round(value, 0, MidpointRounding.AwayFromZero));
        }

        return decimal.Round(value, value >= 100 ? 0 : 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>产出 50, 效益 30, 满意度 10 (total 90), spread over each level-1's indicators in whole points.</summary>
    private static List<decimal> Weights(IReadOnlyList<Level1> level1s)
    {
        var totals = new Dictionary<Level1, decimal> { [Level1.Output] = 50, [Level1.Benefit] = 30, [Level1.Satisfaction] = 10 };
        var present = level1s.Distinct().ToList();
        var missing = totals.Where(t => !present.Contains(t.Key)).Sum(t => t.Value);
        if (present.Count > 0)
        {
            totals[present[0]] += missing;
        }

        var weights = new List<decimal>(level1s.Count);
        var given = new Dictionary<Level1, (int Seen, decimal Sum)>();
        foreach (var l in level1s)
        {
            var count = level1s.Count(x => x == l);
            var (seen, sum) = given.GetValueOrDefault(l);
            var w = seen == count - 1 ? totals[l] - sum : Math.Floor(totals[l] / count);
            weights.Add(w);
            given[l] = (seen + 1, sum + w);
        }

        return weights;
    }

    private RuleOutcome Record(PerformanceTarget target, RuleOutcome outcome)
    {
        outcome.AssignId(_ids.Next<RuleOutcome>());
        target.RecordReview(outcome);
        Outcomes.Add(outcome);
        return outcome;
    }

    /// <param name="reviewAgain">Reviews the target at its current revision (the refined content before finance confirms it).</param>
    private void Advance(PerformanceTarget t, Project? project, TargetStatus goal, RuleOutcome review, IReadOnlyDictionary<long, string> names, Func<RuleOutcome> reviewAgain)
    {
        if (goal == TargetStatus.Draft || review.Blocks)
        {
            // A target with blocking errors cannot have been submitted: it is still being declared.
            return;
        }

        var unit = new ReviewActor(null, names[t.OwnerUnitId]);
        var department = new ReviewActor(null, names[t.DepartmentId]);

        t.Submit(review, unit, At(-80));
        if (goal == TargetStatus.Submitted)
        {
            return;
        }

        if (goal == TargetStatus.Returned)
        {
            t.ReviewByDepartment(false, ReturnReason(review), department, At(-75));
            return;
        }

        t.ReviewByDepartment(true, null, department, At(-75));
        if (goal == TargetStatus.DepartmentApproved)
        {
            return;
        }

        var grade = goal switch
        {
            TargetStatus.Refining => ReviewGrade.Good,
            TargetStatus.Rejected => ReviewGrade.Poor,
            _ => review.WarningCount > 0 && _random.Next(2) == 0 ? ReviewGrade.Good : ReviewGrade.Excellent,
        };
        var comment = grade switch
        {
            ReviewGrade.Good => review.WarningCount > 0 ? "请按自动审核提示完善：" + review.Findings.First(f => f.Severity == FindingSeverity.Warning).Message : "请进一步细化量化指标。",
            ReviewGrade.Poor => "项目立项依据不足，绩效目标与资金规模明显不匹配，不予安排预算。",
            _ => null,
        };
        var dims = Enum.GetValues<ReviewDimension>().ToDictionary(d => d, d => grade == ReviewGrade.Excellent || _random.Next(2) == 0 ? grade : ReviewGrade.Excellent);
        t.ReviewByFinance(new FinanceReview(grade, dims, comment), _finance, At(-60));
        if (grade == ReviewGrade.Good && goal != TargetStatus.Refining)
        {
            t.ConfirmRefinement(reviewAgain(), _finance, At(-50), "已按意见协商完善。");
        }

        if (goal is TargetStatus.Refining or TargetStatus.Rejected or TargetStatus.ReviewPassed)
        {
            return;
        }

        if (project is null)
        {
            t.Approve(_finance, At(-30));
        }
        else
        {
            BudgetApproval.Approve(project, t, _finance, At(-30));
        }

        if (goal == TargetStatus.Published)
        {
            t.Publish(_finance, At(-20));
        }
    }

    private static string ReturnReason(RuleOutcome review) =>
        review.Findings.FirstOrDefault(f => f.Severity >= FindingSeverity.Warning) is { } f
            ? $"请修改后重新申报：{f.Message}"
            : "绩效指标与项目实施内容不够对应，请细化产出和效益指标后重新申报。";

    /// <summary>Days relative to 1 January of the fiscal year: declarations in the autumn before, approval in January.</summary>
    private DateTime At(int days) =>
        new DateTime(_year, 1, 15, 2, 0, 0, DateTimeKind.Utc).AddDays(days).AddMinutes(_random.Next(0, 600));
}
