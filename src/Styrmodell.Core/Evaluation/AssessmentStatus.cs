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
/// points-based roll-up awards the status's share of the node's points. A status may also say what it means — how the
/// node's points divide between done, planned and not done (<see cref="Split"/>) — and then its share is the part of
/// the split that is scored (<see cref="Scored"/>), and a points explanation can give all three parts at once. A
/// <i>détaillé</i> status (<see cref="IsDetailed"/>) takes its split from each assessment that names it. A
/// not-concerned status takes the node out: roll-ups leave it out without counting it as missing, and a
/// <see cref="Rules.PointsRule"/> may give its points to its siblings. Statuses are listed in
/// <see cref="EvaluationOptions.Statuses"/>; their ids must differ from the scale's.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AssessmentStatus
{
    private AssessmentStatus(string id, string label, double? share, PointsSplit? split, PointsShare? scored, bool notConcerned)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Label = Guard.Against.Null(label);
        Share = share;
        Split = split;
        Scored = scored;
        IsNotConcerned = notConcerned;
    }

    /// <summary>Gets the status's id, which manual assessments name as their category, e.g. <c>fait</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the label shown to people (data), e.g. <c>Fait</c>.</summary>
    public string Label { get; }

    /// <summary>
    /// Gets the share of the node achieved, in [0, 1]; <see langword="null"/> for a not-concerned status and for a
    /// <i>détaillé</i> one, whose share each assessment's split gives.
    /// </summary>
    public double? Share { get; }

    /// <summary>Gets how the status divides the node's points between done, planned and not done, or <see langword="null"/> when it does not say.</summary>
    public PointsSplit? Split { get; }

    /// <summary>Gets which part of the split is the scored share (statuses with a split, and <i>détaillé</i> ones).</summary>
    public PointsShare? Scored { get; }

    /// <summary>Gets whether the status takes the node out as not concerned.</summary>
    public bool IsNotConcerned { get; }

    /// <summary>Gets whether the split comes from the assessment naming the status (<see cref="ManualAssessment.Split"/>).</summary>
    public bool IsDetailed => Scored is not null && Split is null;

    /// <summary>A status that scores a share, e.g. done = 1, planned = 0 when scoring the share done.</summary>
    /// <param name="id">The id, unique among statuses and scale categories.</param>
    /// <param name="label">The label.</param>
    /// <param name="share">The share achieved, in [0, 1].</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside [0, 1].</exception>
    public static AssessmentStatus WithShare(string id, string label, double share) =>
        new(id, label, Guard.Against.OutOfRange(share, nameof(share), 0.0, 1.0), null, null, false);

    /// <summary>
    /// A status that says how it divides the node's points between done, planned and not done, and scores one of the
    /// parts: <c>fait</c> is <see cref="PointsSplit.AllDone"/>, and scoring <see cref="PointsShare.Done"/> it scores 1.
    /// </summary>
    /// <param name="id">The id, unique among statuses and scale categories.</param>
    /// <param name="label">The label.</param>
    /// <param name="split">The split, each share in [0, 1], summing to 1.</param>
    /// <param name="scored">The part of the split scored.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space, <paramref name="split"/> is not a valid split, or <paramref name="scored"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public static AssessmentStatus WithSplit(string id, string label, PointsSplit split, PointsShare scored)
    {
        Guard.Against.Null(split);
        Guard.Against.EnumOutOfRange(scored);
        Guard.Against.InvalidInput(split, nameof(split), s => s.IsValid, "Each share of a split must be in [0, 1] and the three must sum to 1.");
        return new(id, label, Part(split, scored), split, scored, false);
    }

    /// <summary>
    /// A <i>détaillé</i> status: each manual assessment naming it gives its own split (<see cref="ManualAssessment.Split"/>),
    /// and the node scores its <paramref name="scored"/> part.
    /// </summary>
    /// <param name="id">The id, unique among statuses and scale categories.</param>
    /// <param name="label">The label.</param>
    /// <param name="scored">The part of each assessment's split scored.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space, or <paramref name="scored"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public static AssessmentStatus Detailed(string id, string label, PointsShare scored) =>
        new(id, label, null, null, Guard.Against.EnumOutOfRange(scored), false);

    /// <summary>A status that takes the node out as not concerned (French <i>non concerné</i>).</summary>
    /// <param name="id">The id, unique among statuses and scale categories.</param>
    /// <param name="label">The label.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public static AssessmentStatus NotConcerned(string id, string label) => new(id, label, null, null, null, true);

    /// <summary>The part of a split that a share names.</summary>
    internal static double Part(PointsSplit split, PointsShare share) => share switch
    {
        PointsShare.Planned => split.Planned,
        PointsShare.NotDone => split.NotDone,
        _ => split.Done,
    };
}
