using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>
/// Seals committed audit records into the chain: in id order, each gets the next gap-free position, its predecessor's
/// hash and a keyed hash. Saves do not wait for one another: each writes its records unsealed inside its own
/// transaction and, after committing, asks for a sealing run; one run seals what every save committed before it
/// started (like a group commit). Runs are serialised in this process and, on PostgreSQL, across processes by an
/// advisory lock; on SQLite the database's single writer does the same.
/// </summary>
public sealed class AuditSealer(DbContextOptions<AppDbContext> options, AuditChainSettings chain, TimeProvider clock, ILogger<AuditSealer> logger) : IDisposable
{
    private const long AdvisoryLockKey = 0x42_50_41_55_44_49_54; // "BPAUDIT"
    private const int BatchSize = 2_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _runsStarted;
    private long _runsCompleted;
    private DateTime _lastCheckpointAt = DateTime.MinValue;
    private long _lastCheckpointSequence = -1;

    /// <summary>Returns once every record committed before the call is sealed.</summary>
    public async Task SealAsync(CancellationToken ct = default)
    {
        var ticket = Interlocked.Read(ref _runsStarted);
        await _gate.WaitAsync(ct);
        try
        {
            // A run that started after this call has seen our records.
            if (_runsCompleted > ticket)
            {
                return;
            }

            var run = Interlocked.Increment(ref _runsStarted);
            await RunAsync(ct);
            _runsCompleted = run;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes a checkpoint of the current head when it moved since the last one (the background timer's call).</summary>
    public async Task CheckpointAsync(bool force, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var db = new AppDbContext(options);
            var head = await HeadAsync(db, ct);
            if (head is { } h && (force || h.Sequence != _lastCheckpointSequence))
            {
                await WriteCheckpointAsync(db, h.Sequence, h.Hash, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Seals <paramref name="records"/> after the chain's head inside the caller's transaction, which must hold the
    /// database's write lock (SQLite): nobody else can extend the chain before it commits.
    /// </summary>
    public async Task SealInPlaceAsync(AppDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        var head = await HeadAsync(db, ct);
        var sequence = head?.Sequence ?? 0;
        var hash = head?.Hash ?? AuditChain.GenesisHash;
        foreach (var record in records)
        {
            record.Seal(sequence, hash, chain.Keys.Current);
            sequence = record.Sequence!.Value;
            hash = record.Hash!;
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        await using var db = new AppDbContext(options);
        (long Sequence, string Hash)? sealedTo = null;
        if (!db.IsPostgres && !await db.AuditRecords.AnyAsync(r => r.Sequence == null, ct))
        {
            // SQLite seals in place; nothing pending means there is only the head to anchor.
            sealedTo = await HeadAsync(db, ct);
        }
        else
        {
            sealedTo = await SealPendingAsync(db, ct);
        }

        // The head may also have moved by records sealed in place (SQLite).
        if (sealedTo is { } s && s.Sequence != _lastCheckpointSequence && (clock.GetUtcNow().UtcDateTime - _lastCheckpointAt).TotalSeconds >= chain.CheckpointIntervalSeconds)
        {
            await WriteCheckpointAsync(db, s.Sequence, s.Hash, ct);
        }
    }

    private async Task<(long Sequence, string Hash)?> SealPendingAsync(AppDbContext db, CancellationToken ct)
    {
        (long Sequence, string Hash)? sealedTo = null;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
            }

            var head = await HeadAsync(db, ct);
            var sequence = head?.Sequence ?? 0;
            var hash = head?.Hash ?? AuditChain.GenesisHash;
            while (true)
            {
                var pending = await db.AuditRecords.Where(r => r.Sequence == null).OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
                if (pending.Count == 0)
                {
                    break;
                }

                foreach (var record in pending)
                {
                    record.Seal(sequence, hash, chain.Keys.Current);
                    sequence = record.Sequence!.Value;
                    hash = record.Hash!;
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                sealedTo = (sequence, hash);
            }

            sealedTo ??= head;
            await tx.CommitAsync(ct);
        }

        return sealedTo;
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<(long Sequence, string Hash)?> HeadAsync(AppDbContext db, CancellationToken ct)
    {
        var head = await db.AuditRecords.AsNoTracking().Where(r => r.Sequence != null).OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(ct);
        return head is null ? null : (head.Sequence!.Value, head.Hash!);
    }

    private async Task WriteCheckpointAsync(AppDbContext db, long sequence, string hash, CancellationToken ct)
    {
        var checkpoint = AuditCheckpoint.Sign(sequence, hash, clock.GetUtcNow().UtcDateTime, chain.Keys.Current);
        try
        {
            // The file first: it is the copy that must exist if the database's copy is removed.
            chain.CheckpointLog.Append(checkpoint);
            db.AuditCheckpoints.Add(checkpoint);
            await db.SaveChangesAsync(ct);
            _lastCheckpointAt = checkpoint.At;
            _lastCheckpointSequence = sequence;
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "无法写入审计检查点文件 {Path}", chain.CheckpointLog.Path);
        }
    }
}

/// <summary>The chain's keys, checkpoint log and anchoring interval, read once at start.</summary>
public sealed class AuditChainSettings(AuditKeyRing keys, AuditCheckpointLog checkpointLog, int checkpointIntervalSeconds, int sealIntervalSeconds)
{
    public AuditKeyRing Keys { get; } = keys;
    public AuditCheckpointLog CheckpointLog { get; } = checkpointLog;
    public int CheckpointIntervalSeconds { get; } = checkpointIntervalSeconds;
    public int SealIntervalSeconds { get; } = sealIntervalSeconds;
}
