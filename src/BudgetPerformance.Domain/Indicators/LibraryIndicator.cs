using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Indicators;

/// <summary>
/// An entry of the 指标库: a common (共性, no sector) or industry (个性, one sector) level-3 indicator with its place,
/// operator, unit, typical value, value source and scoring standard. Finance staff maintain common indicators;
/// departments propose industry indicators, which finance confirms or rejects.
/// </summary>
public sealed class LibraryIndicator : Entity
{
    public const int MaxNameLength = 100;

    private LibraryIndicator()
    {
        Name = string.Empty;
        ScoringStandard = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>Null for a common indicator.</summary>
    public Sector? Sector { get; private set; }

    /// <summary>Place in the Classic framework; <see cref="IndicatorFrameworks.Place"/> moves it into the other.</summary>
    public Level1 Level1 { get; private set; }
    public Level2 Level2 { get; private set; }
    public IndicatorOperator Operator { get; private set; }
    public decimal? Number { get; private set; }
    public string? Unit { get; private set; }
    public string? Text { get; private set; }
    public ValueSource ValueSource { get; private set; }
    public string ScoringStandard { get; private set; }
    public string? Keywords { get; private set; }
    public LibraryIndicatorStatus Status { get; private set; }
    public long? ProposedByOrganizationId { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public bool IsCommon => Sector is null;

    public IndicatorValue TypicalValue => Operator switch
    {
        IndicatorOperator.Qualitative => IndicatorValue.Qualitative(Text!).Value,
        IndicatorOperator.OtherQuantitative => IndicatorValue.OtherQuantitative(Text!).Value,
        _ => IndicatorValue.Comparison(Operator, Number!.Value, Unit!).Value,
    };

    /// <summary>Finance adds a confirmed indicator (common or industry).</summary>
    public static Result<LibraryIndicator> Add(LibraryIndicatorInput input, DateTime at) =>
        Build(input, LibraryIndicatorStatus.Confirmed, null, at);

    /// <summary>A department proposes an industry indicator of its sector.</summary>
    public static Result<LibraryIndicator> Propose(LibraryIndicatorInput input, Organization department, DateTime at)
    {
        if (department.Kind != OrganizationKind.Department)
        {
            return Error.Forbidden("只有主管部门可以提议行业指标。");
        }

        if (input.Sector is null || input.Sector != department.Sector)
        {
            return Error.Validation($"主管部门只能提议本行业（{(department.Sector is { } own ? Budgets.BudgetTerms.Of(own) : "—")}）的个性指标；共性指标由财政部门维护。", nameof(Sector));
        }

        return Build(input, LibraryIndicatorStatus.Proposed, department.Id, at);
    }

    public Result Confirm(string? comment, DateTime at) => Decide(LibraryIndicatorStatus.Confirmed, comment, at);

    public Result Reject(string? comment, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return Error.Validation("不予采纳时须说明理由。", nameof(ReviewComment));
        }

        return Decide(LibraryIndicatorStatus.Rejected, comment, at);
    }

    /// <summary>
    /// Finance corrects a confirmed entry. Targets that took it keep the copy they took: only new picks see the change.
    /// </summary>
    public Result Revise(LibraryIndicatorInput input, DateTime at)
    {
        if (Status != LibraryIndicatorStatus.Confirmed)
        {
            return Error.Conflict($"指标“{Name}”处于“{StatusName(Status)}”状态，只有已确认的指标可以修改。");
        }

        var built = Build(input, Status, ProposedByOrganizationId, at);
        if (!built.IsSuccess)
        {
            return built.Error!;
        }

        var b = built.Value;
        (Name, Sector, Level1, Level2, Operator, Number, Unit, Text, ValueSource, ScoringStandard, Keywords, UpdatedAt) =
            (b.Name, b.Sector, b.Level1, b.Level2, b.Operator, b.Number, b.Unit, b.Text, b.ValueSource, b.ScoringStandard, b.Keywords, at);
        return Result.Success();
    }

    /// <summary>Finance retires an entry: it is no longer offered; targets that took it keep their copy.</summary>
    public Result Retire(string? reason, DateTime at)
    {
        if (Status != LibraryIndicatorStatus.Confirmed)
        {
            return Error.Conflict($"指标“{Name}”处于“{StatusName(Status)}”状态，只有已确认的指标可以停用。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("停用指标时须说明理由。", nameof(ReviewComment));
        }

        Status = LibraryIndicatorStatus.Retired;
        ReviewComment = reason.Trim();
        UpdatedAt = at;
        return Result.Success();
    }

    /// <summary>A retired entry is offered again.</summary>
    public Result Reinstate(DateTime at)
    {
        if (Status != LibraryIndicatorStatus.Retired)
        {
            return Error.Conflict($"指标“{Name}”没有停用。");
        }

        Status = LibraryIndicatorStatus.Confirmed;
        UpdatedAt = at;
        return Result.Success();
    }

    public static string StatusName(LibraryIndicatorStatus status) => status switch
    {
        LibraryIndicatorStatus.Confirmed => "已确认",
        LibraryIndicatorStatus.Proposed => "待确认",
        LibraryIndicatorStatus.Retired => "已停用",
        _ => "未采纳",
    };

    private Result Decide(LibraryIndicatorStatus next, string? comment, DateTime at)
    {
        if (Status != LibraryIndicatorStatus.Proposed)
        {
            return Error.Conflict($"指标“{Name}”不是待确认的提议。");
        }

        Status = next;
        ReviewComment = comment?.Trim();
        UpdatedAt = at;
        return Result.Success();
    }

    private static Result<LibraryIndicator> Build(LibraryIndicatorInput input, LibraryIndicatorStatus status, long? proposedBy, DateTime at)
    {
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return Error.Validation($"指标名称不能为空，且不超过 {MaxNameLength} 个字。", nameof(Name));
        }

        if (!IndicatorFrameworks.Fits(IndicatorFramework.Classic, input.Level1, input.Level2))
        {
            return Error.Validation($"二级指标“{IndicatorFrameworks.Name(input.Level2)}”不属于一级指标“{IndicatorFrameworks.Name(input.Level1)}”。", nameof(Level2));
        }

        return new LibraryIndicator
        {
            Name = name,
            Sector = input.Sector,
            Level1 = input.Level1,
            Level2 = input.Level2,
            Operator = input.Value.Operator,
            Number = input.Value.Number,
            Unit = input.Value.Unit,
            Text = input.Value.Text,
            ValueSource = input.ValueSource,
            ScoringStandard = input.ScoringStandard?.Trim() ?? string.Empty,
            Keywords = string.IsNullOrWhiteSpace(input.Keywords) ? null : input.Keywords.Trim(),
            Status = status,
            ProposedByOrganizationId = proposedBy,
            UpdatedAt = at,
        };
    }
}

public enum LibraryIndicatorStatus
{
    /// <summary>已确认: usable by everyone.</summary>
    Confirmed = 1,
    /// <summary>待确认: proposed by a department.</summary>
    Proposed = 2,
    /// <summary>未采纳</summary>
    Rejected = 3,
    /// <summary>已停用: retired by finance; no longer offered, kept by the targets that took it.</summary>
    Retired = 4,
}

public sealed record LibraryIndicatorInput(
    string Name, Sector? Sector, Level1 Level1, Level2 Level2, IndicatorValue Value, ValueSource ValueSource, string? ScoringStandard, string? Keywords = null);
