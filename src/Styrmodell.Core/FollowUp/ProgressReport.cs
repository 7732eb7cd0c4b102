using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// What was reported about a piece of work at one follow-up point: its status, how much of it is done, and the
/// report text (for a special assignment, how it was carried out).
/// </summary>
/// <remarks>
/// A later report for the same period replaces an earlier one from its date, so that a report can be corrected
/// without losing the first version. The model checks that the completion lies in 0–100 and agrees with the status.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ProgressReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="period">The follow-up period reported on, e.g. <c>2024-T1</c>, <c>2024-01..2024-08</c> or <c>2024</c>.</param>
    /// <param name="date">When the report was written.</param>
    /// <param name="status">The status at that point.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public ProgressReport(ReportingPeriod period, LocalDate date, WorkStatus status)
    {
        Period = period;
        Date = date;
        Status = status;
    }

    /// <summary>Gets the follow-up period reported on.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ReportingPeriod Period { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets when the report was written.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the status at that point.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not defined.</exception>
    public WorkStatus Status { get; init => field = Guard.Against.EnumOutOfRange(value); }

    /// <summary>Gets how much of the work is done, in per cent (0–100), or <see langword="null"/> when not stated.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? Completion { get; init; }

    /// <summary>Gets the report text, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Text { get; init; }

    /// <summary>Gets who wrote the report, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Author { get; init; }

    /// <summary>Returns e.g. <c>2024-T1 Ongoing 40 %</c>.</summary>
    /// <returns>The report as short invariant text.</returns>
    public override string ToString() =>
        $"{Period.Id} {Status}" + (Completion is { } c ? FormattableString.Invariant($" {c} %") : "");

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
