using NodaTime;

namespace Styrmodell.Evaluation;

/// <summary>A reported status that gives the node its result (see <see cref="AssessmentStatus"/>).</summary>
/// <param name="StatusId">The status's id.</param>
/// <param name="Label">The status's label, as the document defines it.</param>
/// <param name="Share">The share it scores, or <see langword="null"/> for a not-concerned status (or a <i>détaillé</i> one without a split).</param>
/// <param name="Author">Who reported it.</param>
/// <param name="Date">When.</param>
/// <param name="Motivation">The motivation given.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record StatusStep(string StatusId, string Label, double? Share, string Author, LocalDate Date, string Motivation) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.StatusReported;

    /// <summary>Gets the provenance of the assessment that reported the status: illustrative or not, and where it comes from.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }

    /// <summary>Gets how the status divides the node's points between done, planned and not done — the status's own split or, for a <i>détaillé</i> status, the assessment's — or <see langword="null"/>.</summary>
    public Model.PointsSplit? Split { get; init; }

    /// <summary>Gets the tasks (leaves) below the node, all completed by the status (see <see cref="TaskCounts"/>), or <see langword="null"/> for a status without a split.</summary>
    public TaskCounts? Tasks { get; init; }
}
