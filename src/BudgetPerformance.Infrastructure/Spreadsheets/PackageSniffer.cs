using BudgetPerformance.Application.Targets.Workbooks;
namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>Looks at a file's first bytes to explain, in Chinese, why it cannot be an .xlsx package.</summary>
internal static class PackageSniffer
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    // OLE compound file: legacy .xls, and also password-protected .xlsx.
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Whether the stream starts like a package (zip) or a legacy/encrypted workbook — anything else is taken as text.
    /// A non-seekable stream is not inspected (false). The position is restored.
    /// </summary>
    public static bool LooksLikeZip(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return head[..read].StartsWith(ZipSignature) || head[..read].StartsWith(CompoundFileSignature);
    }

    /// <summary>A reason the stream is not an .xlsx package, or <see langword="null"/> when it may be one.</summary>
    /// <remarks>The stream must be seekable; its position is restored.</remarks>
    public static string? Check(Stream stream)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        head = head[..read];

        if (read == 0)
        {
            return "文件为空";
        }

        if (head.StartsWith(CompoundFileSignature))
        {
            return "这是旧版 .xls 文件或设置了打开密码的文件，请在 Excel 中取消密码并另存为“Excel 工作簿（*.xlsx）”后重新上传";
        }

        return head.StartsWith(ZipSignature) ? null : "文件内容不是 .xlsx 格式";
    }
}
