using System.Text;
using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// A delimited text file (.csv, tab- or semicolon-separated), as a grid of cells (so the same header finding and row
/// reading as for sheets applies) or as a stream of records for large files. The encoding is detected: a byte-order
/// mark, else UTF-8 if every byte sequence is valid UTF-8, else GB18030 (which reads GBK and GB2312) — and the reading
/// notes say which. Bounded by the upload limits (size, cells) and cancellable.
/// </summary>
internal static class DelimitedText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string Gb18030Note = "文件不是 UTF-8 编码，已按 GBK（GB18030）读取。";
    public const string Utf16Note = "文件为 UTF-16 编码，已按此读取。";

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
        var reader = new DelimitedRecordReader(new StringReader(text), DelimitedRecordReader.DelimiterOf(text.Length > 65_536 ? text[..65_536] : text));
        var fields = new List<string>();
        long cells = 0;
        try
        {
            for (var records = 0; reader.TryRead(fields); records++)
            {
                if ((records & 0x3FF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                for (var column = 0; column < fields.Count; column++)
                {
                    grid.Add(reader.Line, column + 1, fields[column]);
                }

                if ((cells += fields.Count) > limits.MaxCells)
                {
                    return (null, GuardedWorkbook.LimitError($"文件超过 {limits.MaxCells:N0} 个单元格的上限"), note);
                }
            }
        }
        catch (FormatException format)
        {
            return (null, format.Message, note);
        }
        catch (UploadLimitException limit)
        {
            return (null, GuardedWorkbook.LimitError(limit.Message), note);
        }

        grid.Complete("csv");
        return (grid, null, note);
    }

    /// <summary>
    /// Opens a large delimited file for reading record by record: the encoding is found in one pass over the bytes
    /// (the stream must be seekable: an uploaded file is buffered on disk), then a reader over the stream is returned.
    /// </summary>
    public static (DelimitedRecordReader? Reader, string? Problem, string? EncodingNote) Open(Stream input, long maxBytes, CancellationToken ct)
    {
        if (!input.CanSeek)
        {
            throw new ArgumentException("逐行读取的文件必须可定位（先缓存到磁盘）。", nameof(input));
        }

        if (input.Length == 0)
        {
            return (null, "文件为空。", null);
        }

        if (input.Length > maxBytes)
        {
            return (null, GuardedWorkbook.LimitError($"文件过大，上传的文件不超过 {maxBytes / (1024 * 1024):N0} MB"), null);
        }

        input.Position = 0;
        Span<byte> bom = stackalloc byte[3];
        var got = input.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        Encoding encoding;
        string? note = null;
        if (got >= 3 && bom[..3].SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = Encoding.UTF8;
        }
        else if (got >= 2 && (bom[..2].SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bom[..2].SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF])))
        {
            (encoding, note) = (bom[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, Utf16Note);
        }
        else
        {
            input.Position = 0;
            (encoding, note) = IsUtf8(input, ct) ? (Encoding.UTF8, null) : (Encoding.GetEncoding("GB18030"), Gb18030Note);
        }

        input.Position = 0;
        var text = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var head = new char[65_536];
        var read = text.ReadBlock(head, 0, head.Length);
        var delimiter = DelimitedRecordReader.DelimiterOf(new string(head, 0, read));
        input.Position = 0;
        text = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return (new DelimitedRecordReader(text, delimiter), null, note);
    }

    private static bool IsUtf8(Stream input, CancellationToken ct)
    {
        // GetChars (not GetCharCount, which keeps no state) so that a character split between two reads is joined.
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[(1 << 16) + 4];
        int read;
        try
        {
            while ((read = input.Read(buffer)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
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
            return (reader.ReadToEnd(), Utf16Note);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), Gb18030Note);
        }
    }
}
