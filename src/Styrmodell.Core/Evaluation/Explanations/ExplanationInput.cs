namespace Styrmodell.Evaluation;

/// <summary>One input of a roll-up as its explanation shows it.</summary>
/// <param name="NodeId">The input node.</param>
/// <param name="Weight">The link's weight.</param>
/// <param name="CategoryId">The input's category id (the not-assessed category's id when not assessed or not concerned).</param>
/// <param name="Score">The input's score, or <see langword="null"/>.</param>
/// <param name="Use">How the roll-up used it.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ExplanationInput(string NodeId, double Weight, string CategoryId, double? Score, InputUse Use)
{
    /// <summary>
    /// Gets the input's own points — its link weight to its own parent — when the rule weighs it by them as well as by
    /// <see cref="Weight"/> (<see cref="Rules.WeightedMappingRule"/>: an origin's points), else <see langword="null"/>.
    /// </summary>
    public double? Points { get; init; }
}
