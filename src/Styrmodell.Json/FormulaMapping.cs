using System.Globalization;
using System.Text.Json;
using Styrmodell.Targets;

namespace Styrmodell.Json;

/// <summary>
/// Reads and writes a derived indicator's <c>formula</c>: a JSON tree, one object per part named by its one property
/// (<c>input</c>, <c>constant</c>, <c>sum</c>, <c>difference</c>, <c>product</c>, <c>quotient</c>, <c>min</c>,
/// <c>max</c>, <c>if</c>/<c>then</c>/<c>else</c>; conditions <c>lessThan</c>, <c>atMost</c>, <c>greaterThan</c>,
/// <c>atLeast</c>, <c>equalTo</c>, <c>all</c>, <c>any</c>). Data only: nothing in a document is run as code.
/// </summary>
internal static class FormulaMapping
{
    private const string Shapes = "{\"input\": id} (with \"optional\": true), {\"constant\": n}, {\"sum\"|\"product\"|\"min\"|\"max\": [parts]}, {\"difference\"|\"quotient\": [a, b]} or {\"if\": condition, \"then\": part, \"else\": part}";

    private const string ConditionShapes = "{\"lessThan\"|\"atMost\"|\"greaterThan\"|\"atLeast\"|\"equalTo\": [a, b]} or {\"all\"|\"any\": [conditions]}";

    private static readonly string[] Operations = ["input", "constant", "sum", "product", "min", "max", "difference", "quotient", "if"];

    /// <summary>Reads a formula, adding every problem at its path; <see langword="null"/> when any part is wrong.</summary>
    public static Formula? Read(JsonElement element, string at, List<JsonProblem> problems)
    {
        var before = problems.Count;
        var formula = Part(element, at, problems);
        return problems.Count == before ? formula : null;
    }

    /// <summary>The formula as the document's JSON tree.</summary>
    public static JsonElement Write(Formula formula)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            FormulaJsonTree.Write(json, formula);
        }

        using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth });
        return document.RootElement.Clone();
    }

    private static Formula? Part(JsonElement e, string at, List<JsonProblem> problems)
    {
        var names = e.ValueKind == JsonValueKind.Object ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
        var operation = names.Where(n => Operations.Contains(n, StringComparer.Ordinal)).ToList();
        if (operation.Count != 1)
        {
            problems.Add(new(at, JsonProblemCodes.InvalidValue, $"A formula part is one of {Shapes}; found {Found(e, names)}."));
            return null;
        }

        var name = operation[0];
        var allowed = name switch { "input" => new[] { "input", "optional" }, "if" => ["if", "then", "else"], _ => [name] };
        foreach (var extra in names.Where(n => !allowed.Contains(n, StringComparer.Ordinal)))
        {
            problems.Add(new(JsonPath.Member(at, extra), JsonProblemCodes.InvalidValue, $"A formula part with '{name}' has no '{extra}'; the parts are {Shapes}."));
        }

        var value = e.GetProperty(name);
        var path = JsonPath.Member(at, name);
        switch (name)
        {
            case "input":
                var optional = e.TryGetProperty("optional", out var o) ? o.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => Problem<bool>(problems, JsonPath.Member(at, "optional"), "'optional' is true or false"),
                } : false;
                return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                    ? new Formula.Input(value.GetString()!, optional)
                    : Problem<Formula>(problems, path, "'input' is the node id of the indicator read");
            case "constant":
                return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
                    ? new Formula.Constant(number)
                    : Problem<Formula>(problems, path, "'constant' is a number that fits a decimal");
            case "difference" or "quotient":
                var pair = Parts(value, path, problems, exactly: 2);
                return pair is null ? null : name == "difference" ? new Formula.Difference(pair[0], pair[1]) : new Formula.Quotient(pair[0], pair[1]);
            case "if":
                var when = Condition(value, path, problems);
                var then = e.TryGetProperty("then", out var t) ? Part(t, JsonPath.Member(at, "then"), problems)
                    : Problem<Formula>(problems, JsonPath.Member(at, "then"), "a formula part with 'if' needs 'then'");
                var otherwise = e.TryGetProperty("else", out var f) ? Part(f, JsonPath.Member(at, "else"), problems) : null;
                return when is null || then is null ? null : new Formula.Choice(when, then, otherwise);
            default:
                var terms = Parts(value, path, problems, exactly: 0);
                return terms is null ? null : name switch
                {
                    "sum" => new Formula.Sum(terms),
                    "product" => new Formula.Product(terms),
                    "min" => new Formula.Minimum(terms),
                    _ => new Formula.Maximum(terms),
                };
        }
    }

    private static FormulaCondition? Condition(JsonElement e, string at, List<JsonProblem> problems)
    {
        var names = e.ValueKind == JsonValueKind.Object ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
        if (names.Count != 1)
        {
            problems.Add(new(at, JsonProblemCodes.InvalidValue, $"A condition is one of {ConditionShapes}; found {Found(e, names)}."));
            return null;
        }

        var name = names[0];
        var path = JsonPath.Member(at, name);
        var value = e.GetProperty(name);
        ComparisonOperator? op = name switch
        {
            "lessThan" => ComparisonOperator.LessThan,
            "atMost" => ComparisonOperator.AtMost,
            "greaterThan" => ComparisonOperator.GreaterThan,
            "atLeast" => ComparisonOperator.AtLeast,
            "equalTo" => ComparisonOperator.EqualTo,
            _ => null,
        };
        if (op is { } comparison)
        {
            var pair = Parts(value, path, problems, exactly: 2);
            return pair is null ? null : new FormulaCondition.Comparison(pair[0], comparison, pair[1]);
        }

        if (name is not ("all" or "any"))
        {
            problems.Add(new(at, JsonProblemCodes.InvalidValue, $"A condition is one of {ConditionShapes}; found '{name}'."));
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return Problem<FormulaCondition>(problems, path, $"'{name}' is a non-empty array of conditions");
        }

        var conditions = value.EnumerateArray().Select((c, k) => Condition(c, Index(path, k), problems)).ToList();
        return conditions.Any(c => c is null) ? null : name == "all" ? new FormulaCondition.All(conditions!) : new FormulaCondition.Any(conditions!);
    }

    /// <summary>The parts of an array; <paramref name="exactly"/> 0 means at least one.</summary>
    private static List<Formula>? Parts(JsonElement value, string at, List<JsonProblem> problems, int exactly)
    {
        var count = value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : -1;
        if (exactly > 0 ? count != exactly : count < 1)
        {
            var name = at[(at.LastIndexOf('.') + 1)..];
            return Problem<List<Formula>>(problems, at, exactly > 0 ? $"'{name}' is an array of exactly {exactly} formula parts" : $"'{name}' is a non-empty array of formula parts");
        }

        var parts = value.EnumerateArray().Select((p, k) => Part(p, Index(at, k), problems)).ToList();
        return parts.Any(p => p is null) ? null : [.. parts.OfType<Formula>()];
    }

    private static string Index(string at, int k) => string.Create(CultureInfo.InvariantCulture, $"{at}[{k}]");

    private static T? Problem<T>(List<JsonProblem> problems, string at, string expected)
    {
        problems.Add(new(at, JsonProblemCodes.InvalidValue, expected + "."));
        return default;
    }

    private static string Found(JsonElement e, List<string> names) =>
        e.ValueKind != JsonValueKind.Object ? Diagnosis.Quoted.Found(e)
        : names.Count == 0 ? "an empty object"
        : "an object with " + string.Join(", ", names.Select(n => $"'{n}'"));
}
