using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Monitoring;

/// <summary>
/// One computation of the warnings of a region (and the regions below it) for a fiscal year and month, from the
/// execution data in force at that moment: who ran it, when, and how many projects got each light. The newest run
/// of a region and month is the one in force; earlier runs stay as history. Each project's warning is a stamped
/// <see cref="RulePacks.RuleOutcome"/> (findings with their arithmetic, the pack version) and a
/// <see cref="MonitoringWarning"/> row the lists and roll-ups query.
/// </summary>
public sealed class WarningRun : Entity
{
    private WarningRun()
    {
        ProducedBy = string.Empty;
    }

    public long RegionId { get; private set; }
    public int FiscalYear { get; private set; }
    public int Month { get; private set; }
    public DateTime ProducedAt { get; private set; }
    public string ProducedBy { get; private set; }
    public int EngineVersion { get; private set; }
    public int Projects { get; private set; }
    public int Red { get; private set; }
    public int Yellow { get; private set; }
    public int Missing { get; private set; }
    public int Green { get; private set; }
    public int Blue { get; private set; }

    public static WarningRun Start(long regionId, int fiscalYear, int month, DateTime at, string by) => new()
    {
        RegionId = regionId,
        FiscalYear = fiscalYear,
        Month = month,
        ProducedAt = at,
        ProducedBy = by,
        EngineVersion = MonitoringOutcomes.Engine.Version,
    };

    public void Count(IEnumerable<WarningLight> lights)
    {
        foreach (var light in lights)
        {
            Projects++;
            switch (light)
            {
                case WarningLight.Red: Red++; break;
                case WarningLight.Yellow: Yellow++; break;
                case WarningLight.Missing: Missing++; break;
                case WarningLight.Blue: Blue++; break;
                default: Green++; break;
            }
        }
    }
}

/// <summary>
/// A project's light in one <see cref="WarningRun"/>, with what the lists filter and sum by (department, unit, region,
/// budget kind, budget and execution); its findings and arithmetic are in the outcome it points to.
/// </summary>
public sealed class MonitoringWarning : Entity
{
    private MonitoringWarning()
    {
    }

    public long RunId { get; private set; }
    public long OutcomeId { get; private set; }
    public long ProjectId { get; private set; }
    public long RegionId { get; private set; }
    public long DepartmentId { get; private set; }
    public long UnitId { get; private set; }
    public Budgets.BudgetKind BudgetKind { get; private set; }
    public int FiscalYear { get; private set; }
    public int Month { get; private set; }
    public WarningLight Light { get; private set; }
    public long BudgetFen { get; private set; }

    /// <summary>累计执行数; null when no execution data was in force.</summary>
    public long? ExecutedFen { get; private set; }

    /// <summary>
    /// The later run that judged the project for the same month (a county's own run after the city's, or a run again
    /// after a corrected delivery); 0 while this row is current. The lists read only current rows — an equality, so the
    /// index serves it (a bare boolean column is not used by SQLite's planner).
    /// </summary>
    public long SupersededBy { get; private set; }

    public bool IsCurrent => SupersededBy == 0;

    /// <summary>The codes of the rules that gave the project its light (e.g. "W01,W05").</summary>
    public string Rules { get; private set; } = string.Empty;

    public static MonitoringWarning Of(WarningRun run, long outcomeId, ProjectWarning warning, ExecutionSnapshot snapshot,
        long regionId, long departmentId, long unitId, Budgets.BudgetKind kind) => new()
    {
        RunId = run.Id,
        OutcomeId = outcomeId,
        ProjectId = warning.ProjectId,
        RegionId = regionId,
        DepartmentId = departmentId,
        UnitId = unitId,
        BudgetKind = kind,
        FiscalYear = run.FiscalYear,
        Month = run.Month,
        Light = warning.Light,
        BudgetFen = snapshot.BudgetFen,
        ExecutedFen = snapshot.ExecutedFen,
        Rules = string.Join(',', warning.Findings.Where(f => f.Light == warning.Light).Select(f => f.RuleCode).Distinct()),
    };
}
