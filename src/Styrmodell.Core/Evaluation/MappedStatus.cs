namespace Styrmodell.Evaluation;

/// <summary>
/// The status a node mapped from origins (<see cref="Rules.WeightedMappingRule"/>) takes when its structure replaces
/// theirs, from its points done, planned and not done: territoires-en-transitions' switch to the TE referential
/// (<c>merge-statuts.rules.ts</c>, <c>deriveStatutFromProjection</c>).
/// </summary>
/// <remarks>
/// No concerned origin: not concerned. No points done, planned or not done: not reported. Otherwise the shares of the
/// node's points (all 0 when it has none) give one status when one share is within <see cref="Tolerance"/> of 1 and the
/// others within it of 0 — so rounding residues such as [0.999, 0, 0.001] still read as done — else a detailed status
/// whose done and planned shares are rounded down to whole 5 %, and not done takes the rest.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MappedStatus
{
    /// <summary>How far a share may be from 0 or 1 and still count as that: 0.001, as TeT's scores have three decimals.</summary>
    public const double Tolerance = 1e-3;

    private MappedStatus(MappedStatusKind kind, double? done = null, double? planned = null, double? notDone = null) =>
        (Kind, DoneShare, PlannedShare, NotDoneShare) = (kind, done, planned, notDone);

    /// <summary>Gets the status.</summary>
    public MappedStatusKind Kind { get; }

    /// <summary>Gets the share done of a <see cref="MappedStatusKind.Detailed"/> status, a multiple of 0.05; else <see langword="null"/>.</summary>
    public double? DoneShare { get; }

    /// <summary>Gets the share planned of a <see cref="MappedStatusKind.Detailed"/> status, a multiple of 0.05; else <see langword="null"/>.</summary>
    public double? PlannedShare { get; }

    /// <summary>Gets the share not done of a <see cref="MappedStatusKind.Detailed"/> status, what the other two leave; else <see langword="null"/>.</summary>
    public double? NotDoneShare { get; }

    /// <summary>Derives the status from a mapped node's points.</summary>
    /// <param name="done">The points done.</param>
    /// <param name="planned">The points planned.</param>
    /// <param name="notDone">The points not done.</param>
    /// <param name="potential">The node's points (potential).</param>
    /// <param name="concernedOrigins">How many of its origins are concerned.</param>
    /// <returns>The status.</returns>
    public static MappedStatus FromPoints(double done, double planned, double notDone, double potential, int concernedOrigins)
    {
        if (concernedOrigins <= 0)
        {
            return new(MappedStatusKind.NotConcerned);
        }

        if (done == 0 && planned == 0 && notDone == 0)
        {
            return new(MappedStatusKind.NotReported);
        }

        var (d, p, n) = potential == 0 ? (0.0, 0.0, 0.0) : (done / potential, planned / potential, notDone / potential);
        if (d >= 1 - Tolerance && p <= Tolerance && n <= Tolerance)
        {
            return new(MappedStatusKind.Done);
        }

        if (p >= 1 - Tolerance && d <= Tolerance && n <= Tolerance)
        {
            return new(MappedStatusKind.Planned);
        }

        if (n >= 1 - Tolerance && d <= Tolerance && p <= Tolerance)
        {
            return new(MappedStatusKind.NotDone);
        }

        // TeT's arrondiCinqPourcent, in the same floating-point steps so that its figures come out exactly.
        var donePercent = Math.Floor(d * 100 / 5) * 5;
        var plannedPercent = Math.Floor(p * 100 / 5) * 5;
        return new(MappedStatusKind.Detailed, donePercent / 100, plannedPercent / 100, (100 - donePercent - plannedPercent) / 100);
    }
}
