using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// A risk (risk) in an internal control plan: an unwanted event that could make the standing mission or a goal
/// harder to reach, scored by probability and consequence on the plan's <see cref="RiskScale"/>, with the controls
/// against it.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Risk
{
    /// <summary>Creates a risk.</summary>
    /// <param name="id">A stable id, unique among the risks of its plan.</param>
    /// <param name="title">The unwanted event.</param>
    /// <param name="probability">How likely it is, on the plan's scale.</param>
    /// <param name="consequence">How serious it would be, on the plan's scale.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public Risk(string id, string title, int probability, int consequence)
    {
        Id = id;
        Title = title;
        Probability = probability;
        Consequence = consequence;
    }

    /// <summary>Gets the risk's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the unwanted event.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets how likely it is.</summary>
    public int Probability { get; init; }

    /// <summary>Gets how serious it would be.</summary>
    public int Consequence { get; init; }

    /// <summary>Gets the risk value: probability × consequence.</summary>
    public int Value => checked(Probability * Consequence);

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets the kind of risk (e.g. <c>ändrad lagstiftning</c>, <c>processer och rutiner</c>), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Category { get; init; }

    /// <summary>Gets the ids of the goal or mission nodes the risk threatens.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> GoalIds { get; init => field = Guard.Against.NullElements(value, nameof(GoalIds)); }

    /// <summary>Gets the controls against the risk.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<Control> Controls { get; init; }

    /// <summary>Returns e.g. <c>r1 (3×4) Fakturor attesteras inte</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} ({Probability}×{Consequence}) {Title}");

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
