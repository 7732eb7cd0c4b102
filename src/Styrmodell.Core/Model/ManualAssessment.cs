using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Model;

/// <summary>
/// An owner's own assessment of a node for a period: a category with its motivation, author and date. It overrides or
/// sits beside the computed result (as the evaluation options say); both are kept. A motivation is required.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ManualAssessment
{
    /// <summary>Creates a manual assessment.</summary>
    /// <param name="nodeId">The node assessed.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="categoryId">The category given, an id of the evaluation's scale.</param>
    /// <param name="motivation">Why (required; an empty motivation is a validation problem of the model).</param>
    /// <param name="author">Who assessed.</param>
    /// <param name="date">When; later assessments of the same node and period replace earlier ones from their date.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public ManualAssessment(string nodeId, ReportingPeriod period, string categoryId, string motivation, string author, LocalDate date)
    {
        NodeId = Guard.Against.Null(nodeId);
        Period = Guard.Against.Null(period);
        CategoryId = Guard.Against.Null(categoryId);
        Motivation = Guard.Against.Null(motivation);
        Author = Guard.Against.Null(author);
        Date = date;
    }

    /// <summary>Gets the node assessed.</summary>
    public string NodeId { get; }

    /// <summary>Gets the period assessed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the category given.</summary>
    public string CategoryId { get; }

    /// <summary>Gets the motivation.</summary>
    public string Motivation { get; }

    /// <summary>Gets who assessed.</summary>
    public string Author { get; }

    /// <summary>Gets when.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets where the assessment comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }

    /// <summary>
    /// Gets how the node's points divide between done, planned and not done, given with a <i>détaillé</i> status
    /// (<see cref="Evaluation.AssessmentStatus.Detailed"/>; territoires-en-transitions' <c>avancementDetaille</c>).
    /// </summary>
    /// <value>Default <see langword="null"/>: the category alone says what the node achieved.</value>
    public PointsSplit? Split { get; init; }
}
