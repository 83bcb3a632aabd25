using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Estimates row heights for wrapped text. Excel does not auto-fit rows whose text sits in merged cells,
/// so the writer sets heights itself. Widths are in Excel character units; a Chinese character takes two.
/// </summary>
internal static class RowHeightEstimator
{
    /// <summary>Height of one line of 11-point 宋体, in points.</summary>
    public const double LinePoints = 14.25;

    /// <summary>Number of lines <paramref name="text"/> wraps to in a cell <paramref name="width"/> characters wide.</summary>
    public static int Lines(string? text, double width)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var usable = Math.Max(1.0, width - 1.5);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var units = 0.0;
            foreach (var c in paragraph)
            {
                units += c >= '\u2000' ? 2.0 : 1.1;
            }

            lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        }

        return lines;
    }

    /// <summary>Row height in points for <paramref name="lines"/> lines, never below <paramref name="minimum"/>.</summary>
    public static double Height(int lines, double minimum) =>
        Math.Min(409, Math.Max(minimum, Math.Round((lines * LinePoints) + 6, 2)));
}
