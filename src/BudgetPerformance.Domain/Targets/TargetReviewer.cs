using System.Globalization;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.RulePacks;

namespace BudgetPerformance.Domain.Targets;

/// <summary>
/// 绩效目标自动审核: the rule pack's structural checks (counts, quantified share, weights, units, names) and the quality
/// checks reviewers ask for (hollow benefits, cost direction, copied text, easier than last year, unit fit).
/// Every finding names its rule; codes S.. are structural, Q.. are quality.
/// </summary>
public static class TargetReviewer
{
    public static IReadOnlyList<ReviewFinding> Review(PerformanceTarget target, TargetReviewSettings s, CopyIndex copies)
    {
        var findings = new List<ReviewFinding>();
        Structure(target, s, findings);
        foreach (var indicator in target.Indicators)
        {
            Indicator(indicator, s, findings);
        }

        if (s.CheckHollowBenefits)
        {
            HollowBenefits(target, findings);
        }

        if (s.CheckCopiedText)
        {
            Copies(target, s, copies, findings);
        }

        return findings;
    }

    public static string Describe(string rule) => rule switch
    {
        "S01" => "年度目标须具体明确",
        "S02" => "一级指标个数下限",
        "S03" => "二级指标个数下限",
        "S04" => "三级指标个数下限",
        "S05" => "量化指标占比下限",
        "S06" => "指标分值合计",
        "S07" => "指标名称长度",
        "S08" => "指标名称不得重复",
        "S09" => "指标须有分值",
        "Q01" => "效益指标空泛（无可衡量基数）",
        "Q02" => "成本指标方向",
        "Q03" => "目标或指标抄自其他项目",
        "Q04" => "目标值低于上年实际",
        "Q05" => "计量单位与指标值不符",
        _ => rule,
    };

    private static void Structure(PerformanceTarget t, TargetReviewSettings s, List<ReviewFinding> f)
    {
        if (t.AnnualGoal.Length < s.MinAnnualGoalLength)
        {
            f.Add(new("S01", FindingSeverity.Error, $"年度目标过于简略（{t.AnnualGoal.Length} 字）：应至少 {s.MinAnnualGoalLength} 字，写明年度要完成的产出和达到的效果。"));
        }

        var indicators = t.Indicators;
        var level1 = indicators.Select(i => i.Level1).Distinct().Count();
        var level2 = indicators.Select(i => (i.Level1, i.Level2)).Distinct().Count();
        if (level1 < s.MinLevel1Count)
        {
            var names = string.Join("、", IndicatorFrameworks.Structure(t.Framework).Keys.Where(l => indicators.All(i => i.Level1 != l)).Select(IndicatorFrameworks.Name));
            f.Add(new("S02", FindingSeverity.Error, $"一级指标只有 {level1} 个，方案要求不少于 {s.MinLevel1Count} 个；缺少：{names}。"));
        }

        if (level2 < s.MinLevel2Count)
        {
            f.Add(new("S03", FindingSeverity.Error, $"二级指标只有 {level2} 个，方案要求不少于 {s.MinLevel2Count} 个。"));
        }

        if (indicators.Count < s.MinLevel3Count)
        {
            f.Add(new("S04", FindingSeverity.Error, $"三级指标只有 {indicators.Count} 个，方案要求不少于 {s.MinLevel3Count} 个。"));
        }

        if (indicators.Count > 0)
        {
            var quantified = indicators.Count(i => i.Value.IsQuantitative);
            var share = quantified / (decimal)indicators.Count;
            if (share < s.MinQuantifiedShare)
            {
                f.Add(new("S05", FindingSeverity.Error,
                    $"量化指标 {quantified} 个，占 {Percent(share)}，低于方案要求的 {Percent(s.MinQuantifiedShare)}；请把定性指标改为可衡量的数值。"));
            }
        }

        if (indicators.Count > 0 && t.TotalWeight != s.TotalWeight)
        {
            f.Add(new("S06", FindingSeverity.Error, $"三级指标分值合计为 {t.TotalWeight:0.##} 分，应为 {s.TotalWeight:0.##} 分。"));
        }

        foreach (var dup in indicators.GroupBy(i => i.Name).Where(g => g.Count() > 1))
        {
            f.Add(new("S08", FindingSeverity.Error, $"三级指标“{dup.Key}”重复出现 {dup.Count()} 次。", dup.Key));
        }
    }

    private static void Indicator(TargetIndicator i, TargetReviewSettings s, List<ReviewFinding> f)
    {
        if (i.Name.Length > s.MaxIndicatorNameLength)
        {
            f.Add(new("S07", FindingSeverity.Error, $"指标名称“{i.Name[..20]}…”有 {i.Name.Length} 字，超过 {s.MaxIndicatorNameLength} 字。", i.Name));
        }

        if (i.WeightHundredths == 0)
        {
            f.Add(new("S09", FindingSeverity.Error, $"指标“{i.Name}”未设分值。", i.Name));
        }

        var v = i.Value;
        if (s.CheckCostDirection && IndicatorFrameworks.IsCost(i.Level2) && v.IsComparison)
        {
            if (v.IsPositive)
            {
                f.Add(new("Q02", FindingSeverity.Warning,
                    $"成本指标“{i.Name}”的指标值为“{v}”：成本越低越好，应使用“≤”或“<”（反向指标），否则花钱越多得分越高。", i.Name));
            }

            if (MeasureUnits.KindOf(v.Unit) != UnitKind.Money)
            {
                f.Add(new("Q02", FindingSeverity.Warning, $"成本指标“{i.Name}”的计量单位“{v.Unit}”不是金额单位（元、万元、元/人等）。", i.Name));
            }
        }

        if (s.CheckAgainstLastYear && i.LastYearActual is { } actual && v.IsComparison && v.Number is { } target)
        {
            if (v.IsPositive && target < actual)
            {
                f.Add(new("Q04", FindingSeverity.Warning,
                    $"指标“{i.Name}”目标值 {v} 低于上年实际完成值 {Print(actual)}{v.Unit}：目标设置偏低，应不低于上年实际。", i.Name));
            }
            else if (v.IsReverse && target > actual)
            {
                f.Add(new("Q04", FindingSeverity.Warning,
                    $"反向指标“{i.Name}”目标值 {v} 宽于上年实际 {Print(actual)}{v.Unit}：目标设置偏松。", i.Name));
            }
        }

        if (s.CheckUnitFit && v.IsComparison)
        {
            UnitFit(i, v, s, f);
        }
    }

    private static void UnitFit(TargetIndicator i, IndicatorValue v, TargetReviewSettings s, List<ReviewFinding> f)
    {
        var kind = MeasureUnits.KindOf(v.Unit);
        var n = v.Number!.Value;
        var isRateName = i.Name.EndsWith('率') || i.Name.Contains("满意度", StringComparison.Ordinal) || i.Name.Contains("比例", StringComparison.Ordinal);
        if (kind == UnitKind.Percent && n > s.MaxPercent && !i.Name.Contains("增长", StringComparison.Ordinal))
        {
            f.Add(new("Q05", FindingSeverity.Warning, $"指标“{i.Name}”的值 {v} 超过 {Print(s.MaxPercent)}%：比率一般不会超过 100%。", i.Name));
        }

        if (n < 0 && kind is UnitKind.Count or UnitKind.Time or UnitKind.Money or UnitKind.Length or UnitKind.Area)
        {
            f.Add(new("Q05", FindingSeverity.Warning, $"指标“{i.Name}”的值 {v} 为负数，与计量单位“{v.Unit}”不符。", i.Name));
        }

        if (MeasureUnits.IsWholeCount(v.Unit) && n != decimal.Truncate(n))
        {
            f.Add(new("Q05", FindingSeverity.Warning, $"指标“{i.Name}”的值 {v} 带小数，而“{v.Unit}”只能是整数。", i.Name));
        }

        if (isRateName && kind != UnitKind.Percent)
        {
            f.Add(new("Q05", FindingSeverity.Warning, $"指标“{i.Name}”是比率，计量单位应为“%”，实为“{v.Unit}”。", i.Name));
        }

        if (!isRateName && kind == UnitKind.Percent && i.Level2 == Level2.Quantity)
        {
            f.Add(new("Q05", FindingSeverity.Info, $"数量指标“{i.Name}”以“%”计量：数量指标宜用个、人、公里等实物量单位。", i.Name));
        }

        if ((i.Name.Contains("时限", StringComparison.Ordinal) || i.Name.Contains("周期", StringComparison.Ordinal) || i.Name.EndsWith("时间", StringComparison.Ordinal))
            && kind != UnitKind.Time && kind != UnitKind.Percent)
        {
            f.Add(new("Q05", FindingSeverity.Warning, $"指标“{i.Name}”表示时间，计量单位应为天、月等，实为“{v.Unit}”。", i.Name));
        }
    }

    /// <summary>
    /// 效益指标 that promise a percentage without saying of what ("≥95%" with no base), or a benefit side made only of
    /// qualitative phrases, cannot be checked at evaluation.
    /// </summary>
    private static void HollowBenefits(PerformanceTarget t, List<ReviewFinding> f)
    {
        var benefits = t.Indicators.Where(i => i.Level1 == Level1.Benefit).ToList();
        foreach (var i in benefits.Where(i => i.Value.IsComparison && MeasureUnits.KindOf(i.Value.Unit) == UnitKind.Percent))
        {
            if (!NamesItsBase(i))
            {
                f.Add(new("Q01", FindingSeverity.Warning,
                    $"效益指标“{i.Name}”只给出“{i.Value}”，没有可衡量的基数：请写明是什么的比率（如“……覆盖率”“较上年提高……”），并在评分标准中说明计算口径。", i.Name));
            }
        }

        if (benefits.Count > 0 && benefits.All(i => !i.Value.IsQuantitative))
        {
            f.Add(new("Q01", FindingSeverity.Warning, $"效益指标 {benefits.Count} 个全部为定性描述（如“{benefits[0].Value}”），无法衡量：至少应有一个量化的效益指标。"));
        }
    }

    private static readonly string[] BaseWords = ["较", "上年", "去年", "同比", "基期", "基准", "基数", "相比", "增长", "提高", "下降", "降低"];

    private static readonly string[] RateWords =
        ["覆盖率", "达标率", "合格率", "完成率", "知晓率", "满意度", "普及率", "入学率", "巩固率", "使用率", "利用率", "到位率", "通过率", "就业率", "参保率", "治愈率", "优良率", "保障率", "达成率", "占比", "比例", "建档率", "规范化", "管理率", "处理率", "回收率", "存活率", "成活率", "准确率", "及时率", "贡献率", "参与率", "受益率", "发放率", "检出率", "接种率", "救治率", "转化率", "入住率", "出勤率"];

    /// <summary>A rate, share or index names its own base ("……失业率"); a bare state ("群众生活水平") does not.</summary>
    private static bool NamesItsBase(TargetIndicator i) =>
        i.Name.EndsWith('率') || i.Name.EndsWith("比重", StringComparison.Ordinal) || i.Name.EndsWith("指数", StringComparison.Ordinal)
        || RateWords.Any(w => i.Name.Contains(w, StringComparison.Ordinal))
        || BaseWords.Any(w => i.Name.Contains(w, StringComparison.Ordinal) || i.ScoringStandard.Contains(w, StringComparison.Ordinal));

    private static void Copies(PerformanceTarget t, TargetReviewSettings s, CopyIndex copies, List<ReviewFinding> f)
    {
        if (copies.CopiedGoal(t.SubjectId, t.DepartmentId, t.AnnualGoal, s.CopiedTextSimilarity) is { } goal)
        {
            var how = goal.Similarity >= 1m ? "完全相同" : $"高度相似（相似度 {Percent(goal.Similarity)}）";
            f.Add(new("Q03", FindingSeverity.Warning, $"年度目标与项目“{goal.Peer.SubjectName}”的年度目标{how}：请按本项目的实际产出和效果填写。"));
        }

        if (copies.CopiedIndicators(t.SubjectId, t.IndicatorSignature) is { } same)
        {
            f.Add(new("Q03", FindingSeverity.Warning, $"全部 {t.Indicators.Count} 个三级指标及指标值与项目“{same.SubjectName}”完全相同：请按本项目的资金规模和任务设定指标值。"));
        }
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Print(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
