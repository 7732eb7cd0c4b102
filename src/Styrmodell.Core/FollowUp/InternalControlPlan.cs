using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// One owner's internal control plan (internkontrollplan) for one year: the risks found by its risk analysis, scored
/// on its <see cref="RiskScale"/>, each with its controls, their results, deviations and actions.
/// </summary>
/// <remarks>
/// Kommunallagen (2017:725) 6 kap. 6 § makes committees see to it that internal control is sufficient; Vansbro's KS
/// decides a plan every year, Arboga gives KS, committees and companies each the duty for their own field. The model
/// allows one plan per owner and year.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record InternalControlPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="id">A stable id, unique among the model's internal control plans.</param>
    /// <param name="ownerId">The id of the unit whose plan it is (KS, a committee, a company).</param>
    /// <param name="year">The year the plan is for.</param>
    /// <param name="scale">How its risks are scored.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public InternalControlPlan(string id, string ownerId, int year, RiskScale scale)
    {
        Id = id;
        OwnerId = ownerId;
        Year = year;
        Scale = scale;
    }

    /// <summary>Gets the plan's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the unit whose plan it is.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string OwnerId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the year the plan is for.</summary>
    public int Year { get; init; }

    /// <summary>Gets how the plan's risks are scored.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public RiskScale Scale { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the date the plan was decided, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public LocalDate? DecisionDate { get; init; }

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets the risks.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<Risk> Risks { get; init; }

    /// <summary>Returns e.g. <c>ik-ks-2024 (ks, 2024): 5 risks</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} ({OwnerId}, {Year}): {Risks.Count} risks");

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
