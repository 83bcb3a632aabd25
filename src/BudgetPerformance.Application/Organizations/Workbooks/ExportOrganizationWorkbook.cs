using System.Runtime.CompilerServices;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using L = BudgetPerformance.Application.Organizations.Workbooks.OrganizationWorkbookLayout;

namespace BudgetPerformance.Application.Organizations.Workbooks;

/// <summary>
/// The region's 单位库 as a workbook in the layout the import reads (a 单位 sheet and a 专家 sheet): the administrator
/// edits it in Excel and imports it back, and an unedited export imports as “nothing changed”. Audited.
/// </summary>
public sealed class ExportOrganizationWorkbookHandler(IAppDbContext db, FinanceAdministration administration, ITableWorkbooks workbooks, IAuditEvents events)
{
    private static readonly string[] OrganizationFields =
        [L.Code, L.Name, L.Kind, L.ParentCode, L.ParentName, L.Sector, L.RegionCode, L.ContactPerson, L.ContactPhone, L.Qualification, L.Status];

    private static readonly string[] ExpertFields = [L.Code, L.Name, L.Sector, L.Title, L.Employer, L.EmployerCode, L.ContactPhone, L.Status];

    public async Task<Result<int>> HandleAsync(Stream output, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("导出单位库");
        }

        var regionIds = admin.Scope.RegionIds;
        var orgs = await db.Organizations.AsNoTracking()
            .Where(o => regionIds.Contains(o.RegionId) && o.Kind != OrganizationKind.FinanceBureau)
            .OrderBy(o => o.RegionId).ThenBy(o => o.Kind).ThenBy(o => o.Code).ToListAsync(ct);
        var codes = orgs.ToDictionary(o => o.Id);
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Code, ct);
        // The experts of the administrator's own pool: the pool an import of this workbook writes to.
        var poolIds = orgs.Where(o => o.Kind == OrganizationKind.ExpertPool && o.RegionId == admin.HomeRegionId && !o.IsClosed).OrderBy(o => o.Id).Take(1).Select(o => o.Id).ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => poolIds.Contains(e.PoolId)).OrderBy(e => e.Code).ToListAsync(ct);

        // Departments before their units, so the sheet reads top-down as people keep it.
        var ordered = orgs.Where(o => o.Kind != OrganizationKind.BudgetUnit)
            .SelectMany(o => new[] { o }.Concat(orgs.Where(u => u.ParentId == o.Id))).ToList();
        var organizationRows = ordered.Select(o => (IReadOnlyList<object?>)
        [
            o.Code, o.Name, BudgetTerms.Of(o.Kind), o.ParentId is { } p ? codes[p].Code : null, o.ParentId is { } q ? codes[q].Name : null,
            o.Sector is { } s ? BudgetTerms.Of(s) : null, regions[o.RegionId], o.ContactPerson, o.ContactPhone, o.Qualification, o.IsClosed ? "撤销" : "正常",
        ]).ToList();
        var expertRows = experts.Select(e => (IReadOnlyList<object?>)
        [
            e.Code, e.Name, BudgetTerms.Of(e.Specialty), e.Title, e.Employer, e.EmployerOrganizationId is { } id && codes.TryGetValue(id, out var employer) ? employer.Code : null,
            e.Phone, e.IsClosed ? "移出" : "在库",
        ]).ToList();

        await workbooks.WriteAsync(output,
        [
            new ListSheet(L.Organizations.Name, Columns(L.Organizations, OrganizationFields), Stream(organizationRows, ct)),
            new ListSheet(L.Experts.Name, Columns(L.Experts, ExpertFields), Stream(expertRows, ct)),
        ], ct);
        await events.RecordAsync("导出单位库", "OrganizationWorkbook", string.Empty, $"{ordered.Count} 个单位，{experts.Count} 位专家", ct);
        return ordered.Count + experts.Count;
    }

    private static List<ListColumn> Columns(TableLayout layout, string[] fields) =>
        fields.Select(f => new ListColumn(L.HeaderOf(layout, f), f is L.Name or L.Employer or L.ParentName or L.Qualification ? 32 : 16)).ToList();

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Stream(List<IReadOnlyList<object?>> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask;
    }
}
