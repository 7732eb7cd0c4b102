namespace Styrmodell.Evaluation.Rules;

/// <summary>What a rule gives: a category position (-1 for not assessed), a score (NaN for none) and, when asked, why.</summary>
internal readonly record struct RuleOutcome(int Category, double Score, string? Explanation)
{
    public static RuleOutcome NotAssessed(string? why) => new(-1, double.NaN, why);
}
