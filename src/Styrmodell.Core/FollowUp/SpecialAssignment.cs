using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// A special assignment (särskilt uppdrag): a concrete task a body (KF, KS or a committee) gives one or more
/// committees or companies, to be done within one to three years, funded within their frame or with added budget,
/// linked to the goals it serves and reported on at each follow-up point.
/// </summary>
/// <remarks>
/// Strängnäs: KF's assignments are carried out within one to three years, given with added budget or within the
/// frame, and the officials report how they were done. The model checks that issuer and owners are units, that the
/// linked goals are nodes, and the horizon, funding and reports; see <c>docs/follow-up.md</c>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SpecialAssignment
{
    /// <summary>The longest horizon a special assignment may have, in budget years.</summary>
    public const int MaximumYears = 3;

    /// <summary>Creates a special assignment.</summary>
    /// <param name="id">A stable id, unique among the model's special assignments.</param>
    /// <param name="title">What is to be done.</param>
    /// <param name="issuerId">The id of the unit that gave the assignment (KF, KS or a committee).</param>
    /// <param name="decisionDate">The date of the decision.</param>
    /// <param name="firstYear">The first budget year of the assignment.</param>
    /// <param name="lastYear">The year by whose end it is to be done; at most <see cref="MaximumYears"/> years from <paramref name="firstYear"/>, both counted.</param>
    /// <param name="funding">How it is paid for.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public SpecialAssignment(string id, string title, string issuerId, LocalDate decisionDate, int firstYear, int lastYear, Funding funding)
    {
        Id = id;
        Title = title;
        IssuerId = issuerId;
        DecisionDate = decisionDate;
        FirstYear = firstYear;
        LastYear = lastYear;
        Funding = funding;
    }

    /// <summary>Gets the assignment's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets what is to be done.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the unit that gave the assignment.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string IssuerId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate DecisionDate { get; init; }

    /// <summary>Gets the first budget year of the assignment.</summary>
    public int FirstYear { get; init; }

    /// <summary>Gets the year by whose end the assignment is to be done.</summary>
    public int LastYear { get; init; }

    /// <summary>Gets how the assignment is paid for.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public Funding Funding { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the minutes' reference of the decision (e.g. <c>KF 2023-11-27 § 180</c>), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? DecisionReference { get; init; }

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets the ids of the units that carry out the assignment; at least one.</summary>
    /// <value>Default empty, which the model reports as a problem.</value>
    public EquatableArray<string> OwnerIds { get; init => field = Guard.Against.NullElements(value, nameof(OwnerIds)); }

    /// <summary>Gets the ids of the goal nodes the assignment serves.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> GoalIds { get; init => field = Guard.Against.NullElements(value, nameof(GoalIds)); }

    /// <summary>Gets the reports given at follow-up points, in any order.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ProgressReport> Reports { get; init; }

    /// <summary>Gets the latest report written on or before <paramref name="asOf"/> (see <see cref="ProgressReports.Latest"/>).</summary>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The report, or <see langword="null"/> when none was written by then.</returns>
    public ProgressReport? LatestReport(LocalDate asOf) => ProgressReports.Latest(Reports, asOf);

    /// <summary>Returns e.g. <c>su-1 (2024–2025) Utred …</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} ({FirstYear}–{LastYear}) {Title}");

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
