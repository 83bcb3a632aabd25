using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Budgets;

/// <summary>
/// A 项目 of one fiscal year, owned by the budget unit that asked for the money (谁申请资金、谁设置目标).
/// Money is held by source as 年初预算 and 调整后预算.
/// </summary>
public sealed class Project : Entity
{
    public const int MaxNameLength = 100;

    private Project()
    {
        Code = string.Empty;
        Name = string.Empty;
        Manager = string.Empty;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public int FiscalYear { get; private set; }
    public long RegionId { get; private set; }
    public long DepartmentId { get; private set; }
    public long OwnerUnitId { get; private set; }
    public long? PolicyId { get; private set; }
    public Sector Sector { get; private set; }
    public BudgetKind BudgetKind { get; private set; }
    public SpecialCategory SpecialCategory { get; private set; }
    public DebtBondType DebtBondType { get; private set; }
    public ProjectType ProjectType { get; private set; }
    public bool IsNew { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public string Manager { get; private set; }
    public string? ManagerPhone { get; private set; }
    public string? Description { get; private set; }

    // Money is stored as integer 分 so SQL can sum, sort and compare it; the Money properties are the way to read it.
    public long InitialAppropriationFen { get; private set; }
    public long InitialCarryOverFen { get; private set; }
    public long InitialOtherFen { get; private set; }
    public long AdjustedAppropriationFen { get; private set; }
    public long AdjustedCarryOverFen { get; private set; }
    public long AdjustedOtherFen { get; private set; }

    /// <summary>调整后预算 total, kept as a column so lists can sort and sum by it at province scale.</summary>
    public long AdjustedTotalFen { get; private set; }

    public Money AdjustedTotal => new(AdjustedTotalFen);

    /// <summary>
    /// Whether the project is in the project library: declared projects (新增项目申报) enter it only when their target
    /// passes the finance review; until then they are proposals, and a rejected proposal stays out.
    /// </summary>
    public ProjectLibraryStatus LibraryStatus { get; private set; }
    public DateTime? ProposedAt { get; private set; }
    public DateTime? LibraryDecidedAt { get; private set; }

    public bool IsInLibrary => LibraryStatus == ProjectLibraryStatus.InLibrary;

    /// <summary>预算已批复. Only <see cref="Targets.BudgetApproval"/> sets it, and only with a target that passed review.</summary>
    public bool IsBudgetApproved { get; private set; }
    public DateTime? BudgetApprovedAt { get; private set; }

    /// <summary>年初预算 by source.</summary>
    public FundAmounts InitialBudget => new(new(InitialAppropriationFen), new(InitialCarryOverFen), new(InitialOtherFen));

    /// <summary>调整后预算 by source.</summary>
    public FundAmounts AdjustedBudget => new(new(AdjustedAppropriationFen), new(AdjustedCarryOverFen), new(AdjustedOtherFen));

    /// <summary>Creates a project for <paramref name="owner"/>, checking every invariant of the definition.</summary>
    public static Result<Project> Create(ProjectDefinition definition, Organization owner)
    {
        if (!owner.IsBudgetUnit)
        {
            return Error.Validation($"“{owner.Name}”不是预算单位，不能申报项目。", nameof(OwnerUnitId));
        }

        var check = ProjectRules.Check(definition);
        if (!check.IsSuccess)
        {
            return check.Error!;
        }

        var project = new Project
        {
            Code = definition.Code.Trim(),
            Name = definition.Name.Trim(),
            FiscalYear = definition.FiscalYear,
            RegionId = owner.RegionId,
            DepartmentId = owner.DepartmentId!.Value,
            OwnerUnitId = owner.Id,
            Sector = owner.Sector ?? Sector.GeneralAdministration,
            BudgetKind = definition.BudgetKind,
            SpecialCategory = definition.SpecialCategory,
            DebtBondType = definition.DebtBondType,
            ProjectType = definition.ProjectType,
            IsNew = definition.IsNew,
            StartYear = definition.StartYear,
            EndYear = definition.EndYear,
            Manager = definition.Manager.Trim(),
            ManagerPhone = definition.ManagerPhone,
            Description = definition.Description,
        };
        project.ApplyInitial(definition.InitialBudget);
        project.ApplyAdjusted(definition.InitialBudget);
        return project;
    }

    /// <summary>新增项目申报: a budget unit declares a new project; it enters the library only when approved.</summary>
    public static Result<Project> Propose(ProjectDefinition definition, Organization owner, DateTime at)
    {
        var created = Create(definition, owner);
        if (!created.IsSuccess)
        {
            return created;
        }

        var project = created.Value;
        project.LibraryStatus = ProjectLibraryStatus.Proposed;
        project.ProposedAt = at;
        return project;
    }

    /// <summary>The finance review passed the proposal's target: the project enters the library.</summary>
    public Result AcceptIntoLibrary(DateTime at)
    {
        if (LibraryStatus != ProjectLibraryStatus.Proposed)
        {
            return Error.Conflict($"项目“{Name}”不是待审的新增项目申报。");
        }

        LibraryStatus = ProjectLibraryStatus.InLibrary;
        LibraryDecidedAt = at;
        return Result.Success();
    }

    /// <summary>The finance review rejected the proposal (评级 差): it does not enter the library this year.</summary>
    public Result RejectProposal(DateTime at)
    {
        if (LibraryStatus != ProjectLibraryStatus.Proposed)
        {
            return Error.Conflict($"项目“{Name}”不是待审的新增项目申报。");
        }

        LibraryStatus = ProjectLibraryStatus.Rejected;
        LibraryDecidedAt = at;
        return Result.Success();
    }

    /// <summary>Records a mid-year adjustment (预算调整) of the money by source.</summary>
    public Result AdjustBudget(FundAmounts adjusted)
    {
        if (adjusted.HasNegative)
        {
            return Error.Validation("调整后预算各资金来源不能为负数。", nameof(AdjustedBudget));
        }

        ApplyAdjusted(adjusted);
        return Result.Success();
    }

    internal void MarkBudgetApproved(DateTime at)
    {
        IsBudgetApproved = true;
        BudgetApprovedAt = at;
    }

    /// <summary>Replaces the 年初预算 before the budget is approved (and the 调整后预算 with it).</summary>
    public Result ResetInitialBudget(FundAmounts initial)
    {
        if (initial.HasNegative || initial.Total == Money.Zero)
        {
            return Error.Validation("年初预算各资金来源不能为负数，合计不能为 0。", nameof(InitialBudget));
        }

        ApplyInitial(initial);
        ApplyAdjusted(initial);
        return Result.Success();
    }

    /// <summary>单位划转: the owning unit now answers to another 主管部门, and so does the project's money.</summary>
    public Result TransferTo(Organization owner)
    {
        if (owner.Id != OwnerUnitId || owner.DepartmentId is not { } department)
        {
            return Error.Validation($"项目“{Name}”只随其预算单位划转。", nameof(DepartmentId));
        }

        DepartmentId = department;
        return Result.Success();
    }

    /// <summary>Puts the project under a policy of the same region and year.</summary>
    public Result AssignToPolicy(Policy policy)
    {
        if (policy.RegionId != RegionId || policy.FiscalYear != FiscalYear)
        {
            return Error.Validation($"政策“{policy.Name}”与项目“{Name}”不属于同一地区或年度。", nameof(PolicyId));
        }

        PolicyId = policy.Id;
        return Result.Success();
    }

    private void ApplyInitial(FundAmounts amounts)
    {
        InitialAppropriationFen = amounts.CurrentYearAppropriation.Fen;
        InitialCarryOverFen = amounts.CarryOver.Fen;
        InitialOtherFen = amounts.Other.Fen;
    }

    private void ApplyAdjusted(FundAmounts amounts)
    {
        AdjustedAppropriationFen = amounts.CurrentYearAppropriation.Fen;
        AdjustedCarryOverFen = amounts.CarryOver.Fen;
        AdjustedOtherFen = amounts.Other.Fen;
        AdjustedTotalFen = amounts.Total.Fen;
    }
}

/// <summary>What a unit declares about a project; checked by <see cref="ProjectRules"/>.</summary>
public sealed record ProjectDefinition(
    string Code,
    string Name,
    int FiscalYear,
    BudgetKind BudgetKind,
    SpecialCategory SpecialCategory,
    DebtBondType DebtBondType,
    ProjectType ProjectType,
    bool IsNew,
    int StartYear,
    int EndYear,
    string Manager,
    FundAmounts InitialBudget,
    string? ManagerPhone = null,
    string? Description = null);
