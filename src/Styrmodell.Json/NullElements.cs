using System.Globalization;
using System.Text.Json.Serialization.Metadata;

namespace Styrmodell.Json;

/// <summary>
/// Finds the <c>null</c> elements of a parsed document's arrays. The serializer enforces nullable annotations on
/// properties but not on collection elements, so <c>"units": [null]</c> would otherwise reach the reader as a null
/// object. Walks the serializer's own metadata, so every array of the format is covered, new ones included.
/// </summary>
internal static class NullElements
{
    /// <summary>Every null element, in document order, as a shape problem at the element's path.</summary>
    public static List<JsonProblem> Find(object document, JsonTypeInfo info)
    {
        var problems = new List<JsonProblem>();
        Walk(document, info, "$", problems, []);
        return problems;
    }

    // known: whether each type may hold a null, decided once per document rather than once per element.
    private static void Walk(object value, JsonTypeInfo info, string path, List<JsonProblem> problems, Dictionary<Type, bool> known)
    {
        foreach (var property in info.Properties)
        {
            if (property.Get is null || property.IsExtensionData || !MayHoldNull(property.PropertyType, info.Options, known))
            {
                continue;
            }

            var at = JsonPath.Member(path, property.Name);
            switch (property.Get(value))
            {
                case System.Collections.IList list:
                    var elementInfo = info.Options.GetTypeInfo(ElementType(property.PropertyType)!);
                    var walk = elementInfo.Kind == JsonTypeInfoKind.Object && MayHoldNull(elementInfo.Type, info.Options, known);
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is not { } item)
                        {
                            problems.Add(new(ElementPath(at, i), JsonProblemCodes.InvalidJson, $"An element of '{property.Name}' is null; each element is {Expected(elementInfo)}."));
                        }
                        else if (walk)
                        {
                            Walk(item, elementInfo, ElementPath(at, i), problems, known);
                        }
                    }

                    break;
                case { } nested:
                    Walk(nested, info.Options.GetTypeInfo(property.PropertyType), at, problems, known);
                    break;
            }
        }
    }

    /// <summary>Whether a value of the type is, or (through its properties) holds, a list; decided from the metadata alone.</summary>
    private static bool MayHoldNull(Type type, System.Text.Json.JsonSerializerOptions options, Dictionary<Type, bool> known)
    {
        if (ElementType(type) is not null)
        {
            return true;
        }

        if (known.TryGetValue(type, out var decided))
        {
            return decided; // while a type is being decided this is false, which ends a cycle as the visiting set did
        }

        known[type] = false;
        var info = options.GetTypeInfo(type);
        var holds = info.Kind == JsonTypeInfoKind.Object
            && info.Properties.Any(p => !p.IsExtensionData && MayHoldNull(p.PropertyType, options, known));
        known[type] = holds;
        return holds;
    }

    private static string ElementPath(string array, int index) => array + string.Create(CultureInfo.InvariantCulture, $"[{index}]");

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static string Expected(JsonTypeInfo element)
    {
        if (element.Type == typeof(string))
        {
            return "a string";
        }

        return Names.ObjectOf(element.Type.Name);
    }
}
