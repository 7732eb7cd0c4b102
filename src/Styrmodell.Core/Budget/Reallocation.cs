using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Sources;

namespace Styrmodell.Budget;

/// <summary>
/// A reallocation decision (omfördelning): an amount moved from one frame to another within a total frame, which
/// therefore does not change. Refused when the decider lacks the authority the document's grants give, or when the
/// two frames do not both lie within the total frame named.
/// </summary>
/// <remarks>
/// Arboga: KS may reallocate between investment areas and projects within the total investment frame, a committee
/// between its own frames for equipment, machines and vehicles.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Reallocation
{
    /// <summary>Creates a reallocation.</summary>
    /// <param name="id">A stable id, unique among the budget's reallocations.</param>
    /// <param name="fromFrameId">The frame the money leaves.</param>
    /// <param name="toFrameId">The frame the money goes to.</param>
    /// <param name="amount">The amount moved; more than zero.</param>
    /// <param name="decidedById">The id of the deciding unit.</param>
    /// <param name="decisionDate">The date of the decision; the reallocation is in force from then.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public Reallocation(string id, string fromFrameId, string toFrameId, decimal amount, string decidedById, LocalDate decisionDate)
    {
        Id = Guard.Against.Null(id);
        FromFrameId = Guard.Against.Null(fromFrameId);
        ToFrameId = Guard.Against.Null(toFrameId);
        Amount = amount;
        DecidedById = Guard.Against.Null(decidedById);
        DecisionDate = decisionDate;
    }

    /// <summary>Gets the reallocation's id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the frame the money leaves.</summary>
    public string FromFrameId { get; }

    /// <summary>Gets the id of the frame the money goes to.</summary>
    public string ToFrameId { get; }

    /// <summary>Gets the amount moved.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the id of the deciding unit.</summary>
    public string DecidedById { get; }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate DecisionDate { get; }

    /// <summary>
    /// Gets the id of the total frame both frames lie within, or <see langword="null"/> for the municipality's total
    /// of the frames' kind and year (the total investment frame, for example).
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? WithinFrameId { get; init; }

    /// <summary>Gets the minutes' reference, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Reference { get; init; }

    /// <summary>Gets where the decision comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Provenance? Provenance { get; init; }
}
