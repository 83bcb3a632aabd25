using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Organizations;

public sealed record DeclareRelationRequest(RelationParty Party, long PartyId, long OrganizationId, RelationKind Kind, string? Note = null);

public sealed record WithdrawRelationRequest(string Reason);

public sealed record RelationDto(
    long Id, RelationParty Party, long PartyId, string PartyName, long OrganizationId, string OrganizationName, RelationKind Kind,
    string KindName, string? Note, DateTime DeclaredAt, DateTime? WithdrawnAt, string? WithdrawnReason)
{
    public bool IsInForce => WithdrawnAt is null;
}

/// <summary>An expert or agency that must stay out of work on an organisation, and every reason why.</summary>
public sealed record ConflictDto(RelationParty Party, long PartyId, string PartyName, IReadOnlyList<string> Reasons);

/// <summary>
/// 利害关系申报 and 回避. An agency or an expert declares (and later withdraws) ties to organisations; the finance
/// administrator can record them on their behalf. The conflicts of an organisation — who must recuse from its
/// evaluations and reviews, and why — come from these ties and the experts' employers, decided by
/// <see cref="ConflictOfInterest"/>.
/// </summary>
public sealed class DeclaredRelationsHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes, IAuditNotes audit, TimeProvider clock)
{
    public async Task<Result<long>> DeclareAsync(DeclareRelationRequest r, CancellationToken ct = default)
    {
        var party = await PartyAsync(r.Party, r.PartyId, write: true, ct);
        if (!party.IsSuccess)
        {
            return party.Error!;
        }

        var related = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == r.OrganizationId, ct);
        if (related is null || !party.Value.RegionIds.Contains(related.RegionId))
        {
            return Error.Validation("申报的单位不存在，或不在本地区。", nameof(r.OrganizationId));
        }

        var actor = await currentUser.GetActorAsync();
        var created = DeclaredRelation.Create(r.Party, r.PartyId, related, r.Kind, r.Note, clock.GetUtcNow().UtcDateTime, actor?.UserId);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        if (await db.DeclaredRelations.AnyAsync(d => d.PartyKind == r.Party && d.PartyId == r.PartyId && d.OrganizationId == related.Id && d.Kind == r.Kind && d.WithdrawnAt == null, ct))
        {
            return Error.Conflict($"已申报过与“{related.Name}”的“{DeclaredRelation.NameOf(r.Kind)}”关系。");
        }

        db.DeclaredRelations.Add(created.Value);
        audit.Describe($"申报利害关系：{party.Value.Name} — {related.Name}（{DeclaredRelation.NameOf(r.Kind)}）");
        await db.SaveChangesAsync(ct);
        return created.Value.Id;
    }

    public async Task<Result> WithdrawAsync(long id, WithdrawRelationRequest r, CancellationToken ct = default)
    {
        var relation = await db.DeclaredRelations.FirstOrDefaultAsync(d => d.Id == id, ct);
        var party = relation is null ? Error.NotFound($"申报（编号 {id}）不存在。") : await PartyAsync(relation.PartyKind, relation.PartyId, write: true, ct);
        if (!party.IsSuccess)
        {
            return party.Error!.Kind == ErrorKind.Forbidden ? party.Error : Error.NotFound($"申报（编号 {id}）不存在。");
        }

        var actor = await currentUser.GetActorAsync();
        if (!relation!.MayBeWithdrawnBy(actor!.UserId, actor.IsFinanceAdmin))
        {
            return Error.Forbidden("这条申报由财政局管理员登记，只能由财政局管理员撤回。");
        }

        var withdrawn = relation.Withdraw(r.Reason ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        if (!withdrawn.IsSuccess)
        {
            return withdrawn;
        }

        audit.Describe($"撤回利害关系申报：{party.Value.Name}（{relation.WithdrawnReason}）");
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Every declaration of a party, in force first, newest first.</summary>
    public async Task<Result<IReadOnlyList<RelationDto>>> ListAsync(RelationParty partyKind, long partyId, CancellationToken ct = default)
    {
        var party = await PartyAsync(partyKind, partyId, write: false, ct);
        if (!party.IsSuccess)
        {
            return party.Error!;
        }

        var rows = await (from d in db.DeclaredRelations.AsNoTracking()
                          join o in db.Organizations.AsNoTracking() on d.OrganizationId equals o.Id
                          where d.PartyKind == partyKind && d.PartyId == partyId
                          orderby d.WithdrawnAt == null descending, d.Id descending
                          select new { d, o.Name }).ToListAsync(ct);
        return rows.Select(x => new RelationDto(
            x.d.Id, x.d.PartyKind, x.d.PartyId, party.Value.Name, x.d.OrganizationId, x.Name, x.d.Kind, DeclaredRelation.NameOf(x.d.Kind),
            x.d.Note, x.d.DeclaredAt, x.d.WithdrawnAt, x.d.WithdrawnReason)).ToList();
    }

    /// <summary>Who must recuse from work on <paramref name="organizationId"/> (open experts and agencies), and why.</summary>
    public async Task<Result<IReadOnlyList<ConflictDto>>> ConflictsOfAsync(long organizationId, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        var subject = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (actor is null || !actor.Has(Role.FinanceAdmin | Role.FinanceReviewer))
        {
            return Error.Forbidden("回避关系仅向财政局工作人员开放。");
        }

        if (subject is null || !scope.SeesRegion(subject.RegionId))
        {
            return Error.NotFound($"单位（编号 {organizationId}）不存在，或不在您的权限范围内。");
        }

        // Every organisation a tie could reach the subject through: itself, its department, and (for a department) its units.
        var near = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == subject.Id || o.Id == subject.ParentId || o.ParentId == subject.Id)
            .Select(o => new { o.Id, o.Kind, o.ParentId, o.Name }).ToListAsync(ct);
        var nearIds = near.Select(o => o.Id).ToList();
        var relations = await db.DeclaredRelations.AsNoTracking().Where(d => d.WithdrawnAt == null && nearIds.Contains(d.OrganizationId)).ToListAsync(ct);
        var employed = await db.Experts.AsNoTracking().Where(e => !e.IsClosed && e.EmployerOrganizationId != null && nearIds.Contains(e.EmployerOrganizationId.Value))
            .Select(e => new { e.Id, e.Name, Employer = e.EmployerOrganizationId!.Value }).ToListAsync(ct);

        var expertIds = relations.Where(d => d.PartyKind == RelationParty.Expert).Select(d => d.PartyId).Concat(employed.Select(e => e.Id)).Distinct().ToList();
        var agencyIds = relations.Where(d => d.PartyKind == RelationParty.Agency).Select(d => d.PartyId).Distinct().ToList();
        var expertNames = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id) && !e.IsClosed).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var agencyNames = await db.Organizations.AsNoTracking().Where(o => agencyIds.Contains(o.Id) && !o.IsClosed).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var tieOf = near.ToDictionary(o => o.Id, o => (Department: o.Kind == OrganizationKind.Department ? o.Id : o.Kind == OrganizationKind.BudgetUnit ? o.ParentId : null, o.Name));
        var target = new ConflictSubject(subject.Id, subject.DepartmentId, subject.Name);

        var conflicts = new List<ConflictDto>();
        foreach (var (id, name) in expertNames)
        {
            var ties = employed.Where(e => e.Id == id).Select(e => Tie(e.Employer, "工作单位"))
                .Concat(relations.Where(d => d.PartyKind == RelationParty.Expert && d.PartyId == id).Select(d => Tie(d.OrganizationId, DeclaredRelation.NameOf(d.Kind))));
            Add(RelationParty.Expert, id, name, ties);
        }

        foreach (var (id, name) in agencyNames)
        {
            Add(RelationParty.Agency, id, name, relations.Where(d => d.PartyKind == RelationParty.Agency && d.PartyId == id).Select(d => Tie(d.OrganizationId, DeclaredRelation.NameOf(d.Kind))));
        }

        return conflicts.OrderBy(c => c.Party).ThenBy(c => c.PartyName, StringComparer.Ordinal).ToList();

        PartyTie Tie(long orgId, string reason) => new(orgId, tieOf[orgId].Department, tieOf[orgId].Name, reason);

        void Add(RelationParty party, long id, string name, IEnumerable<PartyTie> ties)
        {
            var reasons = ConflictOfInterest.Find(ties, target);
            if (reasons.Count > 0)
            {
                conflicts.Add(new ConflictDto(party, id, name, reasons));
            }
        }
    }

    private sealed record Party(string Name, IReadOnlyList<long> RegionIds);

    /// <summary>
    /// The declaring party, if the user may see (or, with <paramref name="write"/>, declare for) it: the finance staff
    /// of its region (only the administrator writes), the agency's own staff, or the expert themself.
    /// </summary>
    private async Task<Result<Party>> PartyAsync(RelationParty kind, long id, bool write, CancellationToken ct)
    {
        var actor = await currentUser.GetActorAsync();
        if (actor is null)
        {
            return Error.Forbidden("请先登录。");
        }

        var found = kind switch
        {
            RelationParty.Agency => await db.Organizations.AsNoTracking().Where(o => o.Id == id && o.Kind == OrganizationKind.ThirdPartyAgency)
                .Select(o => new { o.Name, o.RegionId, Own = o.Id == actor.OrganizationId && actor.Roles.HasFlag(Role.ThirdParty) }).FirstOrDefaultAsync(ct),
            RelationParty.Expert => await (from e in db.Experts.AsNoTracking()
                                           join pool in db.Organizations.AsNoTracking() on e.PoolId equals pool.Id
                                           where e.Id == id
                                           select new { e.Name, pool.RegionId, Own = e.UserId == actor.UserId }).FirstOrDefaultAsync(ct),
            _ => null,
        };
        var scope = await scopes.ResolveAsync(ct);
        var finance = scope.Kind == AccessScopeKind.Region && actor.Has(write ? Role.FinanceAdmin : Role.FinanceAdmin | Role.FinanceReviewer);
        if (found is null || !(found.Own || (finance && scope.SeesRegion(found.RegionId))))
        {
            // The same answer whether or not the id exists, so ids cannot be probed.
            return Error.NotFound(kind == RelationParty.Agency
                ? $"第三方机构（编号 {id}）不存在，或您不能为其申报（只有申报人本人或财政局管理员可以申报和撤回利害关系）。"
                : $"专家（编号 {id}）不存在，或您不能为其申报（只有申报人本人或财政局管理员可以申报和撤回利害关系）。");
        }

        var regions = found.Own ? [found.RegionId] : scope.RegionIds;
        return new Party(found.Name, regions);
    }
}
