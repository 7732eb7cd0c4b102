namespace Styrmodell.Validation;

/// <summary>An enumeration value in a problem's message as the JSON format spells it (<c>ownArea</c>, <c>drift</c>), never as its C# name.</summary>
internal static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
