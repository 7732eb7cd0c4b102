using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>
/// One target for an indicator: its scope (a year or a mandate period), its level, and the decision behind it.
/// A revision is a further target value for the same scope with a later decision.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TargetValue
{
    /// <summary>Creates a decided target value.</summary>
    /// <param name="scope">The year or mandate period the target is for.</param>
    /// <param name="level">How the target is stated.</param>
    /// <param name="decision">The decision behind it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> or <paramref name="decision"/> is <see langword="null"/>.</exception>
    public TargetValue(TargetScope scope, TargetLevel level, Decision decision)
        : this(scope, level, Guard.Against.Null(decision), TargetOrigin.Decided)
    {
    }

    private TargetValue(TargetScope scope, TargetLevel level, Decision decision, TargetOrigin origin)
    {
        Scope = scope;
        Level = Guard.Against.Null(level);
        Decision = decision;
        Origin = origin;
    }

    /// <summary>Gets the year or mandate period the target is for.</summary>
    public TargetScope Scope { get; }

    /// <summary>Gets how the target is stated.</summary>
    public TargetLevel Level { get; }

    /// <summary>
    /// Gets the decision behind the target; for a derived target, the decision of the mandate-period target it was
    /// derived from.
    /// </summary>
    public Decision Decision { get; }

    /// <summary>Gets whether the target was decided or derived.</summary>
    public TargetOrigin Origin { get; }

    internal static TargetValue Derived(int year, decimal value, Decision source) =>
        new(TargetScope.Year(year), new AbsoluteLevel(value), source, TargetOrigin.Derived);

    /// <summary>Returns e.g. <c>2024: 5.2 (derived)</c>.</summary>
    /// <returns>The target as short text.</returns>
    public override string ToString() =>
        $"{Scope}: {Level}" + (Origin == TargetOrigin.Derived ? " (derived)" : $" ({Decision})");
}
