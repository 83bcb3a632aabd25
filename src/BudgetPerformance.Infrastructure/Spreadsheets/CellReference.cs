using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>A1-style cell reference helpers (1-based rows and columns).</summary>
internal static class CellReference
{
    /// <summary>Largest column Excel allows (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Largest row Excel allows.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Formats a cell reference such as <c>"B18"</c>.</summary>
    public static string Of(int row, int column) =>
        string.Concat(ColumnName(column), row.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Formats a range reference such as <c>"A1:H1"</c>.</summary>
    public static string Range(int top, int left, int bottom, int right) =>
        string.Concat(Of(top, left), ":", Of(bottom, right));

    /// <summary>Column letters for a 1-based column number (1 → A, 27 → AA).</summary>
    public static string ColumnName(int column)
    {
        Span<char> buffer = stackalloc char[4];
        var position = buffer.Length;
        var remaining = column;
        while (remaining > 0)
        {
            var digit = (remaining - 1) % 26;
            buffer[--position] = (char)('A' + digit);
            remaining = (remaining - 1) / 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>Parses <c>"B18"</c> (or <c>"$B$18"</c>); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var index = 0;
        if (index < reference.Length && reference[index] == '$')
        {
            index++;
        }

        var letters = 0;
        while (index < reference.Length && char.IsAsciiLetter(reference[index]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[index]) - 'A' + 1);
            index++;
            if (++letters > 3)
            {
                return false;
            }
        }

        if (index < reference.Length && reference[index] == '$')
        {
            index++;
        }

        var digits = 0;
        while (index < reference.Length && char.IsAsciiDigit(reference[index]))
        {
            row = (row * 10) + (reference[index] - '0');
            index++;
            if (++digits > 7)
            {
                return false;
            }
        }

        return index == reference.Length && letters > 0 && digits > 0
            && column <= MaxColumn && row is > 0 and <= MaxRow;
    }

    /// <summary>Parses <c>"A1:H1"</c> (a single cell <c>"A1"</c> is a 1×1 range).</summary>
    public static bool TryParseRange(string? reference, out CellRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(reference))
        {
            return false;
        }

        var span = reference.AsSpan().Trim();
        var colon = span.IndexOf(':');
        var first = colon < 0 ? span : span[..colon];
        var second = colon < 0 ? span : span[(colon + 1)..];
        if (!TryParse(first, out var r1, out var c1) || !TryParse(second, out var r2, out var c2))
        {
            return false;
        }

        range = new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}
