namespace Styrmodell.Evaluation;

/// <summary>How a number that a report shows is rounded (see <see cref="Rounding"/>).</summary>
public enum RoundingMode
{
    /// <summary>Not rounded: the value as computed.</summary>
    None,

    /// <summary>Halves go away from zero (2.5 → 3, −2.5 → −3), as Swedish reports and most of the systems the presets reproduce do.</summary>
    HalfAwayFromZero,

    /// <summary>Halves go to the even neighbour (2.5 → 2, 3.5 → 4): .NET's and Python's default ("banker's rounding").</summary>
    HalfToEven,
}
