using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetPerformance.Infrastructure.Bulk;

/// <summary>
/// Inserts many rows fast, with the table and column layout read from the EF model so it cannot drift from the
/// mappings. Entities must carry their ids; on PostgreSQL the identity sequence is moved past them afterwards.
/// </summary>
public static class BulkInserter
{
    public static Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct = default)
        where T : class => InsertAsync(db, rows, null, ct);

    /// <summary>Inserts the rows, adding each one to <paramref name="checksum"/> as it is written.</summary>
    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, RowChecksum? checksum, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} 不是数据模型中的实体。");
        var table = entityType.GetTableName()!;
        var columns = ModelColumns.Of(entityType, _ => true);
        await BulkWriter.WriteAsync(db, table, columns.Select(c => c.Column).ToList(), rows.Select(r => columns.Select(c => c.Value(r)).ToArray()), ct, checksum);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"), 1))", ct);
        }
    }
}

/// <summary>The columns of an entity type as the EF model maps them, each with how to read its provider value.</summary>
internal sealed record ModelColumns(IProperty Property, BulkWriter.Column Column, RelationalTypeMapping Mapping)
{
    private readonly IClrPropertyGetter? _getter = Property.IsShadowProperty() ? null : Property.GetGetter();

    public static List<ModelColumns> Of(IEntityType entityType, Func<IProperty, bool> include)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        return entityType.GetProperties().Where(include).Select(p =>
        {
            var mapping = (RelationalTypeMapping)p.GetTypeMapping();
            return new ModelColumns(p, new BulkWriter.Column(p.GetColumnName(store)!, mapping.StoreTypeNameBase), mapping);
        }).ToList();
    }

    public object? Value(object entity) => ToProvider(_getter!.GetClrValueUsingContainingEntity(entity));

    public object? ToProvider(object? value) => value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
}
