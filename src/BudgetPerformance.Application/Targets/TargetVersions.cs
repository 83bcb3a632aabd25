using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Targets;

public sealed record TargetVersionDto(long Id, int Version, string StatusName, DateTime UpdatedAt, IReadOnlyList<TargetChange> ChangesFromPrevious);

/// <summary>The versions of a target (调整 history), each with what changed from the version before it.</summary>
public sealed class ListTargetVersionsHandler(IAppDbContext db, TargetCommands commands)
{
    public async Task<Result<IReadOnlyList<TargetVersionDto>>> HandleAsync(long id, CancellationToken ct = default)
    {
        var loaded = await commands.LoadAsync(id, ct, tracked: false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var t = loaded.Value.Target;
        var versions = await db.PerformanceTargets.AsNoTracking()
            .Where(x => x.SubjectKind == t.SubjectKind && x.SubjectId == t.SubjectId)
            .OrderBy(x => x.Version).ToListAsync(ct);
        var list = new List<TargetVersionDto>();
        for (var i = 0; i < versions.Count; i++)
        {
            var changes = i == 0 ? [] : TargetDiff.Compare(versions[i - 1], versions[i]);
            list.Add(new TargetVersionDto(versions[i].Id, versions[i].Version, TargetTerms.Of(versions[i].Status), versions[i].UpdatedAt, changes));
        }

        return list;
    }
}
