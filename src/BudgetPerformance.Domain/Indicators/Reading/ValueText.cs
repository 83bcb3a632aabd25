using System.Text;

namespace BudgetPerformance.Domain.Indicators.Reading;

/// <summary>Puts a value cell into one spelling: half-width digits and signs, one sign per comparison, no stray spaces.</summary>
internal static partial class ValueText
{
    private static readonly (string From, string To)[] Signs =
    [
        ("＞＝", "≥"), ("＜＝", "≤"), (">=", "≥"), ("<=", "≤"), ("≧", "≥"), ("⩾", "≥"), ("≦", "≤"), ("⩽", "≤"),
        ("＞", ">"), ("＜", "<"), ("==", "="), ("＝", "="), ("═", "="), ("﹦", "="),
    ];

    public static readonly char[] Operators = ['≥', '≤', '>', '<', '='];

    /// <summary>The normalised text, and the variant signs it met (for the reading note).</summary>
    public static (string Text, IReadOnlyList<string> Variants) Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '％' => '%',
                '．' => '.',
                '＋' => '+',
                '\u3000' or '\u00a0' or '\t' or '\r' or '\n' => ' ',
                _ => c,
            });
        }

        var s = sb.ToString();
        var variants = new List<string>();
        foreach (var (from, to) in Signs)
        {
            if (s.Contains(from, StringComparison.Ordinal))
            {
                variants.Add($"“{from}”按“{to}”");
                s = s.Replace(from, to, StringComparison.Ordinal);
            }
        }

        // Thousands separators inside a number ("1,200", "1，200") and spaces around signs and numbers go.
        s = ThousandsSeparators().Replace(s, m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal));
        s = SpaceAroundSigns().Replace(s.Trim(), "$1");
        return (s, variants);
    }

    public static bool HasDigit(string s) => s.Any(char.IsAsciiDigit);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])\d{1,3}([,，]\d{3})+(?![\d])")]
    private static partial System.Text.RegularExpressions.Regex ThousandsSeparators();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*([≥≤<>=%])\s*")]
    private static partial System.Text.RegularExpressions.Regex SpaceAroundSigns();
}
