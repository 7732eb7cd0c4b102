namespace Styrmodell.Evaluation.Rules;

/// <summary>An assessed input to a roll-up rule: its link weight, category position on the scale and score.</summary>
internal readonly record struct RuleInput(double Weight, int Category, double Score);
