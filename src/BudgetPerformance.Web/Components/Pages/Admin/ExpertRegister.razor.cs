using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BudgetPerformance.Web.Components.Pages.Admin;

/// <summary>The 专家库 tab: experts of the region, with entry, edits, removal, restoration and declared relations.</summary>
public partial class ExpertRegister
{
    private enum Mode
    {
        None,
        Create,
        Edit,
        Close,
        Relations,
    }

    private sealed class Form
    {
        public string? Code { get; set; }
        public string Name { get; set; } = string.Empty;
        public Sector Specialty { get; set; } = Sector.GeneralAdministration;
        public string? Title { get; set; }
        public string? Employer { get; set; }
        public OrganizationChoice? EmployerOrganization { get; set; }
        public string? Phone { get; set; }
    }

    [Inject] private Operation<ListExpertsHandler> List { get; set; } = default!;
    [Inject] private Operation<ManageExpertsHandler> Manage { get; set; } = default!;
    [Inject] private Operation<ListOrganizationChoicesHandler> Choices { get; set; } = default!;

    private MudTable<ExpertListItem> _table = default!;
    private Sector? _specialty;
    private string? _keyword;
    private bool _includeClosed;
    private Mode _mode;
    private Form _form = new();
    private ExpertListItem? _editing;
    private IReadOnlyList<OrganizationChoice> _choices = [];
    private string? _reason;
    private string? _message;
    private bool _ok;

    private async Task<TableData<ExpertListItem>> LoadAsync(TableState state, CancellationToken ct)
    {
        var result = await List.RunAsync(h => h.HandleAsync(new ListExpertsQuery(_keyword, _specialty, _includeClosed, state.Page + 1, state.PageSize), ct));
        return result.IsSuccess
            ? new TableData<ExpertListItem> { Items = result.Value.Items, TotalItems = result.Value.TotalCount }
            : new TableData<ExpertListItem> { Items = [], TotalItems = 0 };
    }

    private Task<IEnumerable<OrganizationChoice>> SearchEmployers(string? text, CancellationToken ct) =>
        Task.FromResult(_choices.Where(o => o.Kind is OrganizationKind.Department or OrganizationKind.BudgetUnit or OrganizationKind.ThirdPartyAgency)
            .Where(o => string.IsNullOrWhiteSpace(text) || o.Name.Contains(text.Trim(), StringComparison.Ordinal)).Take(30));

    private async Task StartCreateAsync()
    {
        _choices = await Choices.RunAsync(h => h.HandleAsync());
        (_mode, _editing, _form, _message) = (Mode.Create, null, new Form(), null);
    }

    private async Task StartAsync(ExpertListItem expert, Mode mode)
    {
        if (mode == Mode.Edit)
        {
            _choices = await Choices.RunAsync(h => h.HandleAsync());
        }

        _form = new Form
        {
            Code = expert.Code, Name = expert.Name, Specialty = expert.Specialty, Title = expert.Title, Employer = expert.Employer, Phone = expert.Phone,
            EmployerOrganization = _choices.FirstOrDefault(o => o.Id == expert.EmployerOrganizationId),
        };
        (_editing, _mode, _reason, _message) = (expert, mode, null, null);
    }

    private void Close() => (_mode, _editing) = (Mode.None, null);

    private async Task SaveAsync()
    {
        var f = _form;
        var result = _mode == Mode.Create
            ? (Result)await Manage.RunAsync(h => h.CreateAsync(new CreateExpertRequest(f.Name, f.Specialty, f.Title, f.Employer, f.EmployerOrganization?.Id, f.Phone, f.Code)))
            : await Manage.RunAsync(h => h.EditAsync(_editing!.Id, new EditExpertRequest(_editing.Revision, f.Code ?? string.Empty, f.Name, f.Specialty, f.Title, f.Employer, f.EmployerOrganization?.Id, f.Phone)));
        await DoneAsync(result, _mode == Mode.Create ? $"专家“{f.Name}”已入库。" : $"已保存专家“{f.Name}”。");
    }

    private async Task CloseExpertAsync()
    {
        var expert = _editing!;
        var result = await Manage.RunAsync(h => h.CloseAsync(expert.Id, new CloseOrganizationRequest(expert.Revision, _reason ?? string.Empty)));
        await DoneAsync(result, $"已将“{expert.Name}”移出专家库。");
    }

    private async Task ReopenAsync(ExpertListItem expert)
    {
        var result = await Manage.RunAsync(h => h.ReopenAsync(expert.Id, new ReopenOrganizationRequest(expert.Revision)));
        await DoneAsync(result, $"“{expert.Name}”已恢复入库；其账户需另行启用。");
    }

    private async Task DoneAsync(Result result, string success)
    {
        (_ok, _message) = result.IsSuccess ? (true, success) : (false, result.Error!.Message);
        if (result.IsSuccess)
        {
            Close();
        }

        await _table.ReloadServerData();
    }

    private Task SpecialtyChangedAsync(Sector? value) { _specialty = value; return _table.ReloadServerData(); }

    private Task KeywordChangedAsync(string? value) { _keyword = value; return _table.ReloadServerData(); }

    private Task IncludeClosedChangedAsync(bool value) { _includeClosed = value; return _table.ReloadServerData(); }
}
