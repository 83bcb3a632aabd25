using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Application.Common;

/// <summary>An import refused whole: the summary and the first problems, each naming where it is.</summary>
public static class ImportRefusal
{
    public const int MaxShown = 200;

    /// <summary>"<paramref name="summary"/>" then up to <see cref="MaxShown"/> problems, and how many more were not listed.</summary>
    public static Error Of(string summary, IReadOnlyList<string> errors, string field = "File")
    {
        var shown = errors.Take(MaxShown).ToList();
        if (errors.Count > MaxShown)
        {
            shown.Add($"……另有 {errors.Count - MaxShown} 个问题未列出。");
        }

        return Error.Many(summary, shown, field);
    }
}
