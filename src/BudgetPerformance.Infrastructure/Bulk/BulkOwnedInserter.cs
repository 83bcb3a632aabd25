using BudgetPerformance.Domain.Common;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BudgetPerformance.Infrastructure.Bulk;

/// <summary>
/// Bulk-inserts the owned rows of already inserted owners (a target's indicators and history): the key is left to the
/// database, the owner's id fills the shadow foreign key, everything else is read from the EF model.
/// </summary>
public static class BulkOwnedInserter
{
    public static async Task InsertAsync<TOwner, TChild>(AppDbContext db, IReadOnlyCollection<TOwner> owners, Func<TOwner, IEnumerable<TChild>> children, CancellationToken ct = default)
        where TOwner : Entity
        where TChild : class
    {
        var entityType = db.Model.FindEntityType(typeof(TChild)) ?? throw new InvalidOperationException($"{typeof(TChild).Name} 不是数据模型中的实体。");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var ownerKey = entityType.FindOwnership()!.Properties.Single();
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p => (Property: p, Name: p.GetColumnName(store)!, Mapping: (RelationalTypeMapping)p.GetTypeMapping(), Getter: p.IsShadowProperty() ? null : p.GetGetter()))
            .ToList();

        object? Value(TOwner owner, TChild child, int i)
        {
            var c = columns[i];
            var value = c.Property == ownerKey ? owner.Id : c.Getter!.GetClrValueUsingContainingEntity(child);
            return value is null || c.Mapping.Converter is null ? value : c.Mapping.Converter.ConvertToProvider(value);
        }

        var connection = db.Database.GetDbConnection();
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        if (connection is NpgsqlConnection npgsql)
        {
            await using var writer = await npgsql.BeginBinaryImportAsync($"COPY \"{table}\" ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var owner in owners)
            {
                foreach (var child in children(owner))
                {
                    await writer.StartRowAsync(ct);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        var value = Value(owner, child, i);
                        if (value is null)
                        {
                            await writer.WriteNullAsync(ct);
                        }
                        else
                        {
                            await writer.WriteAsync(value, columns[i].Mapping.StoreTypeNameBase, ct);
                        }
                    }
                }
            }

            await writer.CompleteAsync(ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table}\" ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "$p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var owner in owners)
        {
            foreach (var child in children(owner))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = Value(owner, child, i) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
