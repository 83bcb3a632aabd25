using System.Globalization;
using System.Text.RegularExpressions;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Application.Targets.Workbooks;

/// <summary>
/// 新增项目申报 from a 申报表 whose project is not in the library: the project's definition as the sheet gives it
/// (name, 项目期, 项目属性, 项目资金 by source, 项目负责人), with every cell that cannot be used named.
/// </summary>
public static partial class SheetProposals
{
    public static Result<ProjectDefinition> Define(TargetSheet sheet, int fiscalYear, string code, string defaultManager)
    {
        var problems = new List<string>();
        string At(string field) => sheet.Cells.TryGetValue(field, out var cell) ? $"（{cell}）" : string.Empty;

        var (start, end) = Years(sheet.ImplementationPeriod, fiscalYear);
        var property = sheet.ProjectProperty.Replace(" ", string.Empty, StringComparison.Ordinal);
        var isNew = !property.Contains("延续", StringComparison.Ordinal);
        if (isNew)
        {
            start = fiscalYear;
            end = Math.Max(end, fiscalYear);
        }

        var type = property.Contains("一次", StringComparison.Ordinal) ? ProjectType.OneOff
            : property.Contains("常年", StringComparison.Ordinal) || property.Contains("经常", StringComparison.Ordinal) ? ProjectType.Recurring
            : start == end ? ProjectType.OneOff : ProjectType.MultiYear;
        if (type == ProjectType.OneOff)
        {
            end = start;
        }

        var appropriation = WanYuan(sheet.CurrentYearWanYuan, "CurrentYearWanYuan", "当年财政拨款", At, problems);
        var carryOver = WanYuan(sheet.CarryOverWanYuan, "CarryOverWanYuan", "上年结转", At, problems);
        var other = WanYuan(sheet.OtherWanYuan, "OtherWanYuan", "其他资金", At, problems);
        var total = WanYuan(sheet.TotalWanYuan, "TotalWanYuan", "年度资金总额", At, problems);
        if (appropriation + carryOver + other == Money.Zero)
        {
            // Some forms give only the total.
            appropriation = total;
        }

        if (appropriation + carryOver + other == Money.Zero && problems.Count == 0)
        {
            problems.Add($"项目资金{At("TotalWanYuan")}为空：新增项目须写明申请的资金。");
        }

        if (problems.Count > 0)
        {
            return Error.Many(problems[0], problems, "File");
        }

        var definition = new ProjectDefinition(
            code, sheet.ProjectName.Trim(), fiscalYear, BudgetKind.GeneralPublic, SpecialCategory.None, DebtBondType.None, type, isNew, start, end,
            string.IsNullOrWhiteSpace(sheet.ProjectManager) ? defaultManager : sheet.ProjectManager.Trim(),
            new FundAmounts(appropriation, carryOver, other));
        var check = ProjectRules.Check(definition);
        return check.IsSuccess ? definition : check.Error! with { Message = $"{At("ProjectName")}{check.Error!.Message}" };
    }

    /// <summary>"2026–2027年", "2026年-2028年", "2026年", "3年" (from the fiscal year).</summary>
    private static (int Start, int End) Years(string text, int fiscalYear)
    {
        var years = FourDigits().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(y => y is >= 2000 and <= 2100).ToList();
        if (years.Count >= 2)
        {
            return (years.Min(), years.Max());
        }

        if (years.Count == 1)
        {
            return (years[0], years[0]);
        }

        return Duration().Match(text) is { Success: true } d && int.Parse(d.Groups["n"].Value, CultureInfo.InvariantCulture) is var n and >= 1 and <= 20
            ? (fiscalYear, fiscalYear + n - 1)
            : (fiscalYear, fiscalYear);
    }

    private static Money WanYuan(string text, string field, string label, Func<string, string> at, List<string> problems)
    {
        var t = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal).Replace("万元", string.Empty, StringComparison.Ordinal).Trim();
        if (t.Length == 0 || t is "-" or "—" or "/")
        {
            return Money.Zero;
        }

        if (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan) && wan >= 0)
        {
            return Money.FromWanYuan(wan);
        }

        problems.Add($"{label}{at(field)}“{text}”不是金额（万元）。");
        return Money.Zero;
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"(?<n>\d{1,2})\s*年")]
    private static partial Regex Duration();
}
