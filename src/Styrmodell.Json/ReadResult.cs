using Styrmodell.Collections;
using Styrmodell.Exchange;
using Styrmodell.Model;

namespace Styrmodell.Json;

/// <summary>What reading a document gave: the document, or every problem found — never both, never a partial document.</summary>
/// <param name="Document">The document, or <see langword="null"/> when there were problems.</param>
/// <param name="Problems">Every problem, each with its JSON path; empty when the document was read.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReadResult(ExchangeDocument? Document, EquatableArray<JsonProblem> Problems)
{
    /// <summary>Gets what was ignored when reading leniently (unknown properties), each with its JSON path.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<JsonProblem> Warnings { get; init; }

    /// <summary>Gets the document's model, or <see langword="null"/> when there were problems.</summary>
    public SteeringModel? Model => Document?.Model;

    /// <summary>Gets whether the document was read.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Document), nameof(Model))]
    public bool Succeeded => Document is not null;
}
