namespace Styrmodell.Reporting;

/// <summary>
/// The convention that marks content a document's author made up for illustration rather than took from the
/// municipality's own decisions: text that starts with <c>Illustrativt: </c> (a node's description, an outcome's
/// source, a target decision's reference, an assessment's motivation, a source document's title).
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class IllustrativeMarker
{
    /// <summary>The prefix that marks a text as illustrative.</summary>
    public const string Prefix = "Illustrativt: ";

    /// <summary>Gets whether a text is marked illustrative.</summary>
    /// <param name="text">A description, source, reference or motivation; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text starts with <see cref="Prefix"/>.</returns>
    public static bool Marks(string? text) => text?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>
    /// Gets whether an explanation rests on illustrative content: the outcome used, the target's decision, or the manual
    /// assessment or reported status, as their provenance says.
    /// </summary>
    /// <param name="explanation">A node's explanation.</param>
    /// <returns><see langword="true"/> when a cited element is illustrative.</returns>
    internal static bool Cited(Evaluation.Explanation explanation) => explanation.Steps.Any(step => step switch
    {
        Evaluation.OutcomeStep s => Sources.Provenance.Marks(s.Provenance),
        Evaluation.TargetStep s => Sources.Provenance.Marks(s.Decision.Provenance),
        Evaluation.ManualAssessmentStep s => Sources.Provenance.Marks(s.Provenance),
        Evaluation.StatusStep s => Sources.Provenance.Marks(s.Provenance),
        _ => false,
    });
}
