using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>One cell of a <see cref="RiskMatrix"/>: a probability and a consequence score, their value and band, and the risks scored so.</summary>
/// <param name="Probability">The probability score.</param>
/// <param name="Consequence">The consequence score.</param>
/// <param name="Value">Probability × consequence.</param>
/// <param name="Band">The band the value falls in.</param>
/// <param name="RiskIds">The ids of the risks in the cell, in the order given.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RiskMatrixCell(int Probability, int Consequence, int Value, RiskBand Band, EquatableArray<string> RiskIds)
{
    /// <summary>Gets how many risks are in the cell.</summary>
    public int Count => RiskIds.Count;
}
