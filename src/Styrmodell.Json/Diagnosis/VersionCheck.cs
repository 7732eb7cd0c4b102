using System.Text.Json;

namespace Styrmodell.Json.Diagnosis;

/// <summary>
/// Reads <c>formatVersion</c> before anything else: a document of another major version may have any shape, so its
/// other problems would only mislead. One problem, or none when the version is 1.x.
/// </summary>
internal static class VersionCheck
{
    public static JsonProblem? Problem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new("$", JsonProblemCodes.InvalidJson, $"Expected a JSON object (a document starts with '{{'), found {Quoted.Found(root)}.");
        }

        if (!root.TryGetProperty("formatVersion", out var version))
        {
            return new("$.formatVersion", JsonProblemCodes.InvalidJson, "The document has no formatVersion; expected one such as \"1.0\", first in the document.");
        }

        if (version.ValueKind != JsonValueKind.String)
        {
            return new("$.formatVersion", JsonProblemCodes.InvalidJson, $"Expected a string such as \"1.0\", found {Quoted.Found(version)}.");
        }

        var text = version.GetString()!;
        return IsOne(text) ? null
            : new("$.formatVersion", JsonProblemCodes.UnsupportedVersion, $"This reader reads format 1.x; the document is {Quoted.Name(text)}.");
    }

    private static bool IsOne(string version) =>
        version.Split('.') is [var major, var minor] && major == "1" && minor.Length > 0 && minor.All(char.IsAsciiDigit);
}
