using BudgetPerformance.Web.Security;
using BudgetPerformance.Application.Dashboard;
using MudBlazor;

namespace BudgetPerformance.Web.Components.Pages.Dashboard;

public partial class Home
{
    private IReadOnlyList<int> _years = [];
    private int _year;
    private DashboardDto? _data;
    private BudgetPerformance.Application.Targets.BudgetApprovalSummary? _budget;
    private List<ChartSeries<double>> _kindSeries = [];
    private string[] _kindLabels = [];
    private List<ChartSeries<double>> _deptSeries = [];
    private string[] _deptLabels = [];

    protected override async Task OnInitializedAsync()
    {
        _years = await FiscalYears.RunAsync(h => h.HandleAsync());
        _year = ListFiscalYearsHandler.DefaultYear(_years, Clock);
        await LoadAsync();
    }

    private async Task YearChangedAsync(int year)
    {
        _year = year;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _data = await Dashboard.RunAsync(h => h.HandleAsync(_year));
        _budget = await BudgetApproval.RunAsync(h => h.SummaryAsync(_year));
        _kindLabels = _data.ByBudgetKind.Select(s => s.Name).ToArray();
        _kindSeries = [new ChartSeries<double> { Name = "金额（万元）", Data = _data.ByBudgetKind.Select(s => (double)s.WanYuan).ToArray() }];
        _deptLabels = _data.ByOrganization.Select(s => Short(s.Name)).ToArray();
        _deptSeries = [new ChartSeries<double> { Name = "金额（万元）", Data = _data.ByOrganization.Select(s => (double)s.WanYuan).ToArray() }];
    }

    // Chart axes have little room: drop the county prefix of department names.
    private static string Short(string name) => name.Length > 6 ? name[3..] : name;
}
