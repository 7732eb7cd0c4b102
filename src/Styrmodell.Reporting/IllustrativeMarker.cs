namespace Styrmodell.Reporting;

/// <summary>Whether a result rests on content invented for illustration, as the cited elements' provenance says.</summary>
internal static class IllustrativeMarker
{
    /// <summary>
    /// Gets whether an explanation rests on illustrative content: the outcome used, the target's decision, or the manual
    /// assessment or reported status, as their provenance says.
    /// </summary>
    /// <param name="explanation">A node's explanation.</param>
    /// <returns><see langword="true"/> when a cited element is illustrative.</returns>
    internal static bool Cited(Evaluation.Explanation explanation) => explanation.Steps.Any(step => step switch
    {
        Evaluation.OutcomeStep s => Sources.Provenance.Marks(s.Provenance),
        Evaluation.FormulaStep s => Sources.Provenance.Marks(s.Provenance),
        Evaluation.TargetStep s => Sources.Provenance.Marks(s.Decision.Provenance),
        Evaluation.ManualAssessmentStep s => Sources.Provenance.Marks(s.Provenance),
        Evaluation.StatusStep s => Sources.Provenance.Marks(s.Provenance),
        _ => false,
    });
}
