using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Indicators;

public sealed record LibraryIndicatorDto(
    long Id, string Name, Sector? Sector, string SectorName, Level1 Level1, string Level1Name, Level2 Level2, string Level2Name,
    string TypicalValue, IndicatorOperator Operator, string? Unit, ValueSource ValueSource, string ValueSourceName, string ScoringStandard,
    LibraryIndicatorStatus Status, string StatusName, string? ProposedBy, string? ReviewComment, string? Keywords, DateTime UpdatedAt)
{
    public bool IsCommon => Sector is null;
}

public sealed record SearchLibraryQuery(string? Keyword = null, Sector? Sector = null, Level1? Level1 = null, bool IncludeCommon = true, LibraryIndicatorStatus Status = LibraryIndicatorStatus.Confirmed, int Page = 1, int PageSize = 20);

/// <summary>指标库 search: by words, sector (with the common indicators), level; confirmed entries unless asked otherwise.</summary>
public sealed class SearchLibraryHandler(IAppDbContext db)
{
    public async Task<Result<PagedResult<LibraryIndicatorDto>>> HandleAsync(SearchLibraryQuery q, CancellationToken ct = default)
    {
        var valid = PagingRules.Check(q.Page, q.PageSize, q.Keyword);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var items = db.LibraryIndicators.AsNoTracking().Where(i => i.Status == q.Status);
        if (q.Sector is { } sector)
        {
            items = q.IncludeCommon ? items.Where(i => i.Sector == sector || i.Sector == null) : items.Where(i => i.Sector == sector);
        }

        if (q.Level1 is { } l1)
        {
            items = items.Where(i => i.Level1 == l1);
        }

        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            var words = q.Keyword.Split([' ', '　', ','], StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words)
            {
                items = items.Where(i => i.Name.Contains(w) || (i.Keywords != null && i.Keywords.Contains(w)));
            }
        }

        var total = await items.CountAsync(ct);
        var page = await (from i in items.OrderBy(i => i.Sector == null ? 1 : 0).ThenBy(i => i.Level1).ThenBy(i => i.Level2).ThenBy(i => i.Id)
                              .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
                          join o in db.Organizations on i.ProposedByOrganizationId equals o.Id into proposers
                          from o in proposers.DefaultIfEmpty()
                          select new { i, Proposer = o == null ? null : o.Name }).ToListAsync(ct);
        return new PagedResult<LibraryIndicatorDto>(page.Select(x => ToDto(x.i, x.Proposer)).ToList(), total, q.Page, q.PageSize);
    }

    public static LibraryIndicatorDto ToDto(LibraryIndicator i, string? proposer) => new(
        i.Id, i.Name, i.Sector, i.Sector is { } s ? BudgetTerms.Of(s) : "共性指标", i.Level1, IndicatorFrameworks.Name(i.Level1), i.Level2,
        IndicatorFrameworks.Name(i.Level2), i.TypicalValue.ToString(), i.Operator, i.Unit, i.ValueSource, IndicatorFrameworks.Name(i.ValueSource),
        i.ScoringStandard, i.Status, LibraryIndicator.StatusName(i.Status),
        proposer, i.ReviewComment, i.Keywords, i.UpdatedAt);
}

public sealed record AddLibraryIndicatorRequest(string Name, Sector? Sector, Level1 Level1, Level2 Level2, string TypicalValue, ValueSource ValueSource, string? ScoringStandard, string? Keywords);

/// <summary>
/// Finance staff add confirmed indicators (common or industry); a department's staff propose industry indicators
/// of their own sector, which wait for finance to confirm.
/// </summary>
public sealed class AddLibraryIndicatorHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<LibraryIndicatorDto>> HandleAsync(AddLibraryIndicatorRequest r, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        var value = IndicatorValue.Parse(r.TypicalValue);
        if (!value.IsSuccess)
        {
            return value.Error!;
        }

        var input = new LibraryIndicatorInput(r.Name, r.Sector, r.Level1, r.Level2, value.Value, r.ValueSource, r.ScoringStandard, r.Keywords);
        var now = clock.GetUtcNow().UtcDateTime;
        Result<LibraryIndicator> created;
        if (actor.Has(Role.FinanceReviewer | Role.FinanceAdmin))
        {
            created = LibraryIndicator.Add(input, now);
        }
        else if (actor.Has(Role.Department))
        {
            var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganizationId, ct);
            created = LibraryIndicator.Propose(input, org, now);
        }
        else
        {
            return Error.Forbidden("共性指标由财政部门维护，行业指标由主管部门提议。");
        }

        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        if (await db.LibraryIndicators.AnyAsync(i => i.Name == created.Value.Name && i.Sector == created.Value.Sector && i.Status != LibraryIndicatorStatus.Rejected, ct))
        {
            return Error.Conflict($"指标库中已有同名指标“{created.Value.Name}”。");
        }

        db.LibraryIndicators.Add(created.Value);
        await db.SaveChangesAsync(ct);
        return SearchLibraryHandler.ToDto(created.Value, null);
    }
}

public sealed record DecideProposalRequest(long Id, bool Confirm, string? Comment);

/// <summary>Finance confirms or rejects a department's proposed industry indicator.</summary>
public sealed class DecideProposalHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<LibraryIndicatorDto>> HandleAsync(DecideProposalRequest r, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.Has(Role.FinanceReviewer | Role.FinanceAdmin))
        {
            return Error.Forbidden("只有财政部门可以确认行业指标。");
        }

        var indicator = await db.LibraryIndicators.FirstOrDefaultAsync(i => i.Id == r.Id, ct);
        if (indicator is null)
        {
            return Error.NotFound($"指标（编号 {r.Id}）不存在。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var decided = r.Confirm ? indicator.Confirm(r.Comment, now) : indicator.Reject(r.Comment, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        await db.SaveChangesAsync(ct);
        return SearchLibraryHandler.ToDto(indicator, null);
    }
}

public sealed record ReviseLibraryIndicatorRequest(
    long Id, DateTime UpdatedAt, string Name, Sector? Sector, Level1 Level1, Level2 Level2, string TypicalValue, ValueSource ValueSource, string? ScoringStandard, string? Keywords);

public sealed record RetireLibraryIndicatorRequest(long Id, DateTime UpdatedAt, bool Retire, string? Reason);

/// <summary>
/// Finance maintains the library: corrects a confirmed entry, or retires it (and may reinstate it). Targets keep the copy
/// of an indicator they took; a change made by someone else meanwhile is not overwritten (the entry's 更新时间 must match).
/// </summary>
public sealed class MaintainLibraryIndicatorHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<LibraryIndicatorDto>> ReviseAsync(ReviseLibraryIndicatorRequest r, CancellationToken ct = default)
    {
        var found = await FindAsync(r.Id, r.UpdatedAt, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var value = IndicatorValue.Parse(r.TypicalValue);
        if (!value.IsSuccess)
        {
            return value.Error!;
        }

        var indicator = found.Value;
        var name = r.Name?.Trim() ?? string.Empty;
        if (await db.LibraryIndicators.AnyAsync(i => i.Id != indicator.Id && i.Name == name && i.Sector == r.Sector && i.Status == LibraryIndicatorStatus.Confirmed, ct))
        {
            return Error.Conflict($"指标库中已有同名指标“{name}”。");
        }

        var revised = indicator.Revise(new LibraryIndicatorInput(name, r.Sector, r.Level1, r.Level2, value.Value, r.ValueSource, r.ScoringStandard, r.Keywords), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(indicator, revised, ct);
    }

    public async Task<Result<LibraryIndicatorDto>> RetireAsync(RetireLibraryIndicatorRequest r, CancellationToken ct = default)
    {
        var found = await FindAsync(r.Id, r.UpdatedAt, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(found.Value, r.Retire ? found.Value.Retire(r.Reason, now) : found.Value.Reinstate(now), ct);
    }

    private async Task<Result<LibraryIndicator>> FindAsync(long id, DateTime updatedAt, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null || !actor.Has(Role.FinanceReviewer | Role.FinanceAdmin))
        {
            return Error.Forbidden("指标库由财政部门维护：只有财政部门可以修改或停用指标。");
        }

        var indicator = await db.LibraryIndicators.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null)
        {
            return Error.NotFound($"指标（编号 {id}）不存在。");
        }

        if (Math.Abs((indicator.UpdatedAt - DateTime.SpecifyKind(updatedAt, DateTimeKind.Utc)).TotalMilliseconds) >= 1)
        {
            return Error.Conflict($"指标“{indicator.Name}”已被他人修改（{BeijingTime.Format(indicator.UpdatedAt)}），请刷新后再改。");
        }

        return indicator;
    }

    private async Task<Result<LibraryIndicatorDto>> SaveAsync(LibraryIndicator indicator, Result change, CancellationToken ct)
    {
        if (!change.IsSuccess)
        {
            return change.Error!;
        }

        await db.SaveChangesAsync(ct);
        return SearchLibraryHandler.ToDto(indicator, null);
    }
}
