namespace Styrmodell.Budget;

/// <summary>
/// When a forecast deficit needs an action plan (åtgärdsplan): a deficit at least <see cref="Amount"/>, or at least
/// <see cref="ShareOfFrame"/> of the frame, whichever is given (either suffices when both are). A surplus never needs
/// one.
/// </summary>
/// <remarks>Arboga: a deviation the administration cannot correct within its delegation needs an action plan decided by the committee.</remarks>
/// <param name="Amount">The smallest deficit that needs a plan, in the budget's amount unit (more than zero), or <see langword="null"/>.</param>
/// <param name="ShareOfFrame">The smallest deficit that needs a plan as a share of the frame (0.005 for 0.5 %), or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DeviationThreshold(decimal? Amount, decimal? ShareOfFrame)
{
    /// <summary>Gets the threshold under which every deficit, however small, needs an action plan; one shared instance.</summary>
    public static DeviationThreshold AnyDeficit { get; } = new(null, null);

    /// <summary>Gets whether a deviation (frame − forecast) needs an action plan.</summary>
    /// <param name="frame">The frame in force.</param>
    /// <param name="deviation">The deviation; negative is a deficit.</param>
    /// <returns><see langword="true"/> for a deficit that reaches the threshold.</returns>
    public bool Requires(decimal frame, decimal deviation)
    {
        if (deviation >= 0)
        {
            return false;
        }

        var deficit = -deviation;
        if (Amount is null && ShareOfFrame is null)
        {
            return true;
        }

        return (Amount is { } amount && deficit >= amount) || (ShareOfFrame is { } share && deficit >= share * Math.Abs(frame));
    }
}
