using Ardalis.GuardClauses;
using Styrmodell.Sources;
using Styrmodell.Time;

namespace Styrmodell.Budget;

/// <summary>
/// What a frame's unit or project actually cost (or spent) in one reporting period — a month, a tertial, an interim
/// period or a year. Outcomes of one frame are added up to the outcome to date; book each cost once, on the lowest
/// frame it belongs to (it counts for every frame above it too).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="frameId">The id of the frame the outcome belongs to.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="amount">The net cost or expenditure, in the budget's amount unit.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public BudgetOutcome(string frameId, ReportingPeriod period, decimal amount)
    {
        FrameId = Guard.Against.Null(frameId);
        Period = Guard.Against.Null(period);
        Amount = amount;
    }

    /// <summary>Gets the id of the frame.</summary>
    public string FrameId { get; }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the net cost or expenditure.</summary>
    public decimal Amount { get; }

    /// <summary>Gets where the figure comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Provenance? Provenance { get; init; }
}
