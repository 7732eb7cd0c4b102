using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Targets;

public sealed partial record Indicator
{
    /// <summary>
    /// Gets the ids of the indicators whose outcomes add to this one's, as Akvo RSR aggregates child projects' periods
    /// into their parent's: the numerators and denominators (or, for counts and amounts, the values) of the contributors'
    /// outcomes within the period are summed with this indicator's own (<see cref="Evaluation.EvaluationOptions.IncludeOwnOutcome"/>),
    /// and so on down (a contributor's own contributors add to it). Only counts, amounts and ratios are parts of a sum.
    /// </summary>
    /// <value>Default empty: the indicator's outcomes are its own alone.</value>
    public EquatableArray<string> Contributors { get; init => field = Guard.Against.NullElements(value, nameof(Contributors)); }
}
