using System.IO.Compression;
using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Checks an .xlsx package's central directory against the <see cref="UploadLimits"/> before anything is expanded:
/// the declared size of every part, their total, the compression ratio (a zip bomb expands a few kilobytes into
/// gigabytes) and the number of worksheets. The declared sizes can lie, so the readers count again while they stream
/// (<see cref="XmlParts"/> caps every part's characters; <see cref="SheetGridLoader"/> rows, cells and merges).
/// </summary>
internal static class PackageGuard
{
    private const long RatioCheckedFrom = 1024 * 1024;
    private const int MaxEntries = 20_000;

    /// <summary>
    /// Why the package cannot be read, or <see langword="null"/>; throws <see cref="UploadLimitException"/> for a limit
    /// crossed. The stream must be seekable; its position is restored.
    /// </summary>
    public static string? Check(Stream stream, UploadLimits limits)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new UploadLimitException($"文件内部包含 {zip.Entries.Count} 个部件，超过 {MaxEntries} 个，不像是正常的工作簿");
            }

            long total = 0;
            var sheets = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    sheets++;
                }

                if (entry.Length > limits.MaxPartBytes)
                {
                    throw new UploadLimitException($"文件内部的“{entry.FullName}”展开后有 {Mb(entry.Length)}，超过每个部件 {Mb(limits.MaxPartBytes)} 的上限");
                }

                if (entry.Length > RatioCheckedFrom && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw new UploadLimitException($"文件内部的“{entry.FullName}”压缩比异常（{Mb(entry.CompressedLength)} 展开为 {Mb(entry.Length)}），疑似压缩炸弹，已拒绝");
                }

                total += entry.Length;
                if (total > limits.MaxExpandedBytes)
                {
                    throw new UploadLimitException($"文件展开后超过 {Mb(limits.MaxExpandedBytes)}，超出上限");
                }
            }

            if (sheets > limits.MaxSheets)
            {
                throw new UploadLimitException($"工作簿有 {sheets} 个工作表，超过 {limits.MaxSheets} 个的上限");
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "文件已损坏，或不是 Excel 2007 及以上版本保存的工作簿";
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static string Mb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
