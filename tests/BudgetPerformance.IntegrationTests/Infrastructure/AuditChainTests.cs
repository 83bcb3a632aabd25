using System.Net.Http.Json;
using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Infrastructure.DemoData;
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

public sealed class AuditChainAnchoringTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_DetectsTheNewestRecordsDeleted_WithTheirDatabaseCheckpoints(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        foreach (var user in new[] { "czadmin", "jxk", "jytj", "yizhong" })
        {
            using var client = await app.SignedInClientAsync(user);
        }

        using var admin = await app.SignedInClientAsync("czadmin");
        var before = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);
        Assert.True(before!.IsIntact, before.Message);
        Assert.True(before.CheckpointsChecked > 0);
        var head = before.RecordsChecked;

        // Someone with database access removes the latest records, and the checkpoints the database holds.
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" > {0}", head - 3);
            return await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditCheckpoints\"");
        });

        var after = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);
        Assert.False(after!.IsIntact);
        Assert.Contains("审计链被截断", after.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_DetectsAnEditedRecord_EvenWithEveryLaterHashRecomputed(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        foreach (var user in new[] { "czadmin", "jxk", "jytj" })
        {
            using var client = await app.SignedInClientAsync(user);
        }

        // Without the chain key (kept outside the database) the best a forger can do is plain SHA-256 over the same fields.
        await app.WithDbAsync(async db =>
        {
            var records = await db.AuditRecords.Where(r => r.Sequence != null && r.Sequence >= 2).OrderBy(r => r.Sequence).ToListAsync();
            var previous = await db.AuditRecords.Where(r => r.Sequence == 1).Select(r => r.Hash).SingleAsync();
            typeof(AuditRecord).GetProperty(nameof(AuditRecord.UserName))!.SetValue(records[0], "someone-else");
            foreach (var r in records)
            {
                typeof(AuditRecord).GetProperty(nameof(AuditRecord.PreviousHash))!.SetValue(r, previous);
                var forged = AuditChain.ComputeHash(r, AuditKey.Generate(r.KeyId));
                typeof(AuditRecord).GetProperty(nameof(AuditRecord.Hash))!.SetValue(r, forged);
                previous = forged;
            }

            return await db.SaveChangesAsync();
        });
        using var admin = await app.SignedInClientAsync("czadmin");

        var result = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);

        Assert.False(result!.IsIntact);
        Assert.Equal(2, result.BrokenAtSequence);
        Assert.Contains("被篡改", result.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ConcurrentSaves_AreEachAudited_InOneGapFreeChain(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        var clients = new List<HttpClient>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                clients.Add(await app.SignedInClientAsync(i % 2 == 0 ? "jxk" : "czadmin"));
            }

            // Eight people sign in at once, twice: every sign-in is a write with its own audit records.
            await Task.WhenAll(clients.Select(async c => await c.PostAsJsonAsync("/api/auth/login", new { userName = "renda", password = DemoDataGenerator.DemoPassword })));
            using var admin = await app.SignedInClientAsync("czadmin");
            var result = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Json.Options);

            Assert.True(result!.IsIntact, result.Message);
            Assert.Equal(0, result.PendingRecords);
            Assert.Equal(await app.WithDbAsync(db => db.AuditRecords.LongCountAsync()), result.RecordsChecked);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
