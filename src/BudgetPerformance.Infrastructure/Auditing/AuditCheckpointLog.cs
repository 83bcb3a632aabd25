using System.Globalization;
using System.Text.Json;
using BudgetPerformance.Domain.Auditing;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>
/// The append-only file of signed checkpoints beside the database. Each line is one checkpoint; a copy of each also
/// goes into the database, but only this file survives someone deleting the newest rows of both audit tables.
/// </summary>
public sealed class AuditCheckpointLog(string path)
{
    private static readonly Lock FileLock = new();

    public string Path { get; } = path;

    public void Append(AuditCheckpoint c)
    {
        var line = JsonSerializer.Serialize(new Line(c.Sequence, c.Hash, c.At.ToString("O", CultureInfo.InvariantCulture), c.KeyId, c.Signature));
        lock (FileLock)
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(line);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every checkpoint in the file; a line that cannot be read is reported, not skipped silently.</summary>
    public (IReadOnlyList<AuditCheckpoint> Checkpoints, IReadOnlyList<string> Problems) ReadAll()
    {
        var list = new List<AuditCheckpoint>();
        var problems = new List<string>();
        if (!File.Exists(Path))
        {
            return (list, problems);
        }

        var number = 0;
        foreach (var text in File.ReadLines(Path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                var l = JsonSerializer.Deserialize<Line>(text) ?? throw new JsonException("空行");
                list.Add(AuditCheckpoint.Restore(l.Sequence, l.Hash, DateTime.Parse(l.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime(), l.KeyId, l.Signature));
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                problems.Add($"检查点文件第 {number} 行无法读取（{ex.Message}），文件可能被改动。");
            }
        }

        return (list, problems);
    }

    private sealed record Line(long Sequence, string Hash, string At, int KeyId, string Signature);
}
