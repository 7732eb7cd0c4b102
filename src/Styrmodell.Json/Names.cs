using System.Text.Json;

namespace Styrmodell.Json;

/// <summary>Enumeration values as the format spells them: the member name in camelCase (<c>targetArea</c>, <c>lowerIsBetter</c>).</summary>
internal static class Names
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Of(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Expected<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Of));

    /// <summary>Names a document object for messages from its DTO type's name: <c>NodeDto</c> → "a node object", <c>IndicatorDto</c> → "an indicator object".</summary>
    public static string ObjectOf(string dtoTypeName)
    {
        var name = dtoTypeName.EndsWith("Dto", StringComparison.Ordinal) ? dtoTypeName[..^3] : dtoTypeName;
        name = char.ToLowerInvariant(name[0]) + name[1..];
        // The sound decides the article, not the letter: an indicator, but a unit.
        var vowelSound = "aeiou".Contains(name[0], StringComparison.Ordinal) && !name.StartsWith("uni", StringComparison.Ordinal);
        return (vowelSound ? "an " : "a ") + name + " object";
    }
}
