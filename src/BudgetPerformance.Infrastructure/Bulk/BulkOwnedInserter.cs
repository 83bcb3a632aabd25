using BudgetPerformance.Domain.Common;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetPerformance.Infrastructure.Bulk;

/// <summary>
/// Bulk-inserts the owned rows of already inserted owners (a target's indicators and history): the key is left to the
/// database, the owner's id fills the shadow foreign key, everything else is read from the EF model.
/// </summary>
public static class BulkOwnedInserter
{
    public static Task InsertAsync<TOwner, TChild>(AppDbContext db, IReadOnlyCollection<TOwner> owners, Func<TOwner, IEnumerable<TChild>> children, CancellationToken ct = default)
        where TOwner : Entity
        where TChild : class => InsertAsync(db, owners, children, null, ct);

    public static async Task InsertAsync<TOwner, TChild>(AppDbContext db, IReadOnlyCollection<TOwner> owners, Func<TOwner, IEnumerable<TChild>> children, RowChecksum? checksum, CancellationToken ct)
        where TOwner : Entity
        where TChild : class
    {
        var entityType = db.Model.FindEntityType(typeof(TChild)) ?? throw new InvalidOperationException($"{typeof(TChild).Name} 不是数据模型中的实体。");
        var ownerKey = entityType.FindOwnership()!.Properties.Single();
        var columns = ModelColumns.Of(entityType, p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd));
        var rows = owners.SelectMany(owner => children(owner).Select(child =>
            columns.Select(c => c.Property == ownerKey ? c.ToProvider(owner.Id) : c.Value(child)).ToArray()));
        await BulkWriter.WriteAsync(db, entityType.GetTableName()!, columns.Select(c => c.Column).ToList(), rows, ct, checksum);
    }
}
