using BudgetPerformance.Web.Security;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BudgetPerformance.Web.Components.Pages.Projects;

public partial class ProjectList
{
    private MudTable<ProjectListItem> _table = default!;
    private IReadOnlyList<int> _years = [];
    private IReadOnlyList<OrganizationOption> _departments = [];
    private IReadOnlyList<OrganizationOption> _units = [];
    private int _year;
    private string? _keyword;
    private BudgetKind? _kind;
    private SpecialCategory? _category;
    private ProjectType? _type;
    private bool? _isNew;
    private string? _error;

    [SupplyParameterFromQuery(Name = "departmentId")]
    public long? DepartmentId { get; set; }

    [SupplyParameterFromQuery(Name = "unitId")]
    public long? UnitId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        (_years, _year) = await Years.RunAsync(h => h.GetAsync());
        _departments = await Options.RunAsync(h => h.HandleAsync(OrganizationKind.Department));
        await LoadUnitsAsync();
    }

    private async Task<TableData<ProjectListItem>> LoadAsync(TableState state, CancellationToken ct)
    {
        var sort = Enum.TryParse<ProjectSort>(state.SortLabel, out var s) ? s : ProjectSort.Code;
        var result = await Projects.RunAsync(h => h.HandleAsync(new ListProjectsQuery
        {
            FiscalYear = _year,
            Keyword = _keyword,
            DepartmentId = DepartmentId,
            OwnerUnitId = UnitId,
            BudgetKind = _kind,
            SpecialCategory = _category,
            ProjectType = _type,
            IsNew = _isNew,
            Sort = sort,
            Descending = state.SortDirection == SortDirection.Descending,
            Page = state.Page + 1,
            PageSize = state.PageSize,
        }, ct));
        _error = result.IsSuccess ? null : result.Error!.Message;
        return result.IsSuccess
            ? new TableData<ProjectListItem> { Items = result.Value.Items, TotalItems = result.Value.TotalCount }
            : new TableData<ProjectListItem> { Items = [], TotalItems = 0 };
    }

    private async Task LoadUnitsAsync() =>
        _units = DepartmentId is { } d ? await Options.RunAsync(h => h.HandleAsync(OrganizationKind.BudgetUnit, d)) : [];

    private Task ReloadAsync() => _table.ReloadServerData();

    private Task KeywordChangedAsync(string? value) { _keyword = value; return ReloadAsync(); }
    private Task YearChangedAsync(int value) { _year = value; return ReloadAsync(); }
    private Task KindChangedAsync(BudgetKind? value) { _kind = value; return ReloadAsync(); }
    private Task CategoryChangedAsync(SpecialCategory? value) { _category = value; return ReloadAsync(); }
    private Task TypeChangedAsync(ProjectType? value) { _type = value; return ReloadAsync(); }
    private Task IsNewChangedAsync(bool? value) { _isNew = value; return ReloadAsync(); }
    private Task UnitChangedAsync(long? value) { UnitId = value; return ReloadAsync(); }

    private async Task DepartmentChangedAsync(long? value)
    {
        DepartmentId = value;
        UnitId = null;
        await LoadUnitsAsync();
        await ReloadAsync();
    }
}
