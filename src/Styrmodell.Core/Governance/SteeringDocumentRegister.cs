using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Governance;

/// <summary>A municipality's register of steering documents: its own document types and the documents themselves.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SteeringDocumentRegister
{
    /// <summary>Creates a register.</summary>
    /// <param name="types">The document types, in the order the municipality lists them.</param>
    /// <param name="documents">The documents.</param>
    /// <exception cref="ArgumentNullException">A type or document is <see langword="null"/>.</exception>
    public SteeringDocumentRegister(IEnumerable<SteeringDocumentType> types, IEnumerable<SteeringDocument> documents)
    {
        Types = Guard.Against.NullElements(Guard.Against.Null(types).ToEquatableArray(), nameof(types));
        Documents = Guard.Against.NullElements(Guard.Against.Null(documents).ToEquatableArray(), nameof(documents));
    }

    /// <summary>Gets an empty register; one shared instance.</summary>
    public static SteeringDocumentRegister None { get; } = new([], []);

    /// <summary>Gets the document types.</summary>
    public EquatableArray<SteeringDocumentType> Types { get; }

    /// <summary>Gets the documents.</summary>
    public EquatableArray<SteeringDocument> Documents { get; }

    /// <summary>Gets the type with an id, or <see langword="null"/>.</summary>
    /// <param name="id">The type's id.</param>
    /// <returns>The first type with that id, or <see langword="null"/>.</returns>
    public SteeringDocumentType? FindType(string id) => Types.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
