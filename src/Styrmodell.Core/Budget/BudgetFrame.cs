using Ardalis.GuardClauses;
using Styrmodell.Finance;
using Styrmodell.Sources;

namespace Styrmodell.Budget;

/// <summary>
/// One frame of a budget: a drift frame of a unit, an investment frame of an area or project, or a committee's
/// equipment frame, for one year. A frame with a <see cref="ParentId"/> is part of its parent's distribution (an
/// activity's share of its committee's drift frame, a project within its investment area); the parts of a frame must
/// add up to it.
/// </summary>
/// <remarks>
/// Arboga: KF gives drift frames to KS and each committee, which distribute them by their own principles; investment
/// frames are given for whole areas or single projects, with separate total frames for equipment per committee.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetFrame
{
    /// <summary>Creates a frame.</summary>
    /// <param name="id">A stable id, unique among the budget's frames (e.g. <c>drift-son-2024</c>).</param>
    /// <param name="kind">What the frame limits.</param>
    /// <param name="unitId">The id of the organisation unit responsible for it.</param>
    /// <param name="year">The year it applies to.</param>
    /// <param name="amount">The amount: net cost for drift, expenditure for investment and equipment; zero or more.</param>
    /// <param name="unit">The unit the amount is stated in; all of a budget's amounts share one.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is not a defined enumeration value.</exception>
    public BudgetFrame(string id, FrameKind kind, string unitId, int year, decimal amount, AmountUnit unit)
    {
        Id = Guard.Against.Null(id);
        Kind = Guard.Against.EnumOutOfRange(kind);
        UnitId = Guard.Against.Null(unitId);
        Year = year;
        Amount = amount;
        Unit = Guard.Against.EnumOutOfRange(unit);
    }

    /// <summary>Gets the frame's id.</summary>
    public string Id { get; }

    /// <summary>Gets what the frame limits.</summary>
    public FrameKind Kind { get; }

    /// <summary>Gets the id of the responsible unit.</summary>
    public string UnitId { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the amount as decided, before revisions and reallocations.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the unit the amounts are stated in.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Gets a readable name (e.g. <c>Socialnämnden</c> or <c>Ny reservoar</c>), or <see langword="null"/> to use the unit's name.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Title { get; init; }

    /// <summary>Gets the id of the frame this one is part of, or <see langword="null"/> for a frame KF gives directly.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ParentId { get; init; }

    /// <summary>Gets an investment's expected income in the year (grants, connection fees), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? Income { get; init; }

    /// <summary>Gets the change in operating costs an investment brings (driftkostnadskonsekvens), per year, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? OperatingCostChange { get; init; }

    /// <summary>Gets a project's first year, or <see langword="null"/>; when given, the frame's year must not be before it.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? StartYear { get; init; }

    /// <summary>Gets a project's last year, or <see langword="null"/>; when given, the frame's year must not be after it.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? EndYear { get; init; }

    /// <summary>Gets where the frame comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Provenance? Provenance { get; init; }

    /// <summary>Returns e.g. <c>drift-son-2024 (Drift 2024) 412000</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} ({Kind} {Year}) {Amount}");
}
