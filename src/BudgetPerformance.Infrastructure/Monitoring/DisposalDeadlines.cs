using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetPerformance.Infrastructure.Monitoring;

/// <summary>
/// The daily check of disposal deadlines: shortly after start and then every <see cref="Interval"/>, each pending
/// disposal whose deadline (北京时间) has passed suspends its project (暂缓拨款), in a unit of work of its own and on the
/// audit record as the system's act. Running it more often than daily changes nothing: a day is overdue once.
/// </summary>
public sealed class DisposalDeadlines(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DisposalDeadlines> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                await CheckAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime));
            var suspended = await scope.ServiceProvider.GetRequiredService<DisposalsHandler>().SuspendOverdueAsync(today, ct);
            if (suspended > 0)
            {
                logger.LogInformation("逾期未处置，已自动暂缓拨款 {Count} 个项目", suspended);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database may be briefly unavailable: the next check tries again.
            logger.LogWarning(ex, "检查处置期限失败，稍后重试");
        }
    }
}
