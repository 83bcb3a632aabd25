using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Auditing;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>The chain's anchors outside the database, for verification.</summary>
public sealed class AuditChainAnchors(AuditChainSettings chain, AuditSealer sealer) : IAuditChainAnchors
{
    public AuditKeyRing Keys => chain.Keys;

    public (IReadOnlyList<AuditCheckpoint> Checkpoints, IReadOnlyList<string> Problems) ExternalCheckpoints() => chain.CheckpointLog.ReadAll();

    public Task SealAsync(CancellationToken ct) => sealer.SealAsync(ct);

    public Task CheckpointAsync(CancellationToken ct) => sealer.CheckpointAsync(true, ct);
}
