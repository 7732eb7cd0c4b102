using System.Globalization;
using System.Text.Json;

namespace Styrmodell.Json.Diagnosis;

/// <summary>
/// Walks a parsed document beside the format's JSON Schema and reports every value of the wrong type, every missing
/// required property and every number outside its range, each at its own path — all of them, not the first.
/// </summary>
/// <remarks>
/// Only types, required properties, enumerations and number ranges are checked here: the reader checks the rest
/// (patterns, ids, references) with its own messages once the shape is right. Runs only after the fast reader has
/// failed, so a valid document never pays for it.
/// </remarks>
internal sealed class ShapeCheck
{
    private static readonly Lazy<JsonDocument> SchemaDocument = new(() => JsonDocument.Parse(ModelJson.Schema));

    private readonly JsonElement _schema;
    private readonly List<JsonProblem> _problems = [];

    private ShapeCheck(JsonElement schema) => _schema = schema;

    public static IReadOnlyList<JsonProblem> Problems(JsonElement root)
    {
        var check = new ShapeCheck(SchemaDocument.Value.RootElement);
        check.Walk(root, check._schema, "$");
        return check._problems;
    }

    private void Walk(JsonElement value, JsonElement schema, string path)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (Alternatives(schema) is { } branches)
        {
            WalkAlternatives(value, branches, path);
            return;
        }

        if (Types(schema) is { Count: > 0 } types && !types.Any(t => Matches(value, t)))
        {
            _problems.Add(new(path, JsonProblemCodes.InvalidJson, $"Expected {Words(types)}, found {Quoted.Found(value)}."));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            var names = allowed.EnumerateArray().Where(a => a.ValueKind != JsonValueKind.Null).Select(a => a.GetRawText());
            _problems.Add(new(path, JsonProblemCodes.InvalidValue, $"Expected one of {string.Join(", ", names)}, found {Quoted.Found(value)}."));
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                CheckRange(value, schema, path);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, items, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"));
                }

                break;
            case JsonValueKind.Object:
                WalkObject(value, schema, path);
                break;
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Walk(value, part, path);
            }
        }
    }

    private void WalkObject(JsonElement value, JsonElement schema, string path)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            var missing = required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)).ToList();
            if (missing.Count > 0)
            {
                _problems.Add(new(path, JsonProblemCodes.InvalidJson, missing.Count == 1
                    ? $"The required property '{missing[0]}' is missing."
                    : $"The required properties {string.Join(", ", missing.Select(m => $"'{m}'"))} are missing."));
            }
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Walk(property.Value, propertySchema, $"{path}.{property.Name}");
                }
            }
        }
    }

    /// <summary>anyOf/oneOf: the value is walked in the one branch its type fits; when it fits none, that is the problem.</summary>
    private void WalkAlternatives(JsonElement value, List<JsonElement> branches, string path)
    {
        var fitting = branches.Where(b => Types(Resolve(b)) is not { Count: > 0 } types || types.Any(t => Matches(value, t))).ToList();
        if (fitting.Count == 0)
        {
            _problems.Add(new(path, JsonProblemCodes.InvalidJson,
                $"Expected {Words(branches.SelectMany(b => Types(Resolve(b)) ?? []).Distinct().ToList())}, found {Quoted.Found(value)}."));
        }
        else if (fitting.Count == 1)
        {
            Walk(value, fitting[0], path);
        }
    }

    private void CheckRange(JsonElement value, JsonElement schema, string path)
    {
        var number = value.GetDouble();
        var below = schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble();
        var above = schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble();
        if (below || above)
        {
            var range = (minimum.ValueKind, maximum.ValueKind) switch
            {
                (JsonValueKind.Number, JsonValueKind.Number) => $"from {Short(minimum)} to {Short(maximum)}",
                (JsonValueKind.Number, _) => $"of at least {Short(minimum)}",
                _ => $"of at most {Short(maximum)}",
            };
            // Beyond int32's or decimal's limits the reader cannot hold the number at all: a shape error, as a wrong type is.
            var code = Math.Abs((below ? minimum : maximum).GetDouble()) >= int.MaxValue ? JsonProblemCodes.InvalidJson : JsonProblemCodes.InvalidValue;
            _problems.Add(new(path, code, $"Expected a number {range}, found {Quoted.Found(value)}."));
        }
    }

    /// <summary>Decimal's limits read as ±7.9e28 rather than 29 digits; other bounds as written.</summary>
    private static string Short(JsonElement bound) =>
        bound.GetRawText().Length > 15 ? bound.GetDouble().ToString("0.#e0", CultureInfo.InvariantCulture) : bound.GetRawText();

    private static bool Matches(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && Math.Floor(value.GetDouble()) == value.GetDouble(),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static List<string>? Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.EnumerateArray().Select(t => t.GetString()!).ToList();

    private static List<JsonElement>? Alternatives(JsonElement schema) =>
        schema.TryGetProperty("anyOf", out var any) ? any.EnumerateArray().ToList()
        : schema.TryGetProperty("oneOf", out var one) ? one.EnumerateArray().ToList()
        : null;

    /// <summary>"a number or null", "a string": the schema's types as a phrase.</summary>
    private static string Words(List<string> types)
    {
        var words = types.Select(t => t switch
        {
            "string" => "a string",
            "number" => "a number",
            "integer" => "a whole number",
            "boolean" => "true or false",
            "object" => "an object",
            "array" => "an array",
            _ => t,
        }).ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words[..^1]) + " or " + words[^1];
    }

    private JsonElement Resolve(JsonElement schema)
    {
        // The format's schema refers only to its own $defs (#/$defs/name).
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
            && reference.GetString() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            schema = _schema.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]);
        }

        return schema;
    }
}
