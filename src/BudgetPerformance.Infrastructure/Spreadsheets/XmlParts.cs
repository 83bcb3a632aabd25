using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Targets.Workbooks;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Forward-only <see cref="XmlReader"/> access to the two big parts of a workbook (worksheets and the
/// shared-string table), several times faster than loading OpenXml elements. Elements are matched by local
/// name so transitional and strict SpreadsheetML both work; DTDs are refused.
/// </summary>
internal static class XmlParts
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Opens a reader over the part's XML; past <paramref name="maxBytes"/> expanded bytes it throws, whatever the package declared.</summary>
    public static XmlReader Open(OpenXmlPart part, long maxBytes) =>
        XmlReader.Create(new LimitedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), maxBytes, part.Uri.OriginalString), Settings);

    /// <summary>
    /// Reads the text of a rich-text container (<c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>) the reader is on: all its
    /// <c>&lt;t&gt;</c> runs, without phonetic (<c>&lt;rPh&gt;</c>) text. Leaves the reader after the container.
    /// </summary>
    public static string ReadRichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? builder = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName is "rPh" or "phoneticPr")
                {
                    xml.Skip();
                    continue;
                }

                if (xml.LocalName == "t")
                {
                    var piece = xml.ReadElementContentAsString();
                    if (single is null)
                    {
                        single = piece;
                    }
                    else
                    {
                        builder ??= new StringBuilder(single);
                        builder.Append(piece);
                    }

                    continue;
                }
            }

            xml.Read();
        }

        xml.Read();
        return builder?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Every shared string of the workbook, decoded and trimmed, in table order.</summary>
    public static string[] ReadSharedStrings(SharedStringTablePart? part, UploadLimits limits)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var xml = Open(part, limits.MaxPartBytes);
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(CellText.FromCell(ReadRichText(xml)));
                continue;
            }

            xml.Read();
        }

        return [.. strings];
    }
}

/// <summary>A read-only stream that throws <see cref="UploadLimitException"/> once more than a limit has been read from it.</summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string name, bool leaveOpen = false) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int n)
    {
        _read += n;
        if (_read > limit)
        {
            throw new UploadLimitException($"文件内部的“{name.TrimStart('/')}”展开后超过 {limit / 1024 / 1024} MB，超出上限");
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
