using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>
/// Seals records that no save sealed (after a crash, or a bulk load's own transaction) and anchors the head in a
/// checkpoint when it moved, every few seconds; a last checkpoint on shutdown.
/// </summary>
public sealed class AuditMaintenance(AuditSealer sealer, AuditChainSettings chain, ILogger<AuditMaintenance> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, chain.SealIntervalSeconds)));
        var sinceCheckpoint = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await sealer.SealAsync(stoppingToken);
                sinceCheckpoint += Math.Max(1, chain.SealIntervalSeconds);
                if (sinceCheckpoint >= chain.CheckpointIntervalSeconds)
                {
                    await sealer.CheckpointAsync(false, stoppingToken);
                    sinceCheckpoint = 0;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next tick tries again.
                logger.LogWarning(ex, "审计链封存或检查点失败，稍后重试");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await sealer.SealAsync(cancellationToken);
            await sealer.CheckpointAsync(false, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "停止时未能写入审计检查点");
        }
    }
}
