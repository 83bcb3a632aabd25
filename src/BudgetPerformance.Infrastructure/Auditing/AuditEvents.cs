using System.Text.Json;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>Writes one audit event through its own scope (database context and audit trail), as the caller's user and source.</summary>
public sealed class AuditEvents(IServiceScopeFactory scopes, ICurrentUser currentUser, AuditContext context) : IAuditEvents
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task RecordAsync(string action, string entityType, string entityId, string? detail, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        await using var scope = scopes.CreateAsyncScope();
        var notes = scope.ServiceProvider.GetRequiredService<AuditContext>();
        notes.Source = context.Source;
        notes.Describe(action, actor?.UserId, actor?.UserName ?? "匿名");
        notes.Record(action, entityType, entityId, null, detail is null ? null : JsonSerializer.Serialize(new { 说明 = detail }, Json));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(ct);
    }
}
