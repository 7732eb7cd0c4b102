namespace Styrmodell.Sources;

/// <summary>
/// Where an element of a document comes from, and whether it was invented for illustration (for a sample or a
/// training document) rather than taken from the municipality's own decisions and published figures.
/// </summary>
/// <remarks>
/// Reports mark what rests on illustrative content (†) from this, never from the wording of a text. An element without
/// a provenance says nothing about its origin: it is not illustrative.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Provenance
{
    /// <summary>Gets a provenance that says only that the element is illustrative; one shared instance.</summary>
    public static Provenance Illustrative { get; } = new() { IsIllustrative = true };

    /// <summary>Gets whether the element was invented for illustration.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IsIllustrative { get; init; }

    /// <summary>
    /// Gets where the element comes from, as its author states it: a published document, a council decision, an open
    /// data series with its retrieval date (e.g. <c>Kolada N03102 (retrieved 2025-01-10)</c>).
    /// </summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public string? Source { get; init; }

    /// <summary>Gets whether a provenance, possibly none, marks its element illustrative.</summary>
    /// <param name="provenance">The provenance, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it is given and says illustrative.</returns>
    public static bool Marks(Provenance? provenance) => provenance?.IsIllustrative == true;
}
