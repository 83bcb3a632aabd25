namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>Where the chain's secrets and checkpoints live (outside the database), and how often the chain is anchored.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Folder for the key file and the checkpoint log; default: "audit" under the database's data folder.</summary>
    public string? Directory { get; set; }

    /// <summary>The chain key ring (JSON); default: chain-keys.json in <see cref="Directory"/>, created on first start.</summary>
    public string? KeyFile { get; set; }

    /// <summary>
    /// The key ring itself as JSON (for example from an environment variable or a secret store), instead of a file:
    /// {"current":1,"keys":[{"id":1,"secret":"base64…"}]}.
    /// </summary>
    public string? Keys { get; set; }

    /// <summary>Append-only log of signed checkpoints; default: checkpoints.log in <see cref="Directory"/>.</summary>
    public string? CheckpointFile { get; set; }

    /// <summary>At most one checkpoint per this many seconds (0: after every sealing run).</summary>
    public int CheckpointIntervalSeconds { get; set; } = 30;

    /// <summary>How often the background sealer looks for records left unsealed (a crash, a bulk load).</summary>
    public int SealIntervalSeconds { get; set; } = 5;

    public string ResolveDirectory(string dataDirectory) => Directory ?? Path.Combine(dataDirectory, "audit");
}
