using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Organizations;

public sealed record ListExpertsQuery(string? Keyword = null, Sector? Specialty = null, bool IncludeClosed = false, int Page = 1, int PageSize = 20);

public sealed record ExpertListItem(
    long Id, string Code, string Name, Sector Specialty, string SpecialtyName, string Title, string Employer, string? Phone,
    bool IsClosed, bool HasAccount, int Revision, long? EmployerOrganizationId, string PoolName);

/// <summary>
/// A new member of the 专家库. Without <see cref="PoolId"/> the pool of the administrator's own region is used; without
/// <see cref="Code"/> the pool numbers the expert itself. <see cref="EmployerOrganizationId"/> names the employer when it
/// is an organisation of the platform, so the expert recuses from it.
/// </summary>
public sealed record CreateExpertRequest(
    string Name, Sector Specialty, string? Title = null, string? Employer = null, long? EmployerOrganizationId = null,
    string? Phone = null, string? Code = null, long? PoolId = null);

public sealed record EditExpertRequest(
    int Revision, string Code, string Name, Sector Specialty, string? Title = null, string? Employer = null,
    long? EmployerOrganizationId = null, string? Phone = null);

/// <summary>The region's 专家库, for the finance staff who pick experts (and their administrator, who keeps it).</summary>
public sealed class ListExpertsHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes)
{
    public async Task<Result<PagedResult<ExpertListItem>>> HandleAsync(ListExpertsQuery q, CancellationToken ct = default)
    {
        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || !actor.Has(Role.FinanceAdmin | Role.FinanceReviewer) || scope.Kind != AccessScopeKind.Region)
        {
            return Error.Forbidden("专家库仅向财政局工作人员开放。");
        }

        var experts = from e in db.Experts.AsNoTracking()
                      join pool in db.Organizations.AsNoTracking() on e.PoolId equals pool.Id
                      where scope.RegionIds.Contains(pool.RegionId)
                      select new { e, PoolName = pool.Name };
        if (!q.IncludeClosed)
        {
            experts = experts.Where(x => !x.e.IsClosed);
        }

        if (q.Specialty is { } specialty)
        {
            experts = experts.Where(x => x.e.Specialty == specialty);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            var k = q.Keyword.Trim();
            experts = experts.Where(x => x.e.Name.Contains(k) || x.e.Employer.Contains(k) || x.e.Code.StartsWith(k) || x.e.Title.Contains(k));
        }

        var total = await experts.CountAsync(ct);
        var page = await experts.OrderBy(x => x.e.Code).ThenBy(x => x.e.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        var items = page.Select(x => new ExpertListItem(
            x.e.Id, x.e.Code, x.e.Name, x.e.Specialty, BudgetTerms.Of(x.e.Specialty), x.e.Title, x.e.Employer, x.e.Phone,
            x.e.IsClosed, x.e.UserId is not null, x.e.Revision, x.e.EmployerOrganizationId, x.PoolName)).ToList();
        return new PagedResult<ExpertListItem>(items, total, q.Page, q.PageSize);
    }
}

/// <summary>The finance administrator keeps the 专家库: adds, edits, removes (移出) and restores experts, audited.</summary>
public sealed class ManageExpertsHandler(IAppDbContext db, FinanceAdministration administration, IAuditNotes audit, TimeProvider clock)
{
    private static readonly Error Denied = FinanceAdministration.Denied("维护专家库");

    public async Task<Result<long>> CreateAsync(CreateExpertRequest r, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return Denied;
        }

        var pool = await PoolAsync(admin, r.PoolId, ct);
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var employer = await EmployerAsync(admin, r.EmployerOrganizationId, ct);
        if (!employer.IsSuccess)
        {
            return employer.Error!;
        }

        var code = string.IsNullOrWhiteSpace(r.Code) ? await NextCodeAsync(pool.Value, ct) : r.Code.Trim();
        var created = Expert.Create(pool.Value, r.Name ?? string.Empty, r.Specialty, r.Title ?? string.Empty, r.Employer ?? string.Empty, code);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var expert = created.Value;
        var details = expert.Edit(expert.Revision, new ExpertParticulars(code, expert.Name, r.Specialty, r.Title, r.Employer, r.Phone), employer.Value);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        if (await CodeTakenAsync(pool.Value.Id, expert.Code, null, ct) is { } taken)
        {
            return taken;
        }

        db.Experts.Add(expert);
        audit.Describe($"专家入库：{expert.Name}（{expert.Code}）");
        var saved = await db.SaveOrConflictAsync($"专家编号 {expert.Code} 刚被他人使用，请重试。", ct);
        return saved.IsSuccess ? expert.Id : saved.Error!;
    }

    public async Task<Result> EditAsync(long id, EditExpertRequest r, CancellationToken ct = default)
    {
        var (expert, admin, problem) = await LoadAsync(id, ct);
        if (expert is null)
        {
            return problem!;
        }

        var employer = await EmployerAsync(admin!, r.EmployerOrganizationId, ct);
        if (!employer.IsSuccess)
        {
            return employer.Error!;
        }

        if (await CodeTakenAsync(expert.PoolId, r.Code?.Trim() ?? string.Empty, expert.Id, ct) is { } taken)
        {
            return taken;
        }

        var oldName = expert.Name;
        var edited = expert.Edit(r.Revision, new ExpertParticulars(r.Code ?? string.Empty, r.Name ?? string.Empty, r.Specialty, r.Title, r.Employer, r.Phone), employer.Value);
        if (!edited.IsSuccess)
        {
            return edited;
        }

        audit.Describe($"修改专家信息：{oldName}（{expert.Code}）");
        return await SaveAsync(expert, ct);
    }

    public async Task<Result> CloseAsync(long id, CloseOrganizationRequest r, CancellationToken ct = default)
    {
        var (expert, _, problem) = await LoadAsync(id, ct);
        if (expert is null)
        {
            return problem!;
        }

        var closed = expert.Close(r.Revision, r.Reason ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        if (!closed.IsSuccess)
        {
            return closed;
        }

        // An expert out of the pool signs in no more.
        if (expert.UserId is { } userId && await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.IsActive, ct) is { } user)
        {
            user.Deactivate();
        }

        audit.Describe($"专家移出专家库：{expert.Name}（{expert.ClosedReason}）");
        return await SaveAsync(expert, ct);
    }

    public async Task<Result> ReopenAsync(long id, ReopenOrganizationRequest r, CancellationToken ct = default)
    {
        var (expert, _, problem) = await LoadAsync(id, ct);
        if (expert is null)
        {
            return problem!;
        }

        if (await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == expert.PoolId && o.IsClosed, ct))
        {
            return Error.Conflict($"专家“{expert.Name}”所在的专家库已撤销，不能恢复入库。");
        }

        var reopened = expert.Reopen(r.Revision);
        if (!reopened.IsSuccess)
        {
            return reopened;
        }

        audit.Describe($"专家恢复入库：{expert.Name}（账户需另行启用）");
        return await SaveAsync(expert, ct);
    }

    /// <summary>The next free number of a pool: “{pool code}-001”, “-002”…</summary>
    public async Task<string> NextCodeAsync(Organization pool, CancellationToken ct)
    {
        var prefix = pool.Code + "-";
        var used = await db.Experts.AsNoTracking().Where(e => e.PoolId == pool.Id && e.Code.StartsWith(prefix)).Select(e => e.Code).ToListAsync(ct);
        var taken = used.Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).ToHashSet();
        var next = 1;
        while (taken.Contains(next))
        {
            next++;
        }

        return $"{prefix}{next:D3}";
    }

    private async Task<Result<Organization>> PoolAsync(FinanceAdministrator admin, long? poolId, CancellationToken ct)
    {
        var pool = poolId is { } id
            ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganizationKind.ExpertPool, ct)
            : await db.Organizations.AsNoTracking().Where(o => o.RegionId == admin.HomeRegionId && o.Kind == OrganizationKind.ExpertPool && !o.IsClosed)
                .OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (pool is null || !admin.Scope.SeesRegion(pool.RegionId))
        {
            return Error.Validation("本地区还没有专家库：请先在单位库中新建一个类型为“专家库”的单位。", "PoolId");
        }

        return pool.IsClosed ? Error.Validation($"“{pool.Name}”已撤销，不能再加入专家。", "PoolId") : pool;
    }

    private async Task<Result<Organization?>> EmployerAsync(FinanceAdministrator admin, long? employerId, CancellationToken ct)
    {
        if (employerId is not { } id)
        {
            return Result.Success<Organization?>(null);
        }

        var employer = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        return employer is null || !admin.Scope.SeesRegion(employer.RegionId)
            ? Error.Validation("工作单位不存在，或不在您管理的范围内。", nameof(EditExpertRequest.EmployerOrganizationId))
            : Result.Success<Organization?>(employer);
    }

    private async Task<(Expert? Expert, FinanceAdministrator? Admin, Error? Problem)> LoadAsync(long id, CancellationToken ct)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return (null, null, Denied);
        }

        var found = await (from e in db.Experts
                           join pool in db.Organizations on e.PoolId equals pool.Id
                           where e.Id == id
                           select new { e, pool.RegionId }).FirstOrDefaultAsync(ct);
        return found is null || !admin.Scope.SeesRegion(found.RegionId)
            ? (null, admin, Error.NotFound($"专家（编号 {id}）不存在，或不在您管理的范围内。"))
            : (found.e, admin, null);
    }

    private async Task<Error?> CodeTakenAsync(long poolId, string code, long? except, CancellationToken ct)
    {
        var holder = await db.Experts.AsNoTracking().Where(e => e.PoolId == poolId && e.Code == code && e.Id != except).Select(e => e.Name).FirstOrDefaultAsync(ct);
        return holder is null ? null : Error.Conflict($"专家编号 {code} 已被“{holder}”使用。");
    }

    private Task<Result> SaveAsync(Expert expert, CancellationToken ct) => db.SaveOrConflictAsync($"专家“{expert.Name}”的信息已被他人修改，请刷新后重试。", ct);
}
