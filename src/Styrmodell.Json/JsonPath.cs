using System.Buffers;

namespace Styrmodell.Json;

/// <summary>
/// Paths of problems in JSONPath form: a member whose name is a plain identifier as <c>.name</c>; any other name (one a
/// writer made up, with brackets, dots, quotes or spaces) as <c>['name']</c>, so that every path can be followed back.
/// </summary>
internal static class JsonPath
{
    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    public static string Member(string path, string name) =>
        name.Length > 0 && !name.AsSpan().ContainsAnyExcept(Plain)
            ? path + "." + name
            : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
}
