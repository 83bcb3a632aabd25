using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPerformance.Domain.Auditing;

namespace BudgetPerformance.Infrastructure.Auditing;

/// <summary>
/// Loads the chain key ring from configuration or from its file, creating a first key when there is none, and rotates
/// it. The keys never enter the database: whoever can edit the audit table cannot recompute the chain.
/// </summary>
public static class AuditKeyStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static AuditKeyRing Load(AuditOptions options, string directory)
    {
        if (!string.IsNullOrWhiteSpace(options.Keys))
        {
            return Parse(options.Keys, "配置项 Audit:Keys");
        }

        var path = KeyFilePath(options, directory);
        if (!File.Exists(path))
        {
            Write(path, new KeyFile(1, [new StoredKey(1, Convert.ToBase64String(AuditKey.Generate(1).Secret), DateTime.UtcNow)]));
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Adds a key and makes it current; records sealed before keep verifying with their own key.</summary>
    public static int Rotate(AuditOptions options, string directory)
    {
        if (!string.IsNullOrWhiteSpace(options.Keys))
        {
            throw new InvalidOperationException("密钥环由配置项 Audit:Keys 提供：请在该配置中追加新密钥并修改 current。");
        }

        Load(options, directory);
        var path = KeyFilePath(options, directory);
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), Json)!;
        var id = file.Keys.Max(k => k.Id) + 1;
        Write(path, new KeyFile(id, [.. file.Keys, new StoredKey(id, Convert.ToBase64String(AuditKey.Generate(id).Secret), DateTime.UtcNow)]));
        return id;
    }

    public static string KeyFilePath(AuditOptions options, string directory) => options.KeyFile ?? Path.Combine(directory, "chain-keys.json");

    private static AuditKeyRing Parse(string json, string where)
    {
        try
        {
            var file = JsonSerializer.Deserialize<KeyFile>(json, Json) ?? throw new JsonException("空的密钥环。");
            return new AuditKeyRing(file.Keys.Select(k => new AuditKey(k.Id, Convert.FromBase64String(k.Secret))), file.Current);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new InvalidOperationException($"审计链密钥环（{where}）无法读取：{ex.Message}", ex);
        }
    }

    private static void Write(string path, KeyFile file)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
    }

    private sealed record KeyFile(int Current, IReadOnlyList<StoredKey> Keys);

    private sealed record StoredKey(int Id, string Secret, [property: JsonPropertyName("created")] DateTime Created);
}
