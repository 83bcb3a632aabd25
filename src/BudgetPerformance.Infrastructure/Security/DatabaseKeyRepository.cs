using System.Xml.Linq;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPerformance.Infrastructure.Security;

/// <summary>One ASP.NET Core data-protection key (the XML the key manager writes), kept in the platform's database.</summary>
public sealed class DataProtectionKeyRecord
{
    public long Id { get; set; }

    public string FriendlyName { get; set; } = string.Empty;

    public string Xml { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(x => x.FriendlyName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Xml).IsRequired();
    }
}

/// <summary>
/// Keeps the keys that protect sign-in cookies and antiforgery tokens in the database, so every instance behind a load
/// balancer (and every restart of a container without a volume for keys) reads the same key ring and accepts the same
/// sign-ins. The keys are secrets: they are written past the audit trail (which would copy them into audit records),
/// and anyone who can read the database can forge a cookie — protect database backups accordingly (docs/deployment.md).
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Set<DataProtectionKeyRecord>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Set<DataProtectionKeyRecord>().Add(new DataProtectionKeyRecord
        {
            FriendlyName = friendlyName.Length > 200 ? friendlyName[..200] : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        db.SaveChangesWithoutAuditAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
