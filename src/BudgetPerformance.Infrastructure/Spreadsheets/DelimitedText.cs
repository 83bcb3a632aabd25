using System.Text;
using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// A delimited text file (.csv, tab- or semicolon-separated) as a grid of cells, so the same header finding and row
/// reading as for sheets applies. The encoding is detected: a byte-order mark, else UTF-8 if every byte sequence is
/// valid UTF-8, else GB18030 (which reads GBK and GB2312) — and the reading notes say which. Quoted fields, doubled
/// quotes and line breaks inside quotes follow RFC 4180. Bounded by the upload limits (size, cells) and cancellable.
/// </summary>
internal static class DelimitedText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static DelimitedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (SheetGrid? Grid, string? Problem, string? EncodingNote) Load(Stream input, UploadLimits limits, CancellationToken ct)
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            try
            {
                new LimitedReadStream(input, limits.MaxUploadBytes, "上传的文件", leaveOpen: true).CopyTo(buffer);
            }
            catch (UploadLimitException limit)
            {
                return (null, GuardedWorkbook.LimitError(limit.Message), null);
            }

            bytes = buffer.ToArray();
        }

        if (bytes.Length == 0)
        {
            return (null, "文件为空。", null);
        }

        var (text, note) = Decode(bytes);
        var grid = new SheetGrid(0);
        var delimiter = DelimiterOf(text);
        var row = 1;
        var column = 1;
        long cells = 0;
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var c = i < text.Length ? text[i] : '\n';
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else if (i < text.Length)
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter || c == '\n' || c == '\r')
            {
                if (column > MaxColumns)
                {
                    return (null, GuardedWorkbook.LimitError($"第 {row} 行超过 {MaxColumns:N0} 列"), note);
                }

                grid.Add(row, column, Unwrap(field.ToString().Trim()));
                field.Clear();
                if (++cells > limits.MaxCells)
                {
                    return (null, GuardedWorkbook.LimitError($"文件超过 {limits.MaxCells:N0} 个单元格的上限"), note);
                }

                if (c == delimiter)
                {
                    column++;
                }
                else
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    row++;
                    column = 1;
                }
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return (null, $"文件第 {row} 行起的引号不成对，无法确定各列的内容。", note);
        }

        grid.Complete("csv");
        return (grid, null, note);
    }

    /// <summary>As many columns as a worksheet may have (XFD).</summary>
    private const int MaxColumns = 16_384;

    /// <summary>Excel's way of keeping leading zeros in a CSV: ="001234" is the text 001234.</summary>
    private static string Unwrap(string field) =>
        field.Length >= 3 && field.StartsWith("=\"", StringComparison.Ordinal) && field.EndsWith('"') ? field[2..^1] : field;

    private static (string Text, string? Note) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), null);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), "文件为 UTF-16 编码，已按此读取。");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), "文件不是 UTF-8 编码，已按 GBK（GB18030）读取。");
        }
    }

    /// <summary>
    /// The separator, counted outside quotes over the first lines (a title line above the header has none): a tab or a
    /// semicolon when there are more of those than commas.
    /// </summary>
    private static char DelimiterOf(string text)
    {
        int commas = 0, tabs = 0, semicolons = 0, lines = 0;
        var quoted = false;
        for (var i = 0; i < text.Length && lines < 10; i++)
        {
            switch (text[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\n' when !quoted:
                    lines++;
                    break;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
