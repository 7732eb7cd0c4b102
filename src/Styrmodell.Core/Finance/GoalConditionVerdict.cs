using Styrmodell.Evaluation;

namespace Styrmodell.Finance;

/// <summary>One goal condition's part of a good-financial-management judgement: how many goals reached the category.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Minimum">The lowest category that counts, as the scale defines it (its label is the document's word).</param>
/// <param name="Reached">How many of the condition's goals reached at least that category.</param>
/// <param name="Total">How many goals the condition names.</param>
/// <param name="Holds">Whether enough goals reached it, as the condition's quantifier requires.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GoalConditionVerdict(GoalCondition Condition, AssessmentCategory Minimum, int Reached, int Total, bool Holds)
{
    /// <summary>Returns invariant data, e.g. <c>verksamhetsmål 2/3 holds</c>.</summary>
    /// <returns>The condition's name, counts and verdict.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Condition.Name} {Reached}/{Total} {(Holds ? "holds" : "does not hold")}");
}
