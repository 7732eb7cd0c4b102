using Styrmodell.Model;
using Ardalis.GuardClauses;

namespace Styrmodell.Evaluation;

/// <summary>
/// A reported status of a node — such as done, planned, not done, or not concerned — that a
/// <see cref="ManualAssessment"/> can give instead of a category of the scale. A status is a fact, not an opinion: it
/// is the node's result whatever the <see cref="ManualAssessmentMode"/> and whatever feeds the node.
/// </summary>
/// <remarks>
/// A status with a share scores that share (its category follows from the scale); the share is what rolls up, so a
/// points-based roll-up awards the status's share of the node's points. A not-concerned status takes the node out:
/// roll-ups leave it out without counting it as missing, and a <see cref="Rules.PointsRule"/> may give its points to
/// its siblings. Statuses are listed in <see cref="EvaluationOptions.Statuses"/>; their ids must differ from the scale's.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AssessmentStatus
{
    private AssessmentStatus(string id, string label, double? share)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Label = Guard.Against.Null(label);
        Share = share;
    }

    /// <summary>Gets the status's id, which manual assessments name as their category, e.g. <c>fait</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the label shown to people (data), e.g. <c>Fait</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the share of the node achieved, in [0, 1], or <see langword="null"/> for a not-concerned status.</summary>
    public double? Share { get; }

    /// <summary>Gets whether the status takes the node out as not concerned.</summary>
    public bool IsNotConcerned => Share is null;

    /// <summary>A status that scores a share, e.g. done = 1, planned = 0 when scoring the share done.</summary>
    /// <param name="id">The id, unique among statuses and scale categories.</param>
    /// <param name="label">The label.</param>
    /// <param name="share">The share achieved, in [0, 1].</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside [0, 1].</exception>
    public static AssessmentStatus WithShare(string id, string label, double share) =>
        new(id, label, Guard.Against.OutOfRange(share, nameof(share), 0.0, 1.0));

    /// <summary>A status that takes the node out as not concerned (French <i>non concerné</i>).</summary>
    /// <param name="id">The id, unique among statuses and scale categories.</param>
    /// <param name="label">The label.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public static AssessmentStatus NotConcerned(string id, string label) => new(id, label, null);
}
