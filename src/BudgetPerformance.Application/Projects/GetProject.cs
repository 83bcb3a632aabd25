using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Projects;

public sealed record FundRow(string Source, string InitialWanYuan, string AdjustedWanYuan);

public sealed record ProjectDetail(
    long Id,
    string Code,
    string Name,
    int FiscalYear,
    string RegionName,
    long DepartmentId,
    string DepartmentName,
    long OwnerUnitId,
    string OwnerUnitName,
    string SectorName,
    string BudgetKindName,
    string SpecialCategoryName,
    string DebtBondTypeName,
    string ProjectTypeName,
    string NewOrContinuing,
    int StartYear,
    int EndYear,
    string Manager,
    string? ManagerPhone,
    string? Description,
    long? PolicyId,
    string? PolicyName,
    IReadOnlyList<FundRow> Funds,
    string InitialTotalWanYuan,
    string AdjustedTotalWanYuan);

public sealed class GetProjectHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public async Task<Result<ProjectDetail>> HandleAsync(long id, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return Error.NotFound($"项目（编号 {id}）不存在。");
        }

        var scope = await scopes.ResolveAsync(ct);
        if (!scope.SeesOrganization(project.OwnerUnitId, project.DepartmentId, project.RegionId))
        {
            return Error.Forbidden("您无权查看该项目：它不属于您所在单位或您管理的范围。");
        }

        var orgIds = new[] { project.DepartmentId, project.OwnerUnitId };
        var names = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == project.RegionId).Select(r => r.Name).FirstAsync(ct);
        var policy = project.PolicyId is { } pid
            ? await db.Policies.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;

        var funds = Enum.GetValues<FundSource>()
            .Select(s => new FundRow(BudgetTerms.Of(s), project.InitialBudget.Of(s).ToWanYuanString(), project.AdjustedBudget.Of(s).ToWanYuanString()))
            .ToList();

        return new ProjectDetail(
            project.Id, project.Code, project.Name, project.FiscalYear, region,
            project.DepartmentId, names[project.DepartmentId], project.OwnerUnitId, names[project.OwnerUnitId],
            BudgetTerms.Of(project.Sector), BudgetTerms.Of(project.BudgetKind), BudgetTerms.Of(project.SpecialCategory),
            BudgetTerms.Of(project.DebtBondType), BudgetTerms.Of(project.ProjectType), BudgetTerms.NewOrContinuing(project.IsNew),
            project.StartYear, project.EndYear, project.Manager, project.ManagerPhone, project.Description, project.PolicyId, policy,
            funds, project.InitialBudget.Total.ToWanYuanString(), project.AdjustedTotal.ToWanYuanString());
    }
}
