using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>
/// A condition on a group of goals in a good-financial-management judgement, e.g. "a majority of the financial goals
/// are met" or "every operational goal is at least partly met".
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GoalCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="name">What the group is, for the trace, e.g. <c>financial goals</c>.</param>
    /// <param name="goalIds">The goal nodes of the group.</param>
    /// <param name="quantifier">How many must reach <paramref name="minimumCategoryId"/>.</param>
    /// <param name="minimumCategoryId">The worst category that still counts, an id of the evaluation's scale (e.g. <c>delvis-uppfyllt</c> for "at least partly met").</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalIds"/> is empty, or <paramref name="quantifier"/> is not defined.</exception>
    public GoalCondition(string name, EquatableArray<string> goalIds, GoalQuantifier quantifier, string minimumCategoryId)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        GoalIds = Guard.Against.InvalidInput(goalIds, nameof(goalIds), g => !g.IsEmpty, "A goal condition needs at least one goal.");
        Quantifier = Guard.Against.EnumOutOfRange(quantifier);
        MinimumCategoryId = Guard.Against.NullOrWhiteSpace(minimumCategoryId);
    }

    /// <summary>Gets what the group is.</summary>
    public string Name { get; }

    /// <summary>Gets the goal nodes of the group.</summary>
    public EquatableArray<string> GoalIds { get; }

    /// <summary>Gets how many must reach the category.</summary>
    public GoalQuantifier Quantifier { get; }

    /// <summary>Gets the worst category that still counts.</summary>
    public string MinimumCategoryId { get; }
}
