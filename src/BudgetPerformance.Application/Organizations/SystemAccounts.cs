using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Organizations;

public sealed record SystemAccountDto(long Id, string Name, long RegionId, string RegionName, string TokenHint, DateTime CreatedAt, string CreatedBy,
    bool IsActive, DateTime? RevokedAt, string? RevokedBy, DateTime? LastUsedAt);

/// <summary>A new system account and its token: shown this once, stored only as a hash.</summary>
public sealed record CreatedSystemAccount(SystemAccountDto Account, string Token);

public sealed record CreateSystemAccount(string Name, long? RegionId = null);

/// <summary>
/// The system accounts other systems push data with (国库、一体化): created, listed and revoked by the finance
/// administrator, each for a region the administrator administers (their own by default). Every step audited.
/// </summary>
public sealed class SystemAccountsHandler(IAppDbContext db, FinanceAdministration administration, IAuditNotes audit, TimeProvider clock)
{
    public async Task<Result<CreatedSystemAccount>> CreateAsync(CreateSystemAccount command, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("创建系统账号");
        }

        var regionId = command.RegionId ?? admin.HomeRegionId;
        if (!admin.Scope.SeesRegion(regionId))
        {
            return Error.Validation("只能为本级或下级区划创建系统账号。", nameof(command.RegionId));
        }

        var created = SystemAccount.Create(command.Name, regionId, clock.GetUtcNow().UtcDateTime, admin.Actor.DisplayName);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var (account, token) = created.Value;
        db.SystemAccounts.Add(account);
        audit.Describe($"创建系统账号：{account.Name}");
        await db.SaveChangesAsync(ct);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).FirstAsync(ct);
        return new CreatedSystemAccount(ToDto(account, region), token);
    }

    public async Task<Result<IReadOnlyList<SystemAccountDto>>> ListAsync(CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("查看系统账号");
        }

        var regionIds = admin.Scope.RegionIds;
        var rows = await (from a in db.SystemAccounts.AsNoTracking()
                          join r in db.Regions.AsNoTracking() on a.RegionId equals r.Id
                          where regionIds.Contains(a.RegionId)
                          orderby a.Id descending
                          select new { a, r.Name }).ToListAsync(ct);
        return rows.Select(x => ToDto(x.a, x.Name)).ToList();
    }

    public async Task<Result> RevokeAsync(long id, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("吊销系统账号");
        }

        var account = await db.SystemAccounts.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null || !admin.Scope.SeesRegion(account.RegionId))
        {
            return Error.NotFound($"系统账号（编号 {id}）不存在。");
        }

        var revoked = account.Revoke(admin.Actor.DisplayName, clock.GetUtcNow().UtcDateTime);
        if (!revoked.IsSuccess)
        {
            return revoked;
        }

        audit.Describe($"吊销系统账号：{account.Name}");
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private static SystemAccountDto ToDto(SystemAccount a, string region) =>
        new(a.Id, a.Name, a.RegionId, region, a.TokenHint + "…", a.CreatedAt, a.CreatedBy, a.IsActive, a.RevokedAt, a.RevokedBy, a.LastUsedAt);
}
