using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.Governance;

/// <summary>The register as of one date: each document's review and validity state, in register order. Data only; renderers turn it into words.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RegisterReview
{
    private RegisterReview(LocalDate asOf, EquatableArray<SteeringDocumentStatus> documents)
    {
        AsOf = asOf;
        Documents = documents;
    }

    /// <summary>Gets the date the states hold on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets each document's state, in register order.</summary>
    public EquatableArray<SteeringDocumentStatus> Documents { get; }

    /// <summary>Gets the documents whose review falls within the coming year or is overdue, most urgent first (then by title).</summary>
    public IEnumerable<SteeringDocumentStatus> DueForReview =>
        Documents.Where(d => d.Review is ReviewState.DueWithinYear or ReviewState.Overdue)
            .OrderBy(d => d.ReviewDue).ThenBy(d => d.Document.Title, StringComparer.Ordinal).ThenBy(d => d.Document.Id, StringComparer.Ordinal);

    /// <summary>Reviews a register as of a date.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The states.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is <see langword="null"/>.</exception>
    public static RegisterReview Create(SteeringDocumentRegister register, LocalDate asOf) =>
        new(asOf, Guard.Against.Null(register).Documents.Select(d => SteeringDocumentStatus.Of(d, asOf)).ToEquatableArray());
}
