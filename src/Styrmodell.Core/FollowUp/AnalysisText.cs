using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// An analysis text written at a follow-up point, about one goal (or any node) or about one committee (or any unit),
/// with its author and date, kept per period.
/// </summary>
/// <remarks>
/// Exactly one of <see cref="NodeId"/> and <see cref="UnitId"/> is set. A later text on the same subject and period
/// replaces an earlier one from its date; both are kept.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AnalysisText
{
    /// <summary>Creates an analysis text; set <see cref="NodeId"/> or <see cref="UnitId"/>.</summary>
    /// <param name="period">The follow-up period it analyses.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="date">When it was written.</param>
    /// <param name="text">The analysis.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public AnalysisText(ReportingPeriod period, string author, LocalDate date, string text)
    {
        Period = period;
        Author = author;
        Date = date;
        Text = text;
    }

    /// <summary>Gets the follow-up period analysed.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ReportingPeriod Period { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets who wrote it.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Author { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets when it was written.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the analysis.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Text { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the node analysed, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? NodeId { get; init; }

    /// <summary>Gets the id of the unit analysed (e.g. a committee's overall analysis), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? UnitId { get; init; }

    /// <summary>Gets the subject's id: <see cref="NodeId"/> or else <see cref="UnitId"/>, or empty when neither is set.</summary>
    public string SubjectId => NodeId ?? UnitId ?? "";

    /// <summary>Returns e.g. <c>n1 2024 (Förvaltningschef, 2025-02-10)</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => $"{SubjectId} {Period.Id} ({Author}, {IsoDate.Format(Date)})";

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
