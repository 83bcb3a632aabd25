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
                grid.Add(row, column, field.ToString().Trim());
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

        grid.Complete("csv");
        return (grid, null, note);
    }

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

    /// <summary>The separator of the first line: a tab or semicolon when it has more of those than commas.</summary>
    private static char DelimiterOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        var commas = first.Count(c => c == ',');
        var tabs = first.Count(c => c == '\t');
        var semicolons = first.Count(c => c == ';');
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
