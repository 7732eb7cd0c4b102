namespace Styrmodell.FollowUp;

/// <summary>How many risks of an internal control plan fall in one band of its scale.</summary>
/// <param name="Band">The band.</param>
/// <param name="Count">The number of risks whose value falls in it.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BandCount(RiskBand Band, int Count);
