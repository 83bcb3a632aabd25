using System.Net;
using BudgetPerformance.IntegrationTests.Support;

namespace BudgetPerformance.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class PlatformSurfaceTests(SharedPlatforms platforms)
{
    private static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir!.FullName, .. parts]);
    }

    [Fact]
    public async Task OpenApiDocument_MatchesTheCommittedCopy()
    {
        var app = await platforms.GetAsync(TestDatabase.Sqlite);
        using var client = app.CreateClient();
        var served = (await client.GetStringAsync("/openapi/v1.json")).ReplaceLineEndings("\n").Trim() + "\n";
        var path = RepoFile("docs", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), "docs/openapi.json 不存在：以 UPDATE_OPENAPI=1 运行测试生成它并提交。");
        Assert.True(served == await File.ReadAllTextAsync(path), "API 已变化但 docs/openapi.json 未更新：以 UPDATE_OPENAPI=1 运行测试，审阅差异后提交。");
        Assert.Contains("ListProjects", served);
        Assert.Contains("项目列表", served);
    }

    [Fact]
    public async Task Health_AnswersHealthy_WithoutLogin()
    {
        var app = await platforms.GetAsync(TestDatabase.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var app = await platforms.GetAsync(TestDatabase.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("name=\"__RequestVerificationToken\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiRoute_AnswersChineseProblem()
    {
        var app = await platforms.GetAsync(TestDatabase.Sqlite);
        using var client = await app.SignedInClientAsync("jxk");

        var response = await client.GetAsync("/api/projects/abc/xyz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
