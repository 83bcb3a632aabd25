using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Web.Api;

/// <summary>
/// Bounds every API input before a use case sees it: JSON bodies refuse null where the contract has no null
/// (<c>indicators: null</c>), missing required members, enum numbers that name nothing (an unknown framework or role),
/// and strings beyond any field's length; query and route enums are checked the same way. A refusal is a 400 naming
/// the field (ProblemDetailsSetup turns the JsonException into Chinese), never a 500 or a stored nonsense value.
/// </summary>
public static class InputBounds
{
    /// <summary>Longer than any free-text field of the platform (goals are 2,000, comments 1,000).</summary>
    public const int MaxStringLength = 20_000;

    public static IServiceCollection AddInputBounds(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.Converters.Add(new DefinedEnumConverterFactory());
            o.SerializerOptions.Converters.Add(new BoundedStringConverter());
        });

    /// <summary>An endpoint filter for every API group: enum arguments bound from the route or the query must be defined.</summary>
    public static TBuilder WithInputBounds<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            foreach (var argument in context.Arguments)
            {
                if (argument is Enum value && !IsDefined(value))
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                        detail: $"参数值“{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}”不是有效的“{value.GetType().Name}”选项。");
                }
            }

            return await next(context);
        });

    internal static bool IsDefined(Enum value)
    {
        var type = value.GetType();
        if (Enum.IsDefined(type, value))
        {
            return true;
        }

        if (type.GetCustomAttribute<FlagsAttribute>() is null)
        {
            return false;
        }

        var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0L, (bits, v) => bits | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
        var given = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        return (given & ~all) == 0;
    }

    private sealed class DefinedEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(DefinedEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class DefinedEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            T value;
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
            {
                value = (T)Enum.ToObject(typeof(T), number);
            }
            else if (reader.TokenType == JsonTokenType.String && Enum.TryParse<T>(reader.GetString(), ignoreCase: true, out var named) && !int.TryParse(reader.GetString(), out _))
            {
                value = named;
            }
            else
            {
                throw new JsonException($"不是有效的“{typeof(T).Name}”选项。");
            }

            return IsDefined(value) ? value : throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} 不是有效的“{typeof(T).Name}”选项。");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class BoundedStringConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("应为文字。");
            }

            if ((reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > MaxStringLength * 4L)
            {
                throw new JsonException($"文字过长：不超过 {MaxStringLength} 个字。");
            }

            var text = reader.GetString()!;
            return text.Length > MaxStringLength ? throw new JsonException($"文字过长：不超过 {MaxStringLength} 个字（现有 {text.Length} 个字）。") : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
