using NodaTime;

namespace Styrmodell.Evaluation;

/// <summary>An owner's manual assessment of the node, with the computed result it overrides or sits beside; both are kept.</summary>
/// <param name="CategoryId">The category the owner gave.</param>
/// <param name="ComputedCategoryId">The computed category (the not-assessed category's id when not assessed).</param>
/// <param name="Mode">Whether the assessment overrides the computed result or sits beside it.</param>
/// <param name="Author">Who assessed.</param>
/// <param name="Date">When.</param>
/// <param name="Motivation">Why.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ManualAssessmentStep(
    string CategoryId, string ComputedCategoryId, ManualAssessmentMode Mode, string Author, LocalDate Date, string Motivation) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.ManualAssessment;

    /// <summary>Gets the provenance of the assessment: illustrative or not, and where it comes from.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
