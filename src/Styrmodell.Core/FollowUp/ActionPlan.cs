using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// An action plan (åtgärdsplan) for a deviation: linked to exactly one of the deviating goal or indicator node, a
/// budget line, or a negative balance-requirement result, with its measures, owner, expected effect and follow-up
/// status.
/// </summary>
/// <remarks>
/// Arboga: a deviation that cannot be put right within the administration's delegation gets an action plan, decided by
/// the committee or KS with the recurring economy report, saying how good goal fulfilment and economic balance are to
/// be reached. A negative balance-requirement result is restored under an action plan decided by KF (KL 11 kap. 12 §);
/// such a plan names its <see cref="DeficitYear"/>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ActionPlan
{
    /// <summary>Creates an action plan.</summary>
    /// <param name="id">A stable id, unique among the model's action plans.</param>
    /// <param name="title">What the plan is about.</param>
    /// <param name="ownerId">The id of the unit that owns (and usually decides) the plan.</param>
    /// <param name="period">The follow-up period whose deviation it answers, e.g. <c>2024-T1</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ActionPlan(string id, string title, string ownerId, ReportingPeriod period)
    {
        Id = id;
        Title = title;
        OwnerId = ownerId;
        Period = period;
    }

    /// <summary>Gets the plan's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets what the plan is about.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the unit that owns the plan.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string OwnerId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the follow-up period whose deviation it answers.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ReportingPeriod Period { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the deviating goal or indicator node, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? NodeId { get; init; }

    /// <summary>Gets the deviating budget line (e.g. <c>Drift: Socialnämnden</c>), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? BudgetLine { get; init; }

    /// <summary>Gets the fiscal year of the negative balance-requirement result the plan restores, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? DeficitYear { get; init; }

    /// <summary>Gets the date the plan was decided, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public LocalDate? DecisionDate { get; init; }

    /// <summary>Gets the effect expected of the plan as a whole, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ExpectedEffect { get; init; }

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets the measures.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ActionPlanMeasure> Measures { get; init; }

    /// <summary>Gets the follow-up reports on the plan.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ProgressReport> Reports { get; init; }

    /// <summary>Gets the latest report written on or before <paramref name="asOf"/> (see <see cref="ProgressReports.Latest"/>).</summary>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The report, or <see langword="null"/> when none was written by then.</returns>
    public ProgressReport? LatestReport(LocalDate asOf) => ProgressReports.Latest(Reports, asOf);

    /// <summary>Returns e.g. <c>ap-1 (2024-T1) Budget i balans</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => $"{Id} ({Period.Id}) {Title}";

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
