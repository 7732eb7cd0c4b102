namespace Styrmodell.Json;

/// <summary>How strictly to read a document.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record JsonReadOptions
{
    /// <summary>Gets the default, strict options.</summary>
    public static JsonReadOptions Strict { get; } = new();

    /// <summary>
    /// Gets whether properties the format does not define are reported as warnings (and ignored) instead of errors —
    /// for documents from a newer minor version or with vendor extensions.
    /// </summary>
    /// <value>Default <see langword="false"/>: unknown properties are errors.</value>
    public bool AllowUnknownProperties { get; init; }
}
