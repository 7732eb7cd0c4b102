using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Sources;

namespace Styrmodell.Budget;

/// <summary>
/// A revision of a frame during the year (tilläggsbudget): an amount added to (or, negative, taken from) a frame by a
/// decision, which also changes every frame above it. Kept with its decision, so that the frames in force on any date
/// can be told, as targets are.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FrameChange
{
    /// <summary>Creates a revision.</summary>
    /// <param name="frameId">The id of the frame revised.</param>
    /// <param name="amount">The amount added; negative to reduce the frame.</param>
    /// <param name="decidedById">The id of the deciding unit (usually KF).</param>
    /// <param name="decisionDate">The date of the decision; the revision is in force from then.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public FrameChange(string frameId, decimal amount, string decidedById, LocalDate decisionDate)
    {
        FrameId = Guard.Against.Null(frameId);
        Amount = amount;
        DecidedById = Guard.Against.Null(decidedById);
        DecisionDate = decisionDate;
    }

    /// <summary>Gets the id of the frame revised.</summary>
    public string FrameId { get; }

    /// <summary>Gets the amount added (negative: taken away).</summary>
    public decimal Amount { get; }

    /// <summary>Gets the id of the deciding unit.</summary>
    public string DecidedById { get; }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate DecisionDate { get; }

    /// <summary>Gets the minutes' reference, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets the id of the special assignment (särskilt uppdrag) the added money funds, or <see langword="null"/>. The
    /// document checks that the assignment exists and is funded with added budget.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? SpecialAssignmentId { get; init; }

    /// <summary>Gets where the revision comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Provenance? Provenance { get; init; }
}
