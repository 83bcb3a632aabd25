using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>The project-list requests a province-level reviewer makes, and how one request is served.</summary>
public static class ProjectListQueries
{
    /// <summary>The list as it opens: this year's projects by code, first page of 20.</summary>
    public static readonly ListProjectsQuery DefaultPage = new() { FiscalYear = BenchDatabase.FiscalYear };

    /// <summary>政府性基金预算 projects, largest first.</summary>
    public static readonly ListProjectsQuery BudgetKindByAmount = new()
    {
        FiscalYear = BenchDatabase.FiscalYear,
        BudgetKind = BudgetKind.GovernmentFund,
        Sort = ProjectSort.AdjustedTotal,
        Descending = true,
    };

    /// <summary>Keyword search across the province (LIKE '%…%' on the name, so a scan).</summary>
    public static readonly ListProjectsQuery KeywordSearch = new() { FiscalYear = BenchDatabase.FiscalYear, Keyword = "义务教育" };

    /// <summary>Page 2000 of 20, i.e. OFFSET 39 980.</summary>
    public static readonly ListProjectsQuery DeepPage = new() { FiscalYear = BenchDatabase.FiscalYear, Page = 2000 };

    public static readonly IReadOnlyList<(string Name, ListProjectsQuery Query)> All =
    [
        (nameof(DefaultPage), DefaultPage),
        (nameof(BudgetKindByAmount), BudgetKindByAmount),
        (nameof(KeywordSearch), KeywordSearch),
        (nameof(DeepPage), DeepPage),
    ];

    /// <summary>
    /// One request as the web layer serves it: a new context, a new scope resolver (so the reviewer's scope is
    /// worked out again, as it is per request) and the Application handler.
    /// </summary>
    public static async Task<PagedResult<ProjectListItem>> RunAsync(
        DbContextOptions<AppDbContext> options, Actor actor, ListProjectsQuery query, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(options);
        var handler = new ListProjectsHandler(db, new AccessScopeResolver(db, new BenchCurrentUser(actor)));
        var result = await handler.HandleAsync(query, ct);
        return result.Value;
    }

    /// <summary>Fails loudly when a query returns nothing, so an empty scope is not benchmarked by mistake.</summary>
    public static async Task CheckAsync(DbContextOptions<AppDbContext> options, Actor actor, TextWriter? log = null)
    {
        foreach (var (name, query) in All)
        {
            var page = await RunAsync(options, actor, query);
            if (page.TotalCount == 0)
            {
                throw new InvalidOperationException($"查询 {name} 没有匹配的项目。 / Query {name} matched no projects.");
            }

            // A small BP_BENCH_COUNTIES leaves the deep page past the end: still a valid request, but say so.
            log?.WriteLine($"// {name}: {page.TotalCount} matching, {page.Items.Count} on page {page.Page}{(page.Items.Count == 0 ? " (past the last page)" : string.Empty)}");
        }
    }
}
