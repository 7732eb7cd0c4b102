using NodaTime;

namespace Styrmodell.Governance;

/// <summary>One steering document's state as of a date: when its review is due and whether that is near or past, and whether it is in force.</summary>
/// <param name="Document">The document.</param>
/// <param name="ReviewDue">The date its review is due, or <see langword="null"/> when none is stated.</param>
/// <param name="Review">How the due date stands as of the date.</param>
/// <param name="Validity">Whether the document is in force on the date.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SteeringDocumentStatus(SteeringDocument Document, LocalDate? ReviewDue, ReviewState Review, ValidityState Validity)
{
    internal static SteeringDocumentStatus Of(SteeringDocument document, LocalDate asOf)
    {
        var due = document.ReviewDue;
        var review = due is not { } d ? ReviewState.NotStated
            : asOf > d ? ReviewState.Overdue
            : d <= asOf.PlusYears(1) ? ReviewState.DueWithinYear
            : ReviewState.NotDue;
        var validity = asOf < document.InForceFrom ? ValidityState.NotYetInForce
            : document.ValidUntil is { } until && asOf > until ? ValidityState.Expired
            : ValidityState.InForce;
        return new(document, due, review, validity);
    }
}
