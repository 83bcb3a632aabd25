using BudgetPerformance.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Dashboard;

/// <summary>The fiscal years that have budgets, newest first, with the one to show by default.</summary>
public sealed class ListFiscalYearsHandler(IAppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> HandleAsync(CancellationToken ct = default)
    {
        var years = await db.FiscalYears.AsNoTracking().Select(y => y.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        return years.Count > 0 ? years : [clock.GetUtcNow().Year];
    }

    /// <summary>The years and the one a page should open on.</summary>
    public async Task<(IReadOnlyList<int> Years, int Default)> GetAsync(CancellationToken ct = default)
    {
        var years = await HandleAsync(ct);
        return (years, DefaultYear(years, clock));
    }

    /// <summary>The current calendar year when it has budgets, else the newest year that does.</summary>
    public static int DefaultYear(IReadOnlyList<int> years, TimeProvider clock)
    {
        var now = clock.GetUtcNow().Year;
        return years.Contains(now) ? now : years[0];
    }
}
