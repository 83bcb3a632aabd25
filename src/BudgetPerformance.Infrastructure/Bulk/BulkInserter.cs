using System.Data.Common;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BudgetPerformance.Infrastructure.Bulk;

/// <summary>
/// Inserts many rows fast, with the table and column layout read from the EF model so it cannot drift from the
/// mappings: prepared INSERTs in one transaction on SQLite, binary COPY on PostgreSQL. Entities must carry their ids.
/// </summary>
public static class BulkInserter
{
    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct = default)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} 不是数据模型中的实体。");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(store)!, (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, table, columns, rows, ct);
            await ResetIdentityAsync(db, table, ct);
        }
        else
        {
            await InsertPreparedAsync(db, connection, table, columns, rows, ct);
        }
    }

    private static async Task InsertPreparedAsync<T>(AppDbContext db, DbConnection connection, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        var owned = db.Database.CurrentTransaction is null;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? await connection.BeginTransactionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                                  $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = columns.Select((_, i) =>
            {
                var p = command.CreateParameter();
                p.ParameterName = "$p" + i;
                command.Parameters.Add(p);
                return p;
            }).ToArray();
            await command.PrepareAsync(ct);
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = columns[i].ProviderValue(row!) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(ct);
            }

            if (owned)
            {
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            if (owned)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.ProviderValue(row!);
                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(value, column.Mapping.StoreTypeNameBase, ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static Task ResetIdentityAsync(AppDbContext db, string table, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"), 1))", ct);

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        public object? ProviderValue(object entity)
        {
            var value = _getter.GetClrValueUsingContainingEntity(entity);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
