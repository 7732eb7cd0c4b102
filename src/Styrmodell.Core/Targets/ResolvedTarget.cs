namespace Styrmodell.Targets;

/// <summary>
/// A target level turned into numbers for one year: <see cref="Value"/> (and <see cref="UpperValue"/> for a range),
/// or the reason it could not be resolved (no baseline, no comparison value).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct ResolvedTarget
{
    private ResolvedTarget(decimal value, decimal? upperValue, string? unresolvedReason)
    {
        Value = value;
        UpperValue = upperValue;
        UnresolvedReason = unresolvedReason;
    }

    /// <summary>Gets whether the target has numbers.</summary>
    public bool IsResolved => UnresolvedReason is null;

    /// <summary>Gets the target value (a range's low end); 0 when unresolved.</summary>
    public decimal Value { get; }

    /// <summary>Gets a range's high end, or <see langword="null"/>.</summary>
    public decimal? UpperValue { get; }

    /// <summary>Gets why the target could not be resolved, or <see langword="null"/> when it was.</summary>
    public string? UnresolvedReason { get; }

    internal static ResolvedTarget Of(decimal value, decimal? upper) => new(value, upper, null);

    internal static ResolvedTarget Unresolved(string reason) => new(0, null, reason);

    /// <summary>Returns the value, the range, or the reason.</summary>
    /// <returns>The target as invariant text.</returns>
    public override string ToString() =>
        UnresolvedReason ?? (UpperValue is { } upper ? FormattableString.Invariant($"{Value}–{upper}") : FormattableString.Invariant($"{Value}"));
}
