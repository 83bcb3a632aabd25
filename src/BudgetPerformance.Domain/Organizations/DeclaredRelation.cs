using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// 利害关系申报: a third-party agency or an expert declares a tie to an organisation (current or past employment, a
/// relative working there, paid services, money owed). While in force the declarer recuses from that organisation's
/// evaluations and reviews (see <see cref="ConflictOfInterest"/>). Withdrawn, never deleted: the record stays.
/// </summary>
public sealed class DeclaredRelation : Entity
{
    public const int MaxNoteLength = 500;

    private DeclaredRelation()
    {
    }

    public RelationParty PartyKind { get; private set; }

    /// <summary>The agency's organisation id, or the expert's id.</summary>
    public long PartyId { get; private set; }

    /// <summary>The organisation the declarer is tied to.</summary>
    public long OrganizationId { get; private set; }
    public RelationKind Kind { get; private set; }
    public string? Note { get; private set; }
    public DateTime DeclaredAt { get; private set; }
    public long? DeclaredByUserId { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnReason { get; private set; }

    public bool IsInForce => WithdrawnAt is null;

    public static Result<DeclaredRelation> Create(
        RelationParty party, long partyId, Organization related, RelationKind kind, string? note, DateTime at, long? byUserId)
    {
        if (!Enum.IsDefined(party))
        {
            return Error.Validation("申报人类型不存在。", nameof(PartyKind));
        }

        if (!Enum.IsDefined(kind))
        {
            return Error.Validation("关系类型不存在。", nameof(Kind));
        }

        if (party == RelationParty.Agency && related.Id == partyId)
        {
            return Error.Validation("第三方机构不能申报与自身的关系。", nameof(OrganizationId));
        }

        if (note?.Trim().Length > MaxNoteLength)
        {
            return Error.Validation($"说明不超过 {MaxNoteLength} 个字。", nameof(Note));
        }

        if (kind == RelationKind.Other && string.IsNullOrWhiteSpace(note))
        {
            return Error.Validation("关系类型为“其他”时，请在说明中写明是什么关系。", nameof(Note));
        }

        return new DeclaredRelation
        {
            PartyKind = party,
            PartyId = partyId,
            OrganizationId = related.Id,
            Kind = kind,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            DeclaredAt = at,
            DeclaredByUserId = byUserId,
        };
    }

    /// <summary>
    /// A declarer may withdraw what they declared themselves; what an administrator recorded for them, only an
    /// administrator withdraws — a party cannot erase its own recusal.
    /// </summary>
    public bool MayBeWithdrawnBy(long userId, bool isAdministrator) => isAdministrator || DeclaredByUserId == userId;

    public Result Withdraw(string reason, DateTime at)
    {
        if (!IsInForce)
        {
            return Error.Conflict("该申报已撤回。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Organization.MaxReasonLength)
        {
            return Error.Validation($"请填写撤回原因（不超过 {Organization.MaxReasonLength} 个字），例如“已离职满三年”。", nameof(WithdrawnReason));
        }

        (WithdrawnAt, WithdrawnReason) = (at, reason.Trim());
        return Result.Success();
    }

    public static string NameOf(RelationKind kind) => kind switch
    {
        RelationKind.Employment => "现任职",
        RelationKind.FormerEmployment => "曾任职",
        RelationKind.Relative => "近亲属在该单位任职",
        RelationKind.PaidService => "为其提供过有偿服务",
        RelationKind.Financial => "存在经济往来",
        RelationKind.Other => "其他利害关系",
        _ => kind.ToString(),
    };
}

/// <summary>Who declares a relation.</summary>
public enum RelationParty
{
    Agency = 1,
    Expert = 2,
}

/// <summary>The ties that oblige a declarer to recuse (回避).</summary>
public enum RelationKind
{
    Employment = 1,
    FormerEmployment = 2,
    Relative = 3,
    PaidService = 4,
    Financial = 5,
    Other = 6,
}
