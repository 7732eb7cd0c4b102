namespace Styrmodell.Json;

/// <summary>The problem codes the reader adds to the model's own (<c>Styrmodell.Validation.ProblemCodes</c>).</summary>
public static class JsonProblemCodes
{
    /// <summary>The bytes are not a valid document: malformed JSON, a wrong type, an unknown, duplicate or missing property, too deep, empty, or not UTF-8.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>A value has the right JSON type but not an allowed value (an unknown role, a bad date or period id).</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>An object has a property the format does not define: an error, or a warning when reading leniently.</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>The document's <c>formatVersion</c> is not one this reader reads.</summary>
    public const string UnsupportedVersion = "unsupported-version";
}
