namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// An input to a roll-up rule: its link weight, category position on the scale (<see cref="RuleOutcome.NotConcerned"/>
/// for a not-concerned input, -1 for not assessed), score, and the share of its points still available (1 unless a
/// points roll-up below it lost points to not-concerned items).
/// </summary>
internal readonly record struct RuleInput(double Weight, int Category, double Score, double Available = 1.0);
