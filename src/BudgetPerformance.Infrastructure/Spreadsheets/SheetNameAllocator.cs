using BudgetPerformance.Application.Targets.Workbooks;
using System.Globalization;
using System.Text;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Makes worksheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, no leading or trailing
/// apostrophe, not “History”, and unique regardless of case (“项目(2)” for a repeat).
/// </summary>
internal sealed class SheetNameAllocator
{
    public const int MaxLength = 31;

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A unique valid name based on <paramref name="preferred"/> (or “项目N” when it is blank).</summary>
    public string Allocate(string? preferred, int ordinal)
    {
        var baseName = Clean(preferred);
        if (baseName.Length == 0)
        {
            baseName = string.Create(CultureInfo.InvariantCulture, $"项目{ordinal}");
        }

        var name = Truncate(baseName, MaxLength);
        for (var suffix = 2; !used.Add(name); suffix++)
        {
            var tail = string.Create(CultureInfo.InvariantCulture, $"({suffix})");
            name = Truncate(baseName, MaxLength - tail.Length) + tail;
        }

        return name;
    }

    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c);
        }

        var cleaned = builder.ToString().Trim().Trim('\'').Trim();
        return string.Equals(cleaned, "History", StringComparison.OrdinalIgnoreCase) ? cleaned + "_" : cleaned;
    }

    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never split a surrogate pair, and never end on an apostrophe.
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut].TrimEnd('\'', ' ');
    }
}
