using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BudgetPerformance.Web.Components.Pages.Admin;

/// <summary>The 单位 tab: the region's organisations, with create, edit, move, close, reopen, recusal and relations.</summary>
public partial class OrganizationRegister
{
    private enum Mode
    {
        None,
        Create,
        Edit,
        Move,
        Close,
        Conflicts,
        Relations,
    }

    private sealed class Form
    {
        public string Code { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public OrganizationKind Kind { get; set; } = OrganizationKind.Department;
        public OrganizationChoice? Department { get; set; }
        public Sector? Sector { get; set; }
        public string? ContactPerson { get; set; }
        public string? ContactPhone { get; set; }
        public string? Qualification { get; set; }
    }

    [Inject] private Operation<ListOrganizationsHandler> List { get; set; } = default!;
    [Inject] private Operation<GetOrganizationHandler> Get { get; set; } = default!;
    [Inject] private Operation<ManageOrganizationsHandler> Manage { get; set; } = default!;
    [Inject] private Operation<DeclaredRelationsHandler> Relations { get; set; } = default!;
    [Inject] private Operation<ListOrganizationChoicesHandler> Choices { get; set; } = default!;

    private MudTable<OrganizationListItem> _table = default!;
    private OrganizationKind? _kind;
    private string? _keyword;
    private bool _includeClosed;
    private Mode _mode;
    private Form _form = new();
    private OrganizationDetail? _detail;
    private IReadOnlyList<ConflictDto> _conflicts = [];
    private IReadOnlyList<OrganizationChoice> _choices = [];
    private string? _reason;
    private string? _message;
    private bool _ok;

    private async Task<TableData<OrganizationListItem>> LoadAsync(TableState state, CancellationToken ct)
    {
        var result = await List.RunAsync(h => h.HandleAsync(new ListOrganizationsQuery
        {
            Kind = _kind, Keyword = _keyword, IncludeClosed = _includeClosed, Page = state.Page + 1, PageSize = state.PageSize,
        }, ct));
        return result.IsSuccess
            ? new TableData<OrganizationListItem> { Items = result.Value.Items, TotalItems = result.Value.TotalCount }
            : new TableData<OrganizationListItem> { Items = [], TotalItems = 0 };
    }

    private Task<IEnumerable<OrganizationChoice>> SearchDepartments(string? text, CancellationToken ct) =>
        Task.FromResult(_choices.Where(o => o.Kind == OrganizationKind.Department && o.Id != _detail?.ParentId)
            .Where(o => string.IsNullOrWhiteSpace(text) || o.Name.Contains(text.Trim(), StringComparison.Ordinal) || o.Code.StartsWith(text.Trim(), StringComparison.Ordinal))
            .Take(30));

    private async Task StartCreate()
    {
        _choices = await Choices.RunAsync(h => h.HandleAsync());
        (_mode, _detail, _form, _message) = (Mode.Create, null, new Form(), null);
    }

    private async Task StartAsync(OrganizationListItem item, Mode mode)
    {
        var detail = await Get.RunAsync(h => h.HandleAsync(item.Id));
        if (!detail.IsSuccess)
        {
            (_ok, _message) = (false, detail.Error!.Message);
            return;
        }

        _detail = detail.Value;
        _form = new Form
        {
            Code = _detail.Code, Name = _detail.Name, Kind = _detail.Kind, Sector = _detail.Sector,
            ContactPerson = _detail.ContactPerson, ContactPhone = _detail.ContactPhone, Qualification = _detail.Qualification,
        };
        (_reason, _message, _mode) = (null, null, mode);
        if (mode == Mode.Move)
        {
            _choices = await Choices.RunAsync(h => h.HandleAsync());
        }
        else if (mode == Mode.Conflicts)
        {
            var conflicts = await Relations.RunAsync(h => h.ConflictsOfAsync(item.Id));
            _conflicts = conflicts.IsSuccess ? conflicts.Value : [];
        }
    }

    private void Close() => (_mode, _detail) = (Mode.None, null);

    private async Task SaveAsync()
    {
        var f = _form;
        var result = _mode == Mode.Create
            ? (BudgetPerformance.Domain.Common.Result)await Manage.RunAsync(h => h.CreateAsync(new CreateOrganizationRequest(f.Code, f.Name, f.Kind, f.Department?.Id, f.Sector, null, f.ContactPerson, f.ContactPhone, f.Qualification)))
            : await Manage.RunAsync(h => h.EditAsync(_detail!.Id, new EditOrganizationRequest(_detail.Revision, f.Code, f.Name, f.Sector, f.ContactPerson, f.ContactPhone, f.Qualification)));
        await DoneAsync(result, _mode == Mode.Create ? $"已新建“{f.Name}”。" : $"已保存“{f.Name}”。");
    }

    private async Task MoveAsync()
    {
        var detail = _detail!;
        var result = await Manage.RunAsync(h => h.MoveAsync(detail.Id, new MoveOrganizationRequest(detail.Revision, _form.Department?.Id ?? 0)));
        await DoneAsync(result, result.IsSuccess
            ? $"已将“{detail.Name}”划入“{_form.Department!.Name}”，随转 {result.Value.ProjectsMoved} 个项目、{result.Value.TargetsMoved} 个绩效目标。"
            : string.Empty);
    }

    private async Task CloseOrganizationAsync()
    {
        var detail = _detail!;
        var result = await Manage.RunAsync(h => h.CloseAsync(detail.Id, new CloseOrganizationRequest(detail.Revision, _reason ?? string.Empty)));
        await DoneAsync(result, result.IsSuccess
            ? $"已撤销“{detail.Name}”，停用 {result.Value.UsersDeactivated} 个账户。{(result.Value.OpenYearProjects > 0 ? $"该单位在未结束年度还有 {result.Value.OpenYearProjects} 个项目，保留为历史记录。" : string.Empty)}"
            : string.Empty);
    }

    private async Task ReopenAsync(OrganizationListItem item)
    {
        var detail = await Get.RunAsync(h => h.HandleAsync(item.Id));
        var result = detail.IsSuccess
            ? await Manage.RunAsync(h => h.ReopenAsync(item.Id, new ReopenOrganizationRequest(detail.Value.Revision)))
            : detail;
        await DoneAsync(result, $"已恢复“{item.Name}”；其账户需在“用户与角色”中另行启用。");
    }

    private async Task DoneAsync(BudgetPerformance.Domain.Common.Result result, string success)
    {
        (_ok, _message) = result.IsSuccess ? (true, success) : (false, result.Error!.Message);
        if (result.IsSuccess)
        {
            Close();
        }

        await _table.ReloadServerData();
    }

    private Task KindChangedAsync(OrganizationKind? value) { _kind = value; return _table.ReloadServerData(); }

    private Task KeywordChangedAsync(string? value) { _keyword = value; return _table.ReloadServerData(); }

    private Task IncludeClosedChangedAsync(bool value) { _includeClosed = value; return _table.ReloadServerData(); }
}
