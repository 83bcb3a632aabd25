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
    }

    /// <summary>The bar's length as a share of the largest organisation's money.</summary>
    private double BarWidth(decimal wanYuan)
    {
        var max = _data!.ByOrganization.Count == 0 ? 0 : _data.ByOrganization.Max(s => s.WanYuan);
        return max <= 0 ? 0 : Math.Round((double)(wanYuan / max) * 100, 1);
    }
}
