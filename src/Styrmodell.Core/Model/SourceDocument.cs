using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Model;

/// <summary>A document a model was built from, e.g. the municipality's decided steering model or budget.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SourceDocument
{
    /// <summary>Creates a source reference.</summary>
    /// <param name="title">The document's title.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public SourceDocument(string title) => Title = Guard.Against.NullOrWhiteSpace(title);

    /// <summary>Gets the document's title.</summary>
    public string Title { get; }

    /// <summary>Gets the date of the document or its decision, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public LocalDate? Date { get; init; }

    /// <summary>Gets where to find it (a URL, a file name, a minutes reference), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Reference { get; init; }

    /// <summary>Gets where the source document comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
