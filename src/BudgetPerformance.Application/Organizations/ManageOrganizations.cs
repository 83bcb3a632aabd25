using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Organizations;

/// <summary>A new organisation; <see cref="RegionId"/> defaults to the administrator's own region.</summary>
public sealed record CreateOrganizationRequest(
    string Code, string Name, OrganizationKind Kind, long? ParentId = null, Sector? Sector = null, long? RegionId = null,
    string? ContactPerson = null, string? ContactPhone = null, string? Qualification = null);

/// <summary>An edit of an organisation's particulars, based on the revision the administrator saw.</summary>
public sealed record EditOrganizationRequest(
    int Revision, string Code, string Name, Sector? Sector, string? ContactPerson = null, string? ContactPhone = null, string? Qualification = null);

/// <summary>单位划转 of a budget unit to another department.</summary>
public sealed record MoveOrganizationRequest(int Revision, long DepartmentId);

/// <summary>撤销 or 恢复 of an organisation.</summary>
public sealed record CloseOrganizationRequest(int Revision, string Reason);

public sealed record ReopenOrganizationRequest(int Revision);

/// <summary>What a move took along: the projects (and their targets) of fiscal years still open; closed years stay.</summary>
public sealed record MoveOrganizationResult(int ProjectsMoved, int TargetsMoved, IReadOnlyList<int> YearsMoved);

/// <summary>What a closure did: the accounts it deactivated, and the projects of open years left as they are.</summary>
public sealed record CloseOrganizationResult(int UsersDeactivated, int OpenYearProjects);

/// <summary>
/// The finance administrator keeps the region's 单位库: creates departments, budget units, third-party agencies and the
/// other organisations; edits and renames them; moves a unit to another department (单位划转, taking the projects of
/// open fiscal years with it); closes (撤销) and reopens them. Every change is audited and checked against the
/// revision the administrator saw, so nobody overwrites another's edit.
/// </summary>
public sealed class ManageOrganizationsHandler(IAppDbContext db, FinanceAdministration administration, IAuditNotes audit, TimeProvider clock)
{
    private static readonly Error Denied = FinanceAdministration.Denied("维护单位库");

    public async Task<Result<long>> CreateAsync(CreateOrganizationRequest r, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return Denied;
        }

        if (!Organization.AdministeredKinds.Contains(r.Kind))
        {
            return Error.Validation($"单位类型只能是{string.Join("、", Organization.AdministeredKinds.Select(BudgetTerms.Of))}。", nameof(r.Kind));
        }

        var regionId = r.RegionId ?? admin.HomeRegionId;
        var region = admin.Scope.SeesRegion(regionId) ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == regionId, ct) : null;
        if (region is null)
        {
            return Error.Validation("行政区划不存在，或不在您管理的范围内。", nameof(r.RegionId));
        }

        Organization? parent = null;
        if (r.ParentId is { } parentId)
        {
            parent = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, ct);
            if (parent is null || !admin.Scope.SeesRegion(parent.RegionId))
            {
                return Error.Validation("主管部门不存在，或不在您管理的范围内。", nameof(r.ParentId));
            }

            if (parent.IsClosed)
            {
                return Error.Validation($"主管部门“{parent.Name}”已撤销，不能在其下新建单位。", nameof(r.ParentId));
            }
        }

        var created = Organization.Create(r.Code ?? string.Empty, r.Name ?? string.Empty, r.Kind, region, parent, r.Sector);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var org = created.Value;
        var particulars = org.Edit(org.Revision, new OrganizationParticulars(org.Code, org.Name, org.Sector, r.ContactPerson, r.ContactPhone, r.Qualification));
        if (!particulars.IsSuccess)
        {
            return particulars.Error!;
        }

        if (await CodeTakenAsync(org.Code, null, admin.Scope, ct) is { } taken)
        {
            return taken;
        }

        db.Organizations.Add(org);
        audit.Describe($"新建{BudgetTerms.Of(org.Kind)}：{org.Name}（{org.Code}）");
        var saved = await db.SaveOrConflictAsync($"单位编码 {org.Code} 刚被他人使用，请换一个编码。", ct);
        return saved.IsSuccess ? org.Id : saved.Error!;
    }

    public async Task<Result> EditAsync(long id, EditOrganizationRequest r, CancellationToken ct = default)
    {
        var (org, problem, scope) = await LoadAsync(id, ct);
        if (org is null)
        {
            return problem!;
        }

        if (await CodeTakenAsync(r.Code?.Trim() ?? string.Empty, org.Id, scope, ct) is { } taken)
        {
            return taken;
        }

        var (oldName, oldCode) = (org.Name, org.Code);
        var edited = org.Edit(r.Revision, new OrganizationParticulars(r.Code ?? string.Empty, r.Name ?? string.Empty, r.Sector, r.ContactPerson, r.ContactPhone, r.Qualification));
        if (!edited.IsSuccess)
        {
            return edited;
        }

        var what = new List<string>();
        if (oldName != org.Name)
        {
            what.Add($"更名为“{org.Name}”");
        }

        if (oldCode != org.Code)
        {
            what.Add($"编码改为 {org.Code}");
        }

        audit.Describe($"修改单位信息：{oldName}{(what.Count > 0 ? "（" + string.Join("，", what) + "）" : string.Empty)}");
        return await SaveAsync(org, ct);
    }

    public async Task<Result<MoveOrganizationResult>> MoveAsync(long id, MoveOrganizationRequest r, CancellationToken ct = default)
    {
        var (unit, problem, scope) = await LoadAsync(id, ct);
        if (unit is null)
        {
            return problem!;
        }

        var department = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == r.DepartmentId, ct);
        if (department is null || !scope.SeesRegion(department.RegionId))
        {
            return Error.Validation("要划入的主管部门不存在，或不在您管理的范围内。", nameof(r.DepartmentId));
        }

        var from = await db.Organizations.AsNoTracking().Where(o => o.Id == unit.ParentId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var moved = unit.MoveUnder(r.Revision, department);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        var carried = await UnitTransfer.CarryProjectsAsync(db, unit, ct);
        audit.Describe($"单位划转：{unit.Name}（{from} → {department.Name}，随转 {carried.ProjectsMoved} 个项目）");
        var saved = await SaveAsync(unit, ct);
        return saved.IsSuccess ? carried : saved.Error!;
    }

    public async Task<Result<CloseOrganizationResult>> CloseAsync(long id, CloseOrganizationRequest r, CancellationToken ct = default)
    {
        var (org, problem, _) = await LoadAsync(id, ct);
        if (org is null)
        {
            return problem!;
        }

        var openMembers = org.Kind switch
        {
            OrganizationKind.Department => await db.Organizations.CountAsync(o => o.ParentId == org.Id && !o.IsClosed, ct),
            OrganizationKind.ExpertPool => await db.Experts.CountAsync(e => e.PoolId == org.Id && !e.IsClosed, ct),
            _ => 0,
        };
        var closed = org.Close(r.Revision, r.Reason ?? string.Empty, openMembers, clock.GetUtcNow().UtcDateTime);
        if (!closed.IsSuccess)
        {
            return closed.Error!;
        }

        // A closed organisation has nobody left to act for it: its accounts end now, sessions included.
        var users = await db.Users.Where(u => u.OrganizationId == org.Id && u.IsActive).ToListAsync(ct);
        foreach (var user in users)
        {
            user.Deactivate();
        }

        var openYears = await db.FiscalYears.AsNoTracking().Where(f => f.RegionId == org.RegionId && !f.IsClosed).Select(f => f.Year).ToListAsync(ct);
        var openYearProjects = await db.Projects.CountAsync(p => p.OwnerUnitId == org.Id && openYears.Contains(p.FiscalYear), ct);
        audit.Describe($"撤销单位：{org.Name}（{org.ClosedReason}；停用 {users.Count} 个账户）");
        var saved = await SaveAsync(org, ct);
        return saved.IsSuccess ? new CloseOrganizationResult(users.Count, openYearProjects) : saved.Error!;
    }

    public async Task<Result> ReopenAsync(long id, ReopenOrganizationRequest r, CancellationToken ct = default)
    {
        var (org, problem, _) = await LoadAsync(id, ct);
        if (org is null)
        {
            return problem!;
        }

        var parent = org.ParentId is { } p ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var reopened = org.Reopen(r.Revision, parent);
        if (!reopened.IsSuccess)
        {
            return reopened;
        }

        audit.Describe($"恢复单位：{org.Name}（账户需另行启用）");
        return await SaveAsync(org, ct);
    }

    private async Task<(Organization? Org, Error? Problem, AccessScope Scope)> LoadAsync(long id, CancellationToken ct)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return (null, Denied, AccessScope.Nothing);
        }

        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null || !admin.Scope.SeesRegion(org.RegionId))
        {
            return (null, Error.NotFound($"单位（编号 {id}）不存在，或不在您管理的范围内。"), admin.Scope);
        }

        return org.Kind == OrganizationKind.FinanceBureau
            ? (null, Error.Forbidden("财政局本身由部署时的初始化设置，不在单位库中维护。"), admin.Scope)
            : (org, null, admin.Scope);
    }

    /// <summary>A code is unique platform-wide; a holder outside the administrator's regions is not named.</summary>
    private async Task<Error?> CodeTakenAsync(string code, long? except, AccessScope scope, CancellationToken ct)
    {
        var holder = await db.Organizations.AsNoTracking().Where(o => o.Code == code && o.Id != except).Select(o => new { o.Name, o.RegionId }).FirstOrDefaultAsync(ct);
        return holder is null ? null
            : Error.Conflict(scope.SeesRegion(holder.RegionId) ? $"单位编码 {code} 已被“{holder.Name}”使用。" : $"单位编码 {code} 已被其他地区的单位使用。");
    }

    private Task<Result> SaveAsync(Organization org, CancellationToken ct) => db.SaveOrConflictAsync($"“{org.Name}”已被他人修改，请刷新后重试，以免覆盖他人的修改。", ct);
}

/// <summary>What 单位划转 takes along with a unit that now answers to another department.</summary>
public static class UnitTransfer
{
    /// <summary>
    /// The unit's projects of fiscal years still open, and their targets, follow it to its new department (tracked, saved
    /// by the caller); closed years stay with the department they were accounted under.
    /// </summary>
    public static async Task<MoveOrganizationResult> CarryProjectsAsync(IAppDbContext db, Organization unit, CancellationToken ct)
    {
        var openYears = await db.FiscalYears.AsNoTracking().Where(f => f.RegionId == unit.RegionId && !f.IsClosed).Select(f => f.Year).ToListAsync(ct);
        var projects = await db.Projects.Where(p => p.OwnerUnitId == unit.Id && openYears.Contains(p.FiscalYear)).ToListAsync(ct);
        foreach (var project in projects)
        {
            project.TransferTo(unit);
        }

        var byId = projects.ToDictionary(p => p.Id);
        var projectIds = byId.Keys.ToList();
        var targets = await db.PerformanceTargets
            .Where(t => t.SubjectKind == Domain.Targets.TargetSubjectKind.Project && projectIds.Contains(t.SubjectId)).ToListAsync(ct);
        foreach (var target in targets)
        {
            target.TransferTo(byId[target.SubjectId]);
        }

        return new MoveOrganizationResult(projects.Count, targets.Count, projects.Select(p => p.FiscalYear).Distinct().Order().ToList());
    }
}

/// <summary>An organisation as its administrator edits it.</summary>
public sealed record OrganizationDetail(
    long Id, string Code, string Name, OrganizationKind Kind, string KindName, long RegionId, string RegionName, long? ParentId, string? ParentName,
    Sector? Sector, string? ContactPerson, string? ContactPhone, string? Qualification, bool IsClosed, DateTime? ClosedAt, string? ClosedReason,
    int Revision, int OpenUnitCount, int ActiveUserCount);

/// <summary>One organisation the user may see, with what editing it needs (its revision) and what hangs on it.</summary>
public sealed class GetOrganizationHandler(IAppDbContext db, AccessScopeResolver scopes)
{
    public async Task<Result<OrganizationDetail>> HandleAsync(long id, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(ct);
        var found = await (from o in db.Organizations.AsNoTracking().VisibleTo(scope)
                           join r in db.Regions on o.RegionId equals r.Id
                           join parent in db.Organizations on o.ParentId equals parent.Id into parents
                           from parent in parents.DefaultIfEmpty()
                           where o.Id == id
                           select new { o, RegionName = r.Name, ParentName = parent == null ? null : parent.Name }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound($"单位（编号 {id}）不存在，或不在您的权限范围内。");
        }

        var org = found.o;
        var units = await db.Organizations.CountAsync(x => x.ParentId == org.Id && !x.IsClosed, ct);
        var users = await db.Users.CountAsync(u => u.OrganizationId == org.Id && u.IsActive, ct);
        return new OrganizationDetail(
            org.Id, org.Code, org.Name, org.Kind, BudgetTerms.Of(org.Kind), org.RegionId, found.RegionName, org.ParentId, found.ParentName, org.Sector,
            org.ContactPerson, org.ContactPhone, org.Qualification, org.IsClosed, org.ClosedAt, org.ClosedReason, org.Revision, units, users);
    }
}
