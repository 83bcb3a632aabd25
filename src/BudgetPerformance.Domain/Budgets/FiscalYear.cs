using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>A 预算年度 of a region: open while budgets are prepared and executed, closed after final accounts.</summary>
public sealed class FiscalYear : Entity
{
    public const int Earliest = 2000;
    public const int Latest = 2100;

    private FiscalYear()
    {
    }

    public long RegionId { get; private set; }
    public int Year { get; private set; }
    public bool IsClosed { get; private set; }

    public static Result<FiscalYear> Open(long regionId, int year)
    {
        if (year is < Earliest or > Latest)
        {
            return Error.Validation($"预算年度 {year} 不在 {Earliest}–{Latest} 之间。", nameof(Year));
        }

        return new FiscalYear { RegionId = regionId, Year = year };
    }

    public Result Close()
    {
        if (IsClosed)
        {
            return Error.Conflict($"{Year} 年度已关闭。");
        }

        IsClosed = true;
        return Result.Success();
    }
}
