using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Budget;

/// <summary>
/// A municipality's budget and its economic follow-up: the decision, the frames (drift, investment, equipment) and
/// their distributions, revisions and reallocations during the year, outcomes, forecasts, and the threshold above
/// which a forecast deficit needs an action plan.
/// </summary>
/// <remarks>
/// Equality is by value, element by element in order. It belongs to an exchange document, which checks it against its
/// organisation and decision authority; see <c>docs/budget.md</c>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetRecord
{
    /// <summary>Gets the empty budget: a document without one.</summary>
    public static BudgetRecord Empty { get; } = new();

    /// <summary>Gets the budget decision, or <see langword="null"/> when not stated (then any year is accepted).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public BudgetDecision? Decision { get; init; }

    /// <summary>Gets the frames, parents and parts in any order.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<BudgetFrame> Frames { get; init; }

    /// <summary>Gets the revisions during the year (tilläggsbudget).</summary>
    /// <value>Default empty.</value>
    public EquatableArray<FrameChange> Changes { get; init; }

    /// <summary>Gets the reallocation decisions.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<Reallocation> Reallocations { get; init; }

    /// <summary>Gets the outcomes.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<BudgetOutcome> Outcomes { get; init; }

    /// <summary>Gets the full-year forecasts.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<BudgetForecast> Forecasts { get; init; }

    /// <summary>Gets when a forecast deficit needs an action plan.</summary>
    /// <value>Default <see cref="DeviationThreshold.AnyDeficit"/>.</value>
    public DeviationThreshold Threshold { get; init => field = Guard.Against.Null(value); } = DeviationThreshold.AnyDeficit;

    /// <summary>Gets whether the budget holds nothing at all.</summary>
    public bool IsEmpty => Equals(Empty);
}
