namespace Styrmodell.Evaluation;

/// <summary>Whether an indicator's trend of outcomes reaches its target in time, or why that cannot be said, as data.</summary>
/// <param name="OnTrack"><see langword="true"/> or <see langword="false"/>, or <see langword="null"/> when it cannot be assessed.</param>
/// <param name="TargetYear">The year the target is to be reached (a mandate-period target's last year, else the period's year).</param>
/// <param name="Projected">The outcome the trend projects for <paramref name="TargetYear"/>, or <see langword="null"/>.</param>
/// <param name="Finding">What the check found.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TrendAssessment(bool? OnTrack, int TargetYear, decimal? Projected, TrendFinding Finding)
{
    /// <summary>Gets how many yearly measured outcomes up to the year there are.</summary>
    public int Outcomes { get; init; }

    /// <summary>Gets the year of the earlier of the two outcomes the line runs through, or <see langword="null"/>.</summary>
    public int? FromYear { get; init; }

    /// <summary>Gets the earlier outcome's value (scaled for a ratio), or <see langword="null"/>.</summary>
    public decimal? FromValue { get; init; }

    /// <summary>Gets the year of the later of the two outcomes, or <see langword="null"/>.</summary>
    public int? ToYear { get; init; }

    /// <summary>Gets the later outcome's value (scaled for a ratio), or <see langword="null"/>.</summary>
    public decimal? ToValue { get; init; }

    /// <summary>Gets the target value compared with, or <see langword="null"/>.</summary>
    public decimal? Target { get; init; }
}
