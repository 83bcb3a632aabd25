using BudgetPerformance.Web.Security;
using BudgetPerformance.Application.Indicators;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Targets;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace BudgetPerformance.Web.Components.Pages.Targets;

/// <summary>One editable indicator row of the form.</summary>
public sealed class IndicatorRowModel
{
    public Level1 Level1 { get; set; } = Level1.Output;
    public Level2 Level2 { get; set; } = Level2.Quantity;
    public string Name { get; set; } = string.Empty;
    public string Value { get; set; } = string.Empty;
    public decimal? Weight { get; set; }
    public ValueSource ValueSource { get; set; } = ValueSource.Plan;

    /// <summary>How the platform read <see cref="Value"/> when it was saved ("≥100%" for "100%").</summary>
    public string? ReadAs { get; set; }
    public string? ScoringStandard { get; set; }
    public long? LibraryIndicatorId { get; set; }
    public decimal? LastYearActual { get; set; }

    public TargetIndicatorRow ToRow() => new(
        IndicatorFrameworks.Name(Level1), IndicatorFrameworks.Name(Level2), Name, Value,
        Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture), IndicatorFrameworks.Name(ValueSource), ScoringStandard,
        LibraryIndicatorId, LastYearActual?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The form shows the value as the unit wrote it, so an assumption stays visible until the unit changes it.</summary>
    public static IndicatorRowModel From(TargetIndicatorDto i) => new()
    {
        Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Value = i.Written ?? i.Value, ReadAs = i.Value, Weight = i.Weight == 0 ? null : i.Weight, ValueSource = i.ValueSource,
        ScoringStandard = i.ScoringStandard, LibraryIndicatorId = i.LibraryIndicatorId, LastYearActual = i.LastYearActual,
    };

    public static IndicatorRowModel From(LibraryIndicatorDto i, IndicatorFramework framework)
    {
        var (level1, level2) = IndicatorFrameworks.Place(framework, i.Level2);
        return new IndicatorRowModel
        {
            Level1 = level1, Level2 = level2, Name = i.Name, Value = i.TypicalValue, ValueSource = i.ValueSource,
            ScoringStandard = i.ScoringStandard, LibraryIndicatorId = i.Id,
        };
    }
}

public partial class TargetEditor : IDisposable
{
    private TargetDto? _target;
    private string? _error;
    private string? _message;
    private bool _busy;
    private IndicatorFramework _framework;
    private string? _overallGoal;
    private string? _annualGoal;
    private List<IndicatorRowModel> _rows = [];
    private AutoReviewDto? _review;
    private bool _reviewIsLive;
    private CancellationTokenSource? _previewCts;
    private IReadOnlyList<TargetVersionDto> _versions = [];

    // review forms: no grade is chosen until the reviewer chooses one
    private string? _comment;
    private ReviewGrade? _grade;
    private readonly Dictionary<ReviewDimension, ReviewGrade?> _dimensions = Enum.GetValues<ReviewDimension>().ToDictionary(d => d, _ => (ReviewGrade?)null);
    private string? _adjustReason;
    private bool _dirty;

    // library panel
    private string? _libraryKeyword;
    private Level1? _libraryLevel1;
    private Domain.Organizations.Sector? _librarySector;
    private IReadOnlyList<LibraryIndicatorDto> _library = [];

    [Parameter]
    public long Id { get; set; }

    [Inject] private Operation<GetTargetHandler> Get { get; set; } = default!;
    [Inject] private Operation<SaveTargetHandler> Save { get; set; } = default!;
    [Inject] private Operation<PreviewTargetReviewHandler> Preview { get; set; } = default!;
    [Inject] private Operation<SubmitTargetHandler> Submit { get; set; } = default!;
    [Inject] private Operation<DepartmentReviewHandler> DepartmentReview { get; set; } = default!;
    [Inject] private Operation<FinanceReviewHandler> FinanceReview { get; set; } = default!;
    [Inject] private Operation<ConfirmRefinementHandler> ConfirmRefinement { get; set; } = default!;
    [Inject] private Operation<ApproveTargetHandler> Approve { get; set; } = default!;
    [Inject] private Operation<PublishTargetHandler> Publish { get; set; } = default!;
    [Inject] private Operation<StartAdjustmentHandler> Adjust { get; set; } = default!;
    [Inject] private Operation<ListTargetVersionsHandler> Versions { get; set; } = default!;
    [Inject] private Operation<SearchLibraryHandler> Library { get; set; } = default!;
    [Inject] private Operation<BudgetPerformance.Application.RuleOutcomes.RederiveRuleOutcomeHandler> Rederive { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private BudgetPerformance.Application.RuleOutcomes.RederivationDto? _rederivation;

    private async Task RederiveAsync()
    {
        var result = await Rederive.RunAsync(h => h.HandleAsync(_review!.OutcomeId));
        _rederivation = result.IsSuccess ? result.Value : null;
        _error = result.IsSuccess ? null : result.Error!.Message;
    }

    private bool Editable => _target?.Permissions.Edit == true;

    private decimal TotalWeight => _rows.Sum(r => r.Weight ?? 0);

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var result = await Get.RunAsync(h => h.HandleAsync(Id));
        if (!result.IsSuccess)
        {
            _error = result.Error!.Message;
            _target = null;
            return;
        }

        Show(result.Value);
        var versions = await Versions.RunAsync(h => h.HandleAsync(Id));
        _versions = versions.IsSuccess ? versions.Value : [];
        if (Editable)
        {
            await SearchLibraryAsync();
        }
    }

    private void Show(TargetDto t)
    {
        _target = t;
        _error = null;
        _framework = t.Framework;
        _overallGoal = t.OverallGoal;
        _annualGoal = t.AnnualGoal;
        _rows = t.Indicators.Select(IndicatorRowModel.From).ToList();
        _review = t.AutoReview;
        _reviewIsLive = false;
        _rederivation = null;
        _dirty = false;
        _librarySector ??= t.Sector;
    }

    /// <summary>The review's findings about how this row's cells were read (R..) and what must be fixed (F..).</summary>
    private IReadOnlyList<FindingDto> FindingsOf(IndicatorRowModel row) =>
        _review?.Findings.Where(f => f.Indicator == row.Name && (f.Rule.StartsWith('R') || f.Rule.StartsWith('F'))).ToList() ?? [];

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!_dirty)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync("有未保存的修改", "绩效指标有未保存的修改，离开后这些修改将丢失。确定离开吗？", yesText: "离开", cancelText: "留在本页");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    /// <summary>Draft-time review: the unsaved form is checked a moment after the user stops typing.</summary>
    private void Changed()
    {
        _dirty = Editable;
        _previewCts?.Cancel();
        _previewCts = new CancellationTokenSource();
        var token = _previewCts.Token;
        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(500, token);
                var request = new PreviewReviewRequest(Id, _framework, _overallGoal, _annualGoal, _rows.Select(r => r.ToRow()).ToList());
                var result = await Preview.RunAsync(h => h.HandleAsync(request, token));
                if (!token.IsCancellationRequested && result.IsSuccess)
                {
                    _review = result.Value;
                    _reviewIsLive = true;
                    StateHasChanged();
                }
            }
            catch (OperationCanceledException)
            {
                // A newer edit replaced this review.
            }
        });
    }

    private void FrameworkChanged(IndicatorFramework framework)
    {
        _framework = framework;
        foreach (var row in _rows)
        {
            (row.Level1, row.Level2) = IndicatorFrameworks.Move(framework, row.Level2);
        }

        Changed();
    }

    private void AddRow()
    {
        _rows.Add(new IndicatorRowModel { Level1 = Level1.Output, Level2 = Level2.Quantity });
        Changed();
    }

    private void RemoveRow(IndicatorRowModel row)
    {
        _rows.Remove(row);
        Changed();
    }

    private void AddFromLibrary(LibraryIndicatorDto indicator)
    {
        _rows.Add(IndicatorRowModel.From(indicator, _framework));
        _message = $"已从指标库添加“{indicator.Name}”，请按本项目调整指标值和分值。";
        Changed();
    }

    private async Task SearchLibraryAsync()
    {
        var result = await Library.RunAsync(h => h.HandleAsync(new SearchLibraryQuery(_libraryKeyword, _librarySector, _libraryLevel1, PageSize: 15)));
        _library = result.IsSuccess ? result.Value.Items : [];
    }

    private async Task LibraryKeywordChangedAsync(string? keyword)
    {
        _libraryKeyword = keyword;
        await SearchLibraryAsync();
    }

    private async Task LibraryLevel1ChangedAsync(Level1? level1)
    {
        _libraryLevel1 = level1;
        await SearchLibraryAsync();
    }

    private async Task LibrarySectorChangedAsync(Domain.Organizations.Sector? sector)
    {
        _librarySector = sector;
        await SearchLibraryAsync();
    }

    private async Task RunAsync(Func<Task<Domain.Common.Result<TargetDto>>> action, string done)
    {
        _busy = true;
        _message = null;
        _previewCts?.Cancel();
        var result = await action();
        _busy = false;
        if (!result.IsSuccess)
        {
            _error = result.Error!.Message + (result.Error.Details.Count > 1 ? "（" + string.Join("；", result.Error.Details.Skip(1).Take(5)) + "）" : string.Empty);
            if (result.Error.Kind == Domain.Common.ErrorKind.Validation && _target is not null)
            {
                // The submission was refused: show the findings it produced.
                var fresh = await Get.RunAsync(h => h.HandleAsync(Id));
                if (fresh.IsSuccess)
                {
                    _review = fresh.Value.AutoReview;
                    _reviewIsLive = false;
                }
            }

            return;
        }

        Show(result.Value);
        _message = done;
        _comment = null;
        var versions = await Versions.RunAsync(h => h.HandleAsync(Id));
        _versions = versions.IsSuccess ? versions.Value : [];
    }

    private Task SaveAsync() => RunAsync(() => Save.RunAsync(h => h.HandleAsync(new SaveTargetRequest(Id, _target!.Revision, _framework, _overallGoal, _annualGoal, _rows.Select(r => r.ToRow()).ToList()))), "已保存并完成自动审核。");

    private async Task SubmitAsync()
    {
        await SaveAsync();
        if (_error is null)
        {
            await RunAsync(() => Submit.RunAsync(h => h.HandleAsync(new SubmitTargetRequest(Id, _target!.Revision))), "已提交，等待主管部门审核。");
        }
    }

    private Task DepartmentAsync(bool approve) => RunAsync(() => DepartmentReview.RunAsync(h => h.HandleAsync(new DepartmentReviewRequest(Id, approve, _comment))), approve ? "已审核通过，报送财政部门。" : "已退回申报单位。");

    private async Task FinanceAsync()
    {
        if (_grade is not { } grade || _dimensions.Values.Any(g => g is null))
        {
            _error = "请先选择总体评级和完整性、相关性、适当性、可行性四个维度的评级。";
            return;
        }

        await RunAsync(() => FinanceReview.RunAsync(h => h.HandleAsync(new FinanceReviewRequest(
            Id, grade, _dimensions[ReviewDimension.Completeness]!.Value, _dimensions[ReviewDimension.Relevance]!.Value, _dimensions[ReviewDimension.Appropriateness]!.Value,
            _dimensions[ReviewDimension.Feasibility]!.Value, _comment))), "财政审核意见已保存。");
    }

    private Task ConfirmAsync() => RunAsync(() => ConfirmRefinement.RunAsync(h => h.HandleAsync(new ConfirmRefinementRequest(Id, _comment))), "已确认协商完善，审核通过。");

    private async Task ApproveAsync()
    {
        var money = _target!.ProjectFundsWanYuan is { } m ? $"项目资金 {m} 万元，" : string.Empty;
        if (await ConfirmAsync("确认批复", $"批复“{_target.SubjectName}”：{money}绩效目标（{_target.Indicators.Count} 个三级指标）随预算批复。批复后目标内容不能再修改，如需变更须发起调整。", "批复"))
        {
            await RunAsync(() => Approve.RunAsync(h => h.HandleAsync(Id)), "已随预算批复。");
        }
    }

    private async Task PublishAsync()
    {
        if (await ConfirmAsync("确认公开", $"公开“{_target!.SubjectName}”的绩效目标（{_target.Indicators.Count} 个三级指标）：公开后社会公众可以查看，且不能撤回。", "公开"))
        {
            await RunAsync(() => Publish.RunAsync(h => h.HandleAsync(Id)), "已公开。");
        }
    }

    private async Task<bool> ConfirmAsync(string title, string message, string yes) =>
        await Dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: "取消") == true;

    private async Task AdjustAsync()
    {
        var result = await Adjust.RunAsync(h => h.HandleAsync(new StartAdjustmentRequest(Id, _adjustReason ?? string.Empty)));
        if (!result.IsSuccess)
        {
            _error = result.Error!.Message;
            return;
        }

        Navigation.NavigateTo($"/targets/{result.Value}");
    }

    private static Color SeverityColor(FindingSeverity s) => s switch
    {
        FindingSeverity.Error => Color.Error,
        FindingSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };

    private static Severity AlertSeverity(FindingSeverity s) => s switch
    {
        FindingSeverity.Error => Severity.Error,
        FindingSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };

    public void Dispose()
    {
        _previewCts?.Cancel();
        _previewCts?.Dispose();
    }
}
