using System.Globalization;
using System.Text.Json;

namespace Styrmodell.Json.Diagnosis;

/// <summary>How a message shows a value found in a document: its kind and, cut to 80 characters, the value itself.</summary>
internal static class Quoted
{
    /// <summary>The most characters of a value a message quotes; a longer one is cut and its length given.</summary>
    public const int Limit = 80;

    /// <summary>"the string \"40\"", "the number 1e30", "an object", "null": what was found, for "expected X, found Y".</summary>
    public static string Found(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string " + Text(value.GetString() ?? ""),
        JsonValueKind.Number => "the number " + Cut(value.GetRawText(), ""),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>The text in quotes, cut to <see cref="Limit"/> characters with its length when longer.</summary>
    public static string Text(string text) => Cut(text, "\"");

    /// <summary>The text in single quotes, as the reader quotes ids and names, cut as <see cref="Text"/> is.</summary>
    public static string Name(string text) => Cut(text, "'");

    private static string Cut(string text, string quote) =>
        text.Length <= Limit
            ? quote + text + quote
            : string.Create(CultureInfo.InvariantCulture, $"{quote}{text.AsSpan(0, Limit)}…{quote} ({text.Length:N0} characters)");
}
