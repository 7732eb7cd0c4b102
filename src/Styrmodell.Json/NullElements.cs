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
        Walk(document, info, "$", problems);
        return problems;
    }

    private static void Walk(object value, JsonTypeInfo info, string path, List<JsonProblem> problems)
    {
        foreach (var property in info.Properties)
        {
            if (property.Get is null || property.IsExtensionData || !MayHoldNull(property.PropertyType, info.Options, []))
            {
                continue;
            }

            var at = path + "." + property.Name;
            switch (property.Get(value))
            {
                case System.Collections.IList list:
                    var elementInfo = info.Options.GetTypeInfo(ElementType(property.PropertyType)!);
                    var walk = elementInfo.Kind == JsonTypeInfoKind.Object && MayHoldNull(elementInfo.Type, info.Options, []);
                    for (var i = 0; i < list.Count; i++)
                    {
                        var element = at + string.Create(CultureInfo.InvariantCulture, $"[{i}]");
                        if (list[i] is not { } item)
                        {
                            problems.Add(new(element, JsonProblemCodes.InvalidJson, $"An element of '{property.Name}' is null; each element is {Expected(elementInfo)}."));
                        }
                        else if (walk)
                        {
                            Walk(item, elementInfo, element, problems);
                        }
                    }

                    break;
                case { } nested:
                    Walk(nested, info.Options.GetTypeInfo(property.PropertyType), at, problems);
                    break;
            }
        }
    }

    /// <summary>Whether a value of the type is, or (through its properties) holds, a list; decided from the metadata alone.</summary>
    private static bool MayHoldNull(Type type, System.Text.Json.JsonSerializerOptions options, HashSet<Type> visiting)
    {
        if (ElementType(type) is not null)
        {
            return true;
        }

        var info = options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object || !visiting.Add(type))
        {
            return false;
        }

        foreach (var property in info.Properties)
        {
            if (!property.IsExtensionData && MayHoldNull(property.PropertyType, options, visiting))
            {
                return true;
            }
        }

        return false;
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static string Expected(JsonTypeInfo element)
    {
        if (element.Type == typeof(string))
        {
            return "a string";
        }

        var name = element.Type.Name.EndsWith("Dto", StringComparison.Ordinal) ? element.Type.Name[..^3] : element.Type.Name;
        name = char.ToLowerInvariant(name[0]) + name[1..];
        return ("aeiou".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name + " object";
    }
}
