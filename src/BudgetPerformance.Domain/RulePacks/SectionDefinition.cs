using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.RulePacks;

/// <summary>
/// Turns the stored settings of an older schema into the next one (schema n → n+1). Each step keeps what the old
/// settings meant: a setting added by a step gets the value that reproduces the old behaviour.
/// </summary>
public sealed record SectionUpgrade(int FromSchema, string Description, Func<JsonObject, JsonObject> Apply)
{
    /// <summary>The settings the step adds: for shipped packs the platform's own values replace what the step filled in.</summary>
    public IReadOnlyList<string> AddedFields { get; init; } = [];
}

/// <summary>
/// What a stage's section of a rule pack is: its settings (names, meanings, ranges), its current schema version, the
/// upgrade steps from older schemas, and the rules that tie settings together. Reading is strict: an unknown or a
/// missing setting is an error, never a silent default.
/// </summary>
public abstract class SectionDefinition
{
    protected static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.General)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public abstract RuleStage Stage { get; }

    public abstract int SchemaVersion { get; }

    public abstract IReadOnlyList<SettingField> Fields { get; }

    public abstract IReadOnlyList<SectionUpgrade> Upgrades { get; }

    public string StageName => RuleStages.Name(Stage);

    /// <summary>Brings settings written under <paramref name="fromSchema"/> to the current schema.</summary>
    public Result<JsonObject> Upgrade(JsonObject settings, int fromSchema)
    {
        if (fromSchema < 1 || fromSchema > SchemaVersion)
        {
            return Error.Validation($"{StageName}规则的结构版本 {fromSchema} 无效：本平台支持第 1–{SchemaVersion} 版。", "SchemaVersion");
        }

        var current = (JsonObject)settings.DeepClone();
        for (var schema = fromSchema; schema < SchemaVersion; schema++)
        {
            var step = Upgrades.SingleOrDefault(u => u.FromSchema == schema)
                ?? throw new InvalidOperationException($"{StageName}规则缺少从第 {schema} 版升级的步骤。");
            current = step.Apply(current);
        }

        return current;
    }

    /// <summary>
    /// The settings with each name spelled as the schema spells it: the API's JSON is camelCase ("minLevel3Count"),
    /// storage uses the schema's names; a name given twice in two spellings is a problem.
    /// </summary>
    public (JsonObject Settings, IReadOnlyList<string> Problems) Canonical(JsonObject settings)
    {
        var result = new JsonObject();
        var problems = new List<string>();
        foreach (var (name, node) in settings)
        {
            var field = Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            var canonical = field?.Name ?? name;
            if (result.ContainsKey(canonical))
            {
                problems.Add($"{StageName}规则中设置项“{field?.Label ?? name}”出现了两次。");
                continue;
            }

            result[canonical] = node?.DeepClone();
        }

        return (result, problems);
    }

    /// <summary>Every problem of a settings object of the current schema: unknown, missing, wrong type, out of range.</summary>
    public IReadOnlyList<string> CheckShape(JsonObject settings)
    {
        var problems = new List<string>();
        var known = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, _) in settings)
        {
            if (!known.ContainsKey(name))
            {
                problems.Add($"{StageName}规则中有未知的设置项“{name}”。");
            }
        }

        foreach (var field in Fields)
        {
            if (!settings.TryGetPropertyValue(field.Name, out var node))
            {
                problems.Add($"{StageName}规则缺少设置项“{field.Label}”（{field.Name}）：{field.Meaning}");
                continue;
            }

            if (field.Check(node) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>The settings that differ between two settings objects of the current schema, in field order.</summary>
    public IReadOnlyList<SettingChange> Diff(JsonObject before, JsonObject after) =>
        Fields
            .Where(f => !JsonNode.DeepEquals(before[f.Name], after[f.Name]))
            .Select(f => new SettingChange(f.Name, f.Label, f.Display(before[f.Name]), f.Display(after[f.Name])))
            .ToList();

    /// <summary>Checks settings of the current schema strictly and gives them back as stored (the editor's and the API's path).</summary>
    public abstract Result<JsonObject> Validate(JsonObject settings);

    /// <summary>Each setting with its label, meaning and value as shown to users.</summary>
    public IReadOnlyList<(SettingField Field, string Value)> Describe(JsonObject settings) =>
        Fields.Select(f => (f, f.Display(settings[f.Name]))).ToList();
}

/// <summary>A section definition bound to the settings record the stage's rules read.</summary>
public abstract class SectionDefinition<T> : SectionDefinition where T : class
{
    /// <summary>Rules between settings (e.g. 二级下限 ≥ 一级下限); each problem in Chinese.</summary>
    protected abstract IEnumerable<string> CrossCheck(T settings);

    /// <summary>Reads stored settings: upgraded to the current schema, then checked field by field and as a whole.</summary>
    public Result<T> Read(JsonObject settings, int schema)
    {
        var upgraded = Upgrade(settings, schema);
        return upgraded.IsSuccess ? Read(upgraded.Value) : upgraded.Error!;
    }

    /// <summary>Reads settings of the current schema (a revision from the editor or the API).</summary>
    public Result<T> Read(JsonObject settings)
    {
        var (canonical, duplicates) = Canonical(settings);
        settings = canonical;
        var problems = duplicates.Concat(CheckShape(settings)).ToList();
        if (problems.Count > 0)
        {
            return Error.Many($"{StageName}规则有 {problems.Count} 处问题：{problems[0]}", problems, "Settings");
        }

        T value;
        try
        {
            value = settings.Deserialize<T>(Strict) ?? throw new JsonException("null");
        }
        catch (JsonException ex)
        {
            return Error.Validation($"{StageName}规则无法读取：{ex.Message}", "Settings");
        }

        problems.AddRange(CrossCheck(value));
        return problems.Count > 0 ? Error.Many($"{StageName}规则有 {problems.Count} 处问题：{problems[0]}", problems, "Settings") : value;
    }

    public JsonObject Write(T settings) => (JsonObject)JsonSerializer.SerializeToNode(settings, Strict)!;

    public override Result<JsonObject> Validate(JsonObject settings)
    {
        var read = Read(settings);
        return read.IsSuccess ? Write(read.Value) : read.Error!;
    }

    /// <summary>Parses settings text (as stored or posted).</summary>
    public static Result<JsonObject> Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o ? o : Error.Validation("规则设置应为 JSON 对象。", "Settings");
        }
        catch (JsonException ex)
        {
            return Error.Validation($"规则设置不是有效的 JSON：{ex.Message}", "Settings");
        }
    }
}
