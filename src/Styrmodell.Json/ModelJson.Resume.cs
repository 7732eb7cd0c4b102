using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Styrmodell.Json;

/// <remarks>
/// A wrong type inside an element of one of the model's arrays (<c>$.nodes[3].weight</c> a string) does not hide the
/// rest: the element is reported, taken out, and the document without it read, built and checked as usual, so one run
/// shows every problem. Runs only after the fast reader has failed.
/// </remarks>
public static partial class ModelJson
{
    /// <summary>The arrays whose elements a wrong type takes out, below <c>$</c>.</summary>
    private static readonly HashSet<string> SkippableArrays = new(
        ["units", "levels", "rules", "nodes", "indicators", "outcomes", "assessments",
         "followUp.specialAssignments", "followUp.internalControlPlans", "followUp.planLevels", "followUp.activities",
         "followUp.actionPlans", "followUp.analysisTexts", "followUp.statusChecks"],
        StringComparer.Ordinal);

    /// <summary>
    /// The shape problems together with every problem of the document without the elements that hold them; or
    /// <see langword="null"/> when one lies outside the model's arrays (the municipality, a section's settings, an array
    /// that is not one), which the shape stage still stops at.
    /// </summary>
    private static ReadResult? Resumed(ReadOnlyMemory<byte> utf8Json, IReadOnlyList<JsonProblem> shape, JsonReadOptions? options)
    {
        var broken = new SortedSet<(string Array, int Index)>();
        foreach (var problem in shape.Where(p => p.Code == JsonProblemCodes.InvalidJson))
        {
            if (ElementOf(problem.Path) is not { } element)
            {
                return null;
            }

            broken.Add(element);
        }

        if (utf8Json.Span.StartsWith(Diagnosis.EncodingCheck.Utf8Bom))
        {
            utf8Json = utf8Json[Diagnosis.EncodingCheck.Utf8Bom.Length..];
        }

        try
        {
            var root = JsonNode.Parse(utf8Json.Span, documentOptions: new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth })!.AsObject();
            var removed = new ElementPositions();
            foreach (var (array, index) in broken)
            {
                removed.LeftOut(array, index, IdOf(ArrayAt(root, array)[index]));
            }

            foreach (var (array, index) in broken.Reverse())
            {
                ArrayAt(root, array).RemoveAt(index);
            }

            var rest = JsonSerializer.Deserialize(Bytes(root), Compact.DocumentDto);
            if (rest is null || NullElements.Find(rest, Compact.DocumentDto) is { Count: > 0 })
            {
                return null;
            }

            return ReadWithout(rest, removed, shape, options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or Sections.SectionException or ArgumentException)
        {
            return null; // the rest does not read either: the shape problems alone say what to fix first
        }
    }

    /// <summary>
    /// The null elements together with every problem of the document without them; or <see langword="null"/> when a null
    /// is not itself an element of the model's arrays (<c>$.indicators[0].targets[1]</c>), which the shape stage stops at.
    /// </summary>
    private static ReadResult? WithoutNullElements(Dto.DocumentDto document, IReadOnlyList<JsonProblem> nulls, JsonReadOptions? options)
    {
        var elements = new SortedSet<(string Array, int Index)>();
        foreach (var problem in nulls)
        {
            if (ElementOf(problem.Path) is not { } element || problem.Path != $"$.{element.Array}[{element.Index.ToString(CultureInfo.InvariantCulture)}]")
            {
                return null;
            }

            elements.Add(element);
        }

        var removed = new ElementPositions();
        foreach (var (array, index) in elements)
        {
            removed.LeftOut(array, index, id: null); // a null has no id: references that dangle may only echo it
        }

        foreach (var (array, index) in elements.Reverse())
        {
            ListAt(document, array).RemoveAt(index);
        }

        return ReadWithout(document, removed, nulls, options);
    }

    /// <summary>
    /// Reads and checks the document without the elements <paramref name="removed"/> records: the problems that took them
    /// out first, then the rest's, each once (an enumeration value the shape stage names is the reader's too), every path
    /// and warning's path as in the document with them.
    /// </summary>
    private static ReadResult ReadWithout(Dto.DocumentDto rest, ElementPositions removed, IEnumerable<JsonProblem> first, JsonReadOptions? options)
    {
        var reader = new DocumentReader(options ?? JsonReadOptions.Strict, skipped: removed);
        var (_, problems) = reader.Read(rest);
        var all = first.Concat(problems.Select(p => p with { Path = removed.Rewrite(p.Path) })).DistinctBy(p => (p.Path, p.Code));
        return new(null, [.. all]) { Warnings = [.. reader.Warnings.Select(w => w with { Path = removed.Rewrite(w.Path) })] };
    }

    /// <summary>The list behind one of the model's arrays (<c>units</c>, <c>followUp.activities</c>), found through the serializer's metadata.</summary>
    private static System.Collections.IList ListAt(Dto.DocumentDto document, string array)
    {
        object owner = document;
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo)Compact.DocumentDto;
        var names = array.Split('.');
        for (var i = 0; ; i++)
        {
            var property = info.Properties.Single(p => p.Name == names[i]);
            var value = property.Get!(owner)!; // it held a null element, so it is there
            if (i == names.Length - 1)
            {
                return (System.Collections.IList)value;
            }

            owner = value;
            info = info.Options.GetTypeInfo(property.PropertyType);
        }
    }

    /// <summary>The array and index of the element of one of the model's arrays that holds <paramref name="path"/>.</summary>
    private static (string Array, int Index)? ElementOf(string path)
    {
        var match = ElementPath().Match(path);
        return match.Success && SkippableArrays.Contains(match.Groups[1].Value)
            ? (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static JsonArray ArrayAt(JsonObject root, string array) =>
        array.Split('.') is [var section, var name] ? root[section]![name]!.AsArray() : root[array]!.AsArray();

    /// <summary>The id others would name the element by (<c>id</c>, or an indicator's <c>node</c>), when it is a string.</summary>
    private static string? IdOf(JsonNode? element) =>
        element is JsonObject o && (o["id"] ?? o["node"]) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static byte[] Bytes(JsonNode root)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            root.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    [GeneratedRegex(@"^\$\.((?:followUp\.)?[A-Za-z]+)\[(\d+)\]")]
    private static partial Regex ElementPath();
}
