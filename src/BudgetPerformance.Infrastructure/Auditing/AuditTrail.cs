using System.Globalization;
using System.Text.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>
/// Turns every change a save makes into audit records (who, when, from where, what, before/after), written in the same
/// transaction as the change. On PostgreSQL they are written unsealed and sealed into the hash chain once the transaction
/// commits: no lock is held while the change is written, saves proceed in parallel, and one sealing run after them places
/// all their records. On SQLite the transaction already holds the database's only write lock, so the records are sealed
/// in place before it commits. Scoped: it knows the current user.
/// </summary>
public sealed class AuditTrail(ICurrentUser currentUser, TimeProvider clock, AuditContext context, AuditSealer sealer)
{
    private static readonly HashSet<string> Secret = [nameof(User.PasswordHash), "SecurityStamp", nameof(Domain.Organizations.SystemAccount.TokenHash)];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditContext Notes => context;

    public AuditSealer Sealer => sealer;

    public async Task<int> SaveWithAuditAsync(AppDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var changes = Capture(db);
        var events = context.TakeEvents();
        if (changes.Count == 0 && events.Count == 0)
        {
            return await save();
        }

        var actor = await currentUser.GetActorAsync();
        var (userId, userName) = context.ActingAs ?? (actor is null ? (null, "系统") : (actor.UserId, actor.UserName));
        int written;
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            written = await save();
            var now = clock.GetUtcNow().UtcDateTime;
            var records = changes.Select(c => c.Complete()).Concat(events)
                .Select(change => AuditRecord.Pending(now, userId, userName, context.Action ?? change.Action, change.EntityType, change.EntityId, change.Before, change.After, context.Source))
                .ToList();
            if (!db.IsPostgres)
            {
                // SQLite: this transaction holds the single write lock (BEGIN IMMEDIATE), so no other writer can extend the chain meanwhile.
                await sealer.SealInPlaceAsync(db, records, ct);
            }

            db.AuditRecords.AddRange(records);
            await db.SaveChangesWithoutAuditAsync(ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }
        }
        finally
        {
            context.Reset();
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }

        // Inside someone else's transaction the records are sealed after that transaction commits (AppDbContext.InTransactionAsync,
        // or the background sealer).
        if (ownTransaction is not null)
        {
            await sealer.SealAsync(ct);
        }

        return written;
    }

    private static List<PendingChange> Capture(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var list = new List<PendingChange>();
        // Owned rows (a target's indicators and history) are recorded too, each under its own type.
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditRecord || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => "新增",
                EntityState.Deleted => "删除",
                _ => "修改",
            };
            var props = entry.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified).ToList();
            var before = entry.State == EntityState.Added ? null : Serialize(props, p => p.OriginalValue);
            list.Add(new PendingChange(entry, action, entry.Metadata.ClrType.Name, before, entry.State == EntityState.Deleted ? null : props));
        }

        return list;
    }

    private static string Serialize(IEnumerable<PropertyEntry> props, Func<PropertyEntry, object?> value)
    {
        var dict = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in props)
        {
            var name = p.Metadata.Name;
            dict[name] = Secret.Contains(name) ? "******" : value(p);
        }

        return JsonSerializer.Serialize(dict, Json);
    }

    private sealed record PendingChange(EntityEntry Entry, string Action, string EntityType, string? Before, List<PropertyEntry>? AfterProps)
    {
        // Ids of added rows exist only after the save, so the after-image is taken then.
        public AuditEvent Complete() => new(
            Action,
            EntityType,
            Convert.ToString(Entry.Metadata.FindProperty(nameof(Entity.Id)) is null ? null : Entry.Property(nameof(Entity.Id)).CurrentValue, CultureInfo.InvariantCulture) ?? string.Empty,
            Before,
            AfterProps is null ? null : Serialize(AfterProps, p => p.CurrentValue));
    }
}

/// <summary>An audit entry that is not a row change: a sign-in, an import, a data load.</summary>
public sealed record AuditEvent(string Action, string EntityType, string EntityId, string? Before, string? After);

/// <summary>
/// Per-request notes for the audit trail: a label for the action (e.g. 登录失败) and, where nobody is signed in yet,
/// whom the change concerns. Also collects events that are not row changes.
/// </summary>
public sealed class AuditContext : IAuditNotes
{
    private readonly List<AuditEvent> _events = [];

    public string? Action { get; private set; }
    public (long? UserId, string UserName)? ActingAs { get; private set; }

    /// <summary>Where the request came from (source address and user agent), set once per request.</summary>
    public string? Source { get; set; }

    public void Describe(string action, long? userId = null, string? userName = null)
    {
        Action = action;
        if (userName is not null)
        {
            ActingAs = (userId, userName);
        }
    }

    public void Record(string action, string entityType, string entityId, string? before, string? after) =>
        _events.Add(new AuditEvent(action, entityType, entityId, before, after));

    internal List<AuditEvent> TakeEvents()
    {
        var copy = _events.ToList();
        _events.Clear();
        return copy;
    }

    internal void Reset()
    {
        Action = null;
        ActingAs = null;
    }
}
