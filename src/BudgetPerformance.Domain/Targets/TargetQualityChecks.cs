using BudgetPerformance.Domain.Indicators;
using static BudgetPerformance.Domain.Targets.TargetReview;

namespace BudgetPerformance.Domain.Targets;

/// <summary>The checks behind the Q.. rows of <see cref="TargetReview.Rules"/>.</summary>
internal static class TargetQualityChecks
{
    private static readonly string[] CountOrDurationWords = ["人数", "人次", "个数", "数量", "次数", "户数", "天数", "时限", "周期", "时长", "用时", "面积", "里程", "长度"];

    private static readonly string[] BaseWords = ["较", "上年", "去年", "同比", "基期", "基准", "基数", "相比", "增长", "提高", "下降", "降低"];

    private static readonly string[] RateWords =
        ["覆盖率", "达标率", "合格率", "完成率", "知晓率", "满意度", "普及率", "入学率", "巩固率", "使用率", "利用率", "到位率", "通过率", "就业率", "参保率", "治愈率", "优良率", "保障率", "达成率", "占比", "比例", "建档率", "规范化", "管理率", "处理率", "回收率", "存活率", "成活率", "准确率", "及时率", "贡献率", "参与率", "受益率", "发放率", "检出率", "接种率", "救治率", "转化率", "入住率", "出勤率"];

    /// <summary>
    /// Q01: 效益指标 that promise a percentage without saying of what ("≥95%" with no base), or a benefit side made
    /// only of qualitative phrases, cannot be checked at evaluation.
    /// </summary>
    public static void HollowBenefits(ReviewCheck c)
    {
        var benefits = c.Input.Indicators.Where(i => i.Level1 == Level1.Benefit).ToList();
        foreach (var i in benefits.Where(i => i.Value.IsComparison && MeasureUnits.KindOf(i.Value.Unit) == UnitKind.Percent && !NamesItsBase(i)))
        {
            c.Add($"效益指标“{i.Name}”只给出“{i.Value}”，没有可衡量的基数：请写明是什么的比率（如“……覆盖率”“较上年提高……”），并在评分标准中说明计算口径。", i.Name);
        }

        if (benefits.Count > 0 && benefits.All(i => !i.Value.IsQuantitative))
        {
            c.Add($"效益指标 {benefits.Count} 个全部为定性描述（如“{benefits[0].Value}”），无法衡量：至少应有一个量化的效益指标。");
        }
    }

    /// <summary>Q02: cost is reverse (less is better) and in money.</summary>
    public static void CostDirection(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators.Where(i => IndicatorFrameworks.IsCost(i.Level2) && i.Value.IsComparison))
        {
            if (i.Value.IsPositive)
            {
                c.Add($"成本指标“{i.Name}”的指标值为“{i.Value}”：成本越低越好，应使用“≤”或“<”（反向指标），否则花钱越多得分越高。", i.Name);
            }

            if (MeasureUnits.KindOf(i.Value.Unit) != UnitKind.Money)
            {
                c.Add($"成本指标“{i.Name}”的计量单位“{i.Value.Unit}”不是金额单位（元、万元、元/人等）。", i.Name);
            }
        }

        if (c.Section.CheckCostAsText)
        {
            foreach (var i in c.Input.Indicators.Where(i => IndicatorFrameworks.IsCost(i.Level2) && i.Value.Operator is IndicatorOperator.Qualitative))
            {
                c.Add($"成本指标“{i.Name}”只有文字“{i.Value}”，没有金额：成本指标应写成“≤…万元”“≤…元/人”等上限。", i.Name);
            }
        }
    }

    /// <summary>Q03: the annual goal or the whole indicator set copied from another project.</summary>
    public static void Copies(ReviewCheck c)
    {
        var t = c.Input;
        if (c.Copies.CopiedGoal(t.SubjectId, t.DepartmentId, t.AnnualGoal, c.Section.CopiedTextSimilarity) is { } goal)
        {
            c.Matched(goal.Peer);
            var how = goal.Similarity >= 1m ? "完全相同" : $"高度相似（相似度 {Percent(goal.Similarity)}）";
            c.Add($"年度目标与项目“{goal.Peer.SubjectName}”的年度目标{how}：请按本项目的实际产出和效果填写。",
                arithmetic: goal.Similarity >= 1m ? null : $"相似度 {Percent(goal.Similarity)} ≥ {Percent(c.Section.CopiedTextSimilarity)}");
        }

        if (c.Copies.CopiedIndicators(t.SubjectId, t.IndicatorSignature) is { } same)
        {
            c.Matched(same);
            c.Add($"全部 {t.Indicators.Count} 个三级指标及指标值与项目“{same.SubjectName}”完全相同：请按本项目的资金规模和任务设定指标值。");
        }
    }

    /// <summary>Q04: a target easier to reach than last year's actual.</summary>
    public static void AgainstLastYear(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators)
        {
            var v = i.Value;
            if (i.LastYearActual is not { } actual || !v.IsComparison || v.Number is not { } target)
            {
                continue;
            }

            if (v.IsPositive && target < actual)
            {
                c.Add($"指标“{i.Name}”目标值 {v} 低于上年实际完成值 {Print(actual)}{v.Unit}：目标设置偏低，应不低于上年实际。", i.Name, $"{Print(target)} < {Print(actual)}");
            }
            else if (v.IsReverse && target > actual)
            {
                c.Add($"反向指标“{i.Name}”目标值 {v} 宽于上年实际 {Print(actual)}{v.Unit}：目标设置偏松。", i.Name, $"{Print(target)} > {Print(actual)}");
            }
        }
    }

    /// <summary>Q05: a unit that does not fit the value or the name.</summary>
    public static void UnitFit(ReviewCheck c)
    {
        foreach (var i in c.Input.Indicators.Where(i => i.Value.IsComparison))
        {
            var v = i.Value;
            var kind = MeasureUnits.KindOf(v.Unit);
            var n = v.Number!.Value;
            var isRateName = i.Name.EndsWith('率') || i.Name.Contains("满意度", StringComparison.Ordinal) || i.Name.Contains("比例", StringComparison.Ordinal);
            if (kind == UnitKind.Percent && n > c.Section.MaxPercent && !i.Name.Contains("增长", StringComparison.Ordinal))
            {
                c.Add($"指标“{i.Name}”的值 {v} 超过 {Print(c.Section.MaxPercent)}%：比率一般不会超过 100%。", i.Name, $"{Print(n)}% > {Print(c.Section.MaxPercent)}%");
            }

            if (n < 0 && kind is UnitKind.Count or UnitKind.Time or UnitKind.Money or UnitKind.Length or UnitKind.Area)
            {
                c.Add($"指标“{i.Name}”的值 {v} 为负数，与计量单位“{v.Unit}”不符。", i.Name);
            }

            if (MeasureUnits.IsWholeCount(v.Unit) && n != decimal.Truncate(n))
            {
                c.Add($"指标“{i.Name}”的值 {v} 带小数，而“{v.Unit}”只能是整数。", i.Name);
            }

            if (isRateName && kind != UnitKind.Percent)
            {
                c.Add($"指标“{i.Name}”是比率，计量单位应为“%”，实为“{v.Unit}”。", i.Name);
            }

            if (!isRateName && kind == UnitKind.Percent && i.Level2 == Level2.Quantity)
            {
                c.Add($"数量指标“{i.Name}”以“%”计量：数量指标宜用个、人、公里等实物量单位。", i.Name, severity: FindingSeverity.Info);
            }

            if (c.Section.CheckRateUnitKinds && kind == UnitKind.Percent && CountOrDurationWords.FirstOrDefault(w => i.Name.EndsWith(w, StringComparison.Ordinal)) is { } word)
            {
                c.Add($"指标“{i.Name}”是{(word is "天数" or "时限" or "周期" or "时长" or "用时" ? "时长" : "数量")}，却以“%”计量（{v}）：请改用{(word is "天数" or "时限" or "周期" or "时长" or "用时" ? "天、月等" : "人、个、次等")}单位，或把名称改为比率。", i.Name);
            }

            if ((i.Name.Contains("时限", StringComparison.Ordinal) || i.Name.Contains("周期", StringComparison.Ordinal) || i.Name.EndsWith("时间", StringComparison.Ordinal))
                && kind != UnitKind.Time && kind != UnitKind.Percent)
            {
                c.Add($"指标“{i.Name}”表示时间，计量单位应为天、月等，实为“{v.Unit}”。", i.Name);
            }
        }
    }

    /// <summary>A rate, share or index names its own base ("……失业率"); a bare state ("群众生活水平") does not.</summary>
    private static bool NamesItsBase(ReviewIndicator i) =>
        i.Name.EndsWith('率') || i.Name.EndsWith("比重", StringComparison.Ordinal) || i.Name.EndsWith("指数", StringComparison.Ordinal)
        || RateWords.Any(w => i.Name.Contains(w, StringComparison.Ordinal))
        || BaseWords.Any(w => i.Name.Contains(w, StringComparison.Ordinal) || i.ScoringStandard.Contains(w, StringComparison.Ordinal));
}
