using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Dashboard;

public sealed record AmountSlice(string Name, int ProjectCount, long TotalFen)
{
    public decimal WanYuan => decimal.Round(new Money(TotalFen).WanYuan, 2);
    public string WanYuanText => new Money(TotalFen).ToWanYuanString();
}

public sealed record DashboardDto(
    int FiscalYear,
    string ScopeName,
    int DepartmentCount,
    int BudgetUnitCount,
    int ProjectCount,
    long TotalFen,
    int NewProjectCount,
    IReadOnlyList<AmountSlice> ByBudgetKind,
    IReadOnlyList<AmountSlice> BySpecialCategory,
    string ByOrganizationTitle,
    IReadOnlyList<AmountSlice> ByOrganization,
    IReadOnlyList<AmountSlice> BySector)
{
    public string TotalWanYuan => new Money(TotalFen).ToWanYuanString();
    public string TotalYiYuan => decimal.Round(new Money(TotalFen).YiYuan, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The region overview for one fiscal year, limited to what the user may see.</summary>
public sealed class GetDashboardHandler(IAppDbContext db, AccessScopeResolver scopes, ICurrentUser currentUser)
{
    public const int TopOrganizations = 15;

    public async Task<DashboardDto> HandleAsync(int fiscalYear, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var projects = db.Projects.AsNoTracking().VisibleTo(scope).InLibrary().Where(p => p.FiscalYear == fiscalYear);
        var orgs = db.Organizations.AsNoTracking().VisibleTo(scope);

        var byKind = await projects.GroupBy(p => p.BudgetKind)
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(p => p.AdjustedTotalFen) }).ToListAsync(ct);
        var byCategory = await projects.Where(p => p.SpecialCategory != SpecialCategory.None).GroupBy(p => p.SpecialCategory)
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(p => p.AdjustedTotalFen) }).ToListAsync(ct);
        var bySector = await projects.GroupBy(p => p.Sector)
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(p => p.AdjustedTotalFen) }).ToListAsync(ct);
        // A region compares its departments; a department compares its own units.
        var byUnit = scope.Kind is AccessScopeKind.Department or AccessScopeKind.Unit;
        var byOrg = await (byUnit ? projects.GroupBy(p => p.OwnerUnitId) : projects.GroupBy(p => p.DepartmentId))
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(p => p.AdjustedTotalFen) })
            .OrderByDescending(x => x.Total).Take(TopOrganizations).ToListAsync(ct);
        var orgIds = byOrg.Select(d => d.Key).ToList();
        var orgNames = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var departmentCount = await orgs.CountAsync(o => o.Kind == OrganizationKind.Department, ct);
        var unitCount = await orgs.CountAsync(o => o.Kind == OrganizationKind.Department || o.Kind == OrganizationKind.BudgetUnit, ct);
        var newCount = await projects.CountAsync(p => p.IsNew, ct);

        return new DashboardDto(
            fiscalYear,
            await ScopeNameAsync(scope, ct),
            departmentCount,
            unitCount,
            byKind.Sum(k => k.Count),
            byKind.Sum(k => k.Total),
            newCount,
            Enum.GetValues<BudgetKind>().Select(k => byKind.FirstOrDefault(x => x.Key == k) is { } x
                ? new AmountSlice(BudgetTerms.Of(k), x.Count, x.Total) : new AmountSlice(BudgetTerms.Of(k), 0, 0)).ToList(),
            byCategory.OrderByDescending(x => x.Total).Select(x => new AmountSlice(BudgetTerms.Of(x.Key), x.Count, x.Total)).ToList(),
            $"资金规模前 {TopOrganizations} 位的{(byUnit ? "预算单位" : "主管部门")}（万元）",
            byOrg.Select(x => new AmountSlice(orgNames.GetValueOrDefault(x.Key, "—"), x.Count, x.Total)).ToList(),
            bySector.OrderByDescending(x => x.Total).Select(x => new AmountSlice(BudgetTerms.Of(x.Key), x.Count, x.Total)).ToList());
    }

    private async Task<string> ScopeNameAsync(AccessScope scope, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || scope.Kind == AccessScopeKind.None)
        {
            return "无可查看的预算数据";
        }

        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganizationId, ct);
        if (scope.Kind != AccessScopeKind.Region)
        {
            return org.Name;
        }

        return await db.Regions.AsNoTracking().Where(r => r.Id == org.RegionId).Select(r => r.Name).FirstAsync(ct) + "（全域）";
    }
}
