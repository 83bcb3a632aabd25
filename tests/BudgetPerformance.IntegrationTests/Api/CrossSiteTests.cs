using System.Net;
using System.Net.Http.Json;
using BudgetPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.IntegrationTests.Api;

/// <summary>State changes from another site's page are refused whatever their shape; refusals are on the audit record.</summary>
public sealed class CrossSiteTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static HttpRequestMessage Post(string path, string? origin = null, string? referer = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        return request;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task BodylessAndMultipartPosts_FromAnotherOrigin_AreRefused_AndAudited(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var admin = await app.SignedInClientAsync("czadmin");
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "rmyy").Select(u => u.Id).SingleAsync());

        var bodyless = await admin.SendAsync(Post($"/api/users/{userId}/Deactivate", origin: "https://evil.example"));
        var byReferer = await admin.SendAsync(Post($"/api/users/{userId}/Deactivate", referer: "https://evil.example/page"));
        var nullOrigin = await admin.SendAsync(Post($"/api/users/{userId}/Deactivate", origin: "null"));
        var upload = await admin.SendAsync(Post("/api/targets/import", origin: "https://evil.example", content: new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "a.xlsx" } }));
        var logout = await admin.SendAsync(Post("/api/auth/logout", origin: "http://localhost.evil.example"));

        Assert.All(new[] { bodyless, byReferer, nullOrigin, upload, logout }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("不是本平台", (await bodyless.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString());
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.IsActive).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/auth/me")).StatusCode);
        var denied = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "拒绝访问").Select(r => new { r.UserName, r.EntityId, r.After }).ToListAsync());
        Assert.Contains(denied, d => d.UserName == "czadmin" && d.EntityId == $"POST /api/users/{userId}/Deactivate" && d.After!.Contains("跨站请求", StringComparison.Ordinal));

        // The platform's own pages (and programs that send no Origin) go through.
        var own = await admin.SendAsync(Post($"/api/users/{userId}/Unlock", origin: admin.BaseAddress!.GetLeftPart(UriPartial.Authority)));
        var program = await admin.SendAsync(Post($"/api/users/{userId}/Unlock"));
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, program.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ADeniedRequest_LeavesAnAuditRecordWithItsSource(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var unit = await app.SignedInClientAsync("yizhong");
        unit.DefaultRequestHeaders.UserAgent.ParseAdd("curious-unit/2.0");
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/audit/records")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/projects")).StatusCode);

        var denied = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "拒绝访问").ToListAsync());
        var users = Assert.Single(denied, d => d.EntityId == "GET /api/users");
        Assert.Equal("yizhong", users.UserName);
        Assert.Contains("curious-unit/2.0", users.Source);
        Assert.Contains("403", users.After);
        Assert.Contains(denied, d => d.EntityId == "GET /api/projects" && d.UserName == "匿名" && d.After!.Contains("401", StringComparison.Ordinal));
    }
}
