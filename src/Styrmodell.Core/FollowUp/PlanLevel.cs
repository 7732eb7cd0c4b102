using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// One level of a municipality's plans, declared as data: its name, how many years it looks ahead, whether it is
/// revised every year, the plan level above it and the kinds of unit that make plans at it.
/// </summary>
/// <remarks>
/// Strängnäs plans in four levels: the flerårsplan (KF and KS, three years, revised yearly), the verksamhetsplan
/// (committees and boards, three years, revised yearly), the kontorsplan (the administration, three years, revised
/// yearly) and the arbetsplan (each unit, one year; school units by school year). Vansbro and Arboga make a
/// verksamhetsplan with activities for the coming year.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PlanLevel
{
    /// <summary>Creates a plan level.</summary>
    /// <param name="id">A stable id, unique among the model's plan levels.</param>
    /// <param name="name">The municipality's name for it, e.g. <c>arbetsplan</c>.</param>
    /// <param name="horizonYears">How many years plans at this level cover; at least 1.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public PlanLevel(string id, string name, int horizonYears)
    {
        Id = id;
        Name = name;
        HorizonYears = horizonYears;
    }

    /// <summary>Gets the level's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the municipality's name for the level.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Name { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets how many years plans at this level cover.</summary>
    public int HorizonYears { get; init; }

    /// <summary>Gets whether plans at this level are revised every year (a rolling plan).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool RevisedYearly { get; init; }

    /// <summary>Gets the id of the plan level above this one, or <see langword="null"/> for the top.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ParentId { get; init; }

    /// <summary>Gets the unit kinds (see <see cref="Model.OrganisationUnit.Kind"/>) that make plans at this level; empty means any.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> OwnerKinds { get; init => field = Guard.Against.NullElements(value, nameof(OwnerKinds)); }

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Returns e.g. <c>arbetsplan (1 year)</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} ({HorizonYears} year{(HorizonYears == 1 ? "" : "s")})");

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
