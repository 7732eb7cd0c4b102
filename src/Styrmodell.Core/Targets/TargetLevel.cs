namespace Styrmodell.Targets;

/// <summary>
/// How a target's value is stated: as an absolute level, a range, a change from the baseline, or relative to a
/// comparison such as the national average. <see cref="Indicator.Resolve"/> turns it into numbers.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public abstract record TargetLevel
{
    private protected TargetLevel()
    {
    }

    /// <summary>Resolves the level for one year, or says why it cannot.</summary>
    internal abstract ResolvedTarget Resolve(Indicator indicator, int year);
}
