using System.Collections.Concurrent;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Application.Common;

/// <summary>
/// What an uploaded file may cost the server (configuration section <c>Uploads</c>). Every import — target workbooks
/// now; execution data, monitoring and self-evaluation tables next — is checked against these before the work they
/// bound, and again while it streams.
/// </summary>
public sealed record UploadLimits
{
    public const string Section = "Uploads";

    /// <summary>The file as uploaded (compressed, for .xlsx).</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Any one part of an .xlsx package once expanded (a worksheet, the shared strings).</summary>
    public long MaxPartBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>All parts together once expanded.</summary>
    public long MaxExpandedBytes { get; init; } = 400L * 1024 * 1024;

    /// <summary>Expanded over compressed size of a part above 1 MB; real worksheets compress 5–20 times, bombs thousands.</summary>
    public int MaxCompressionRatio { get; init; } = 150;

    public int MaxSheets { get; init; } = 2_000;

    public int MaxRowsPerSheet { get; init; } = 10_000;

    public int MaxCellsPerSheet { get; init; } = 200_000;

    public long MaxCells { get; init; } = 4_000_000;

    public int MaxMergesPerSheet { get; init; } = 2_000;

    /// <summary>Cells that merged ranges may cover in one sheet (each is filled with the range's top-left value).</summary>
    public int MaxMergedCellsPerSheet { get; init; } = 200_000;

    /// <summary>
    /// A large delimited file read record by record (payment ledgers, execution data): its size may be larger, since
    /// memory stays flat whatever the size (the upload is buffered on disk, not in memory).
    /// </summary>
    public long MaxStreamedUploadBytes { get; init; } = 512L * 1024 * 1024;

    public int TimeBudgetSeconds { get; init; } = 120;

    public int MaxConcurrentPerUser { get; init; } = 2;

    public int MaxConcurrent { get; init; } = 4;

    public string MaxUploadText => $"{MaxUploadBytes / 1024.0 / 1024.0:0.#} MB";

    /// <summary>Refuses settings that would switch a guard off.</summary>
    public UploadLimits Validated()
    {
        if (MaxUploadBytes <= 0 || MaxStreamedUploadBytes < MaxUploadBytes || MaxPartBytes <= 0 || MaxExpandedBytes <= 0 || MaxCompressionRatio <= 1 || MaxSheets <= 0
            || MaxRowsPerSheet <= 0 || MaxCellsPerSheet <= 0 || MaxCells <= 0 || MaxMergesPerSheet < 0 || MaxMergedCellsPerSheet < 0
            || TimeBudgetSeconds <= 0 || MaxConcurrentPerUser <= 0 || MaxConcurrent <= 0)
        {
            throw new InvalidOperationException("配置节 Uploads 中的上传限制必须为正数。");
        }

        return this;
    }
}

/// <summary>Thrown by a reader the moment a file crosses one of the <see cref="UploadLimits"/>; the message is for the user.</summary>
public sealed class UploadLimitException(string message) : Exception(message);

/// <summary>
/// How many imports run at once, per user and overall: a further one is refused at once (not queued), so a burst of
/// uploads cannot hold every worker and all memory. Each admitted import gets a token that ends at the time budget or
/// when the client goes away.
/// </summary>
public sealed class UploadGate(UploadLimits limits, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, int> _perUser = new();
    private int _running;

    public UploadLimits Limits => limits;

    public Result<UploadTicket> Enter(long userId, long? length, CancellationToken requestAborted, bool streamed = false)
    {
        var max = streamed ? limits.MaxStreamedUploadBytes : limits.MaxUploadBytes;
        if (length is { } size && size > max)
        {
            return Error.Validation($"文件过大（{size / 1024.0 / 1024.0:0.#} MB）：上传的文件不超过 {max / 1024.0 / 1024.0:0.#} MB。", "File");
        }

        if (Interlocked.Increment(ref _running) > limits.MaxConcurrent)
        {
            Interlocked.Decrement(ref _running);
            return Error.Conflict("服务器正在处理的导入已达上限，请稍后再试。");
        }

        var mine = _perUser.AddOrUpdate(userId, 1, (_, n) => n + 1);
        if (mine > limits.MaxConcurrentPerUser)
        {
            Leave(userId);
            return Error.Conflict($"您已有 {limits.MaxConcurrentPerUser} 个导入正在处理，请等它们完成后再试。");
        }

        return new UploadTicket(this, userId, TimeSpan.FromSeconds(limits.TimeBudgetSeconds), clock, requestAborted);
    }

    internal void Leave(long userId)
    {
        _perUser.AddOrUpdate(userId, 0, (_, n) => Math.Max(0, n - 1));
        _perUser.TryRemove(new KeyValuePair<long, int>(userId, 0));
        Interlocked.Decrement(ref _running);
    }
}

/// <summary>An admitted import: its cancellation (time budget or client gone) and its place in the gate until disposed.</summary>
public sealed class UploadTicket : IDisposable
{
    private readonly UploadGate _gate;
    private readonly long _userId;
    private readonly CancellationTokenSource _budget;
    private readonly CancellationTokenSource _linked;
    private int _disposed;

    internal UploadTicket(UploadGate gate, long userId, TimeSpan budget, TimeProvider clock, CancellationToken requestAborted)
    {
        _gate = gate;
        _userId = userId;
        _budget = new CancellationTokenSource(budget, clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_budget.Token, requestAborted);
    }

    public CancellationToken Token => _linked.Token;

    public bool TimedOut => _budget.IsCancellationRequested;

    /// <summary>The message for an import that ran out of time or was abandoned.</summary>
    public Error Cancelled() => TimedOut
        ? Error.Validation($"导入超过 {_gate.Limits.TimeBudgetSeconds} 秒仍未完成，已停止，未做任何修改。请拆分工作簿后分批导入。", "File")
        : Error.Validation("上传已中断，未做任何修改。", "File");

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _linked.Dispose();
            _budget.Dispose();
            _gate.Leave(_userId);
        }
    }
}

/// <summary>
/// The frame every import runs in: admitted through the <see cref="UploadGate"/> (size, concurrency), run within the
/// ticket's time budget and the client's cancellation, and — when refused — put on the audit record with who, the
/// size and the first problems, in a unit of work of its own.
/// </summary>
public static class GuardedImport
{
    public static async Task<Result<T>> RunAsync<T>(
        UploadGate uploads, IAuditEvents events, long userId, Stream input, string refusedAction, string entityType,
        Func<CancellationToken, Task<Result<T>>> work, CancellationToken ct, Func<Error, bool>? isRefusal = null, bool streamed = false)
    {
        var admitted = uploads.Enter(userId, input.CanSeek ? input.Length - input.Position : null, ct, streamed);
        Result<T> result;
        if (!admitted.IsSuccess)
        {
            result = admitted.Error!;
        }
        else
        {
            using var ticket = admitted.Value;
            try
            {
                result = await work(ticket.Token);
            }
            catch (OperationCanceledException) when (ticket.Token.IsCancellationRequested)
            {
                result = ticket.Cancelled();
            }
        }

        if (!result.IsSuccess && (isRefusal?.Invoke(result.Error!) ?? true))
        {
            // A refused import changes nothing, but the attempt is on record (who, from where, why).
            var problems = result.Error!.Details.Count > 0 ? result.Error.Details : [result.Error.Message];
            await events.RecordAsync(refusedAction, entityType, string.Empty,
                $"{(input.CanSeek ? $"{input.Length:N0} 字节；" : string.Empty)}{problems.Count} 个问题：{string.Join("；", problems.Take(5))}{(problems.Count > 5 ? "……" : string.Empty)}", CancellationToken.None);
        }

        return result;
    }
}

/// <summary>Saving an administrator's edit, with a lost race answered as a conflict the user can read.</summary>
public static class ConcurrentSave
{
    public static async Task<Result> SaveOrConflictAsync(this IAppDbContext db, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (Exception exception) when (db.IsConflict(exception))
        {
            return Error.Conflict(conflictMessage);
        }
    }
}
