namespace Styrmodell.Model;

/// <summary>
/// How a node's points divide between done, planned and not done — territoires-en-transitions' <i>avancement détaillé</i>
/// [fait, programmé, pas fait]. Each share is in [0, 1] and the three sum to 1 (<see cref="IsValid"/>); a
/// <see cref="ManualAssessment.Split"/> that does not is a validation problem, not an exception.
/// </summary>
/// <param name="Done">The share done (<i>fait</i>).</param>
/// <param name="Planned">The share planned (<i>programmé</i>).</param>
/// <param name="NotDone">The share not done (<i>pas fait</i>).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PointsSplit(double Done, double Planned, double NotDone)
{
    // Shares typed as decimals (0.2 + 0.7 + 0.1) do not sum to exactly 1 in binary floating point.
    private const double SumTolerance = 1e-9;

    /// <summary>Gets the split of a node all done.</summary>
    public static PointsSplit AllDone { get; } = new(1, 0, 0);

    /// <summary>Gets the split of a node all planned.</summary>
    public static PointsSplit AllPlanned { get; } = new(0, 1, 0);

    /// <summary>Gets the split of a node all not done.</summary>
    public static PointsSplit AllNotDone { get; } = new(0, 0, 1);

    /// <summary>Gets whether every share is in [0, 1] and the three sum to 1 (within 10⁻⁹).</summary>
    public bool IsValid => InUnit(Done) && InUnit(Planned) && InUnit(NotDone) && Math.Abs(Done + Planned + NotDone - 1.0) <= SumTolerance;

    private static bool InUnit(double share) => share is >= 0 and <= 1;
}
