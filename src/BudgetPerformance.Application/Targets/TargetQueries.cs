using BudgetPerformance.Domain.Targets;

namespace BudgetPerformance.Application.Targets;

/// <summary>The questions about which version of a subject's target counts, each answered in one place.</summary>
public static class TargetQueries
{
    /// <summary>
    /// The target in force for each subject: its oldest version that has not been superseded. While an adjustment (a
    /// newer version) is being prepared, the approved version stays in force; once the adjustment is approved the old
    /// version is superseded and the adjustment is in force.
    /// </summary>
    public static IQueryable<PerformanceTarget> InForce(IQueryable<PerformanceTarget> all) =>
        all.Where(t => t.Status != TargetStatus.Superseded
                       && !all.Any(o => o.SubjectKind == t.SubjectKind && o.SubjectId == t.SubjectId && o.Status != TargetStatus.Superseded && o.Version < t.Version));

    /// <summary>The target in force for one subject.</summary>
    public static IQueryable<PerformanceTarget> InForceFor(IQueryable<PerformanceTarget> all, TargetSubjectKind kind, long subjectId) =>
        all.Where(t => t.SubjectKind == kind && t.SubjectId == subjectId && t.Status != TargetStatus.Superseded).OrderBy(t => t.Version).Take(1);

    /// <summary>The newest version of a subject's target: the one being worked on (an adjustment in progress, if any).</summary>
    public static IQueryable<PerformanceTarget> NewestFor(IQueryable<PerformanceTarget> all, TargetSubjectKind kind, long subjectId) =>
        all.Where(t => t.SubjectKind == kind && t.SubjectId == subjectId).OrderByDescending(t => t.Version).Take(1);
}
