using BudgetPerformance.Application.Targets.Workbooks;
using System.Buffers;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Normalises label text so that real-world spellings compare equal:
/// “项 目 名 称”, “项目名称：”, “＊项目名称”, “分值（%）” and “其中：当年财政拨款” all reduce to their bare label.
/// </summary>
/// <remarks>Called for most cells of every sheet, so it works in one pass and returns the input when unchanged.</remarks>
internal static class LabelText
{
    /// <summary>
    /// Removes every kind of white space (including the full-width space U+3000), zero-width characters and
    /// required-field asterisks, and folds full-width ASCII forms (“（”, “：”, “２”) to their half-width forms.
    /// </summary>
    public static string Compact(string text) => Transform(text, dropRemarks: false);

    /// <summary>
    /// <see cref="Compact"/>, then drops parenthesised remarks (“（万元）”, “(%)”), a trailing colon and a
    /// leading “其中”, giving the key used to recognise labels and table headers.
    /// </summary>
    public static string Normalize(string text)
    {
        var key = Transform(text, dropRemarks: true).TrimEnd(':');
        if (key.StartsWith("其中", StringComparison.Ordinal))
        {
            key = key[2..].TrimStart(':');
        }

        return key;
    }

    private static string Transform(string text, bool dropRemarks)
    {
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = 0;
            var depth = 0;
            var changed = false;
            foreach (var raw in text)
            {
                if (char.IsWhiteSpace(raw) || raw is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '*' or '＊')
                {
                    changed = true;
                    continue;
                }

                // Full-width ASCII block U+FF01..U+FF5E maps onto U+0021..U+007E.
                var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
                changed |= c != raw;
                if (dropRemarks && c is '(' or '【' or '[')
                {
                    depth++;
                    changed = true;
                }
                else if (dropRemarks && c is ')' or '】' or ']')
                {
                    depth = Math.Max(0, depth - 1);
                    changed = true;
                }
                else if (depth == 0)
                {
                    buffer[length++] = c;
                }
                else
                {
                    changed = true;
                }
            }

            return changed ? new string(buffer[..length]) : text;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
