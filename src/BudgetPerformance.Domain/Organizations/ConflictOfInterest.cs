namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// An organisation a party is tied to, and why (工作单位, or a declared relation). <c>DepartmentId</c> is the
/// organisation's 主管部门 (itself for a department), null for the others.
/// </summary>
public sealed record PartyTie(long OrganizationId, long? DepartmentId, string OrganizationName, string Reason);

/// <summary>The organisation whose work is to be evaluated or reviewed.</summary>
public sealed record ConflictSubject(long OrganizationId, long? DepartmentId, string Name);

/// <summary>
/// 回避: whether an expert or a third-party agency must stay out of work on an organisation. A tie to an organisation
/// covers the organisation itself; a tie to a 主管部门 covers its 二级预算单位 too (the department answers for their
/// money); a tie to a unit covers its 主管部门's own work (部门整体 and 部门评价 take in the unit). Two units under one
/// department are not tied to each other.
/// </summary>
public static class ConflictOfInterest
{
    /// <summary>Each tie that conflicts with <paramref name="subject"/>, described for the user; empty when none.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<PartyTie> ties, ConflictSubject subject)
    {
        var found = new List<string>();
        foreach (var tie in ties)
        {
            if (Covers(tie, subject) is { } how)
            {
                found.Add($"{tie.Reason}：{tie.OrganizationName}{how}");
            }
        }

        return found;
    }

    private static string? Covers(PartyTie tie, ConflictSubject subject)
    {
        if (tie.OrganizationId == subject.OrganizationId)
        {
            return string.Empty;
        }

        if (subject.DepartmentId is { } department && department != subject.OrganizationId && tie.OrganizationId == department)
        {
            return $"（“{subject.Name}”的主管部门）";
        }

        if (subject.DepartmentId == subject.OrganizationId && tie.DepartmentId == subject.OrganizationId)
        {
            return $"（“{subject.Name}”所属单位）";
        }

        return null;
    }
}
