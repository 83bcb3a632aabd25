using System.Net.Http.Json;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Infrastructure;

public sealed class AuditChainTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_AfterRealWrites_IsIntact_AndDetectsAnEditedRecord(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        foreach (var user in new[] { "czadmin", "jxk", "jytj", "yizhong" })
        {
            using var client = await app.SignedInClientAsync(user);
        }

        using var admin = await app.SignedInClientAsync("czadmin");
        var before = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);
        Assert.True(before!.IsIntact, before.Message);
        Assert.True(before.RecordsChecked >= 5);

        // Someone with database access rewrites who logged in as the third record.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"UserName\" = 'someone-else' WHERE \"Sequence\" = 3"));

        var after = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);
        Assert.False(after!.IsIntact);
        Assert.Equal(3, after.BrokenAtSequence);
        Assert.Contains("被篡改", after.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_DetectsADeletedRecord(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        foreach (var user in new[] { "czadmin", "jxk", "jytj" })
        {
            using var client = await app.SignedInClientAsync(user);
        }

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = 2"));
        using var admin = await app.SignedInClientAsync("czadmin");

        var result = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);

        Assert.False(result!.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("序号不连续", result.Message);
    }
}
