namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// What a rule gives: a category position (-1 for not assessed, <see cref="NotConcerned"/> for not concerned), a score
/// (NaN for none), the share of the node's points still available (see <see cref="PointsRule"/>) and, when asked, the
/// step that explains it.
/// </summary>
internal readonly record struct RuleOutcome(int Category, double Score, ExplanationStep? Step, double Available = 1.0)
{
    /// <summary>The category position that marks a not-concerned node; distinct from -1, not assessed.</summary>
    public const int NotConcerned = -2;

    public static RuleOutcome NotAssessed(ExplanationStep? why) => new(-1, double.NaN, why);

    public static RuleOutcome OutOfScope(ExplanationStep? why) => new(NotConcerned, double.NaN, why, 0.0);

    /// <summary>A not-assessed outcome, with its reason when explaining.</summary>
    public static RuleOutcome NotAssessed(NotAssessedReason reason, bool explain) => NotAssessed(explain ? new NotAssessedStep(reason) : null);
}
