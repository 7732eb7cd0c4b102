using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Targets;

/// <summary>
/// What is measured at an indicator node and what it should reach: unit, direction, baseline, and every target
/// value ever decided for it (per mandate period and per year, with their revisions).
/// </summary>
/// <remarks>
/// Targets are never overwritten: a revision is added as a further <see cref="TargetValue"/> with a later
/// <see cref="Decision"/>, and <see cref="TargetAsOf"/> answers which one applied on a given date.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial record Indicator
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="nodeId">The id of the indicator node it belongs to.</param>
    /// <param name="unit">What the values measure.</param>
    /// <param name="direction">Which outcomes are better.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> or <paramref name="direction"/> is not a defined value.</exception>
    public Indicator(string nodeId, MeasureUnit unit, Direction direction)
    {
        NodeId = Guard.Against.Null(nodeId);
        Unit = Guard.Against.EnumOutOfRange(unit);
        Direction = Guard.Against.EnumOutOfRange(direction);
    }

    /// <summary>Gets the id of the indicator node.</summary>
    public string NodeId { get; }

    /// <summary>Gets what the values measure.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>Gets which outcomes are better.</summary>
    public Direction Direction { get; }

    /// <summary>Gets what a ratio's parts count; required when <see cref="Unit"/> is <see cref="MeasureUnit.Ratio"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public RatioDefinition? Ratio { get; init; }

    /// <summary>Gets the source of outcomes, e.g. a Kolada KPI id such as <c>N00090</c>, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Source { get; init; }

    /// <summary>Gets the starting point, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Baseline? Baseline { get; init; }

    /// <summary>Gets every decided target value, revisions included, in any order.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<TargetValue> Targets { get; init; }

    /// <summary>Gets the values of the comparisons that <see cref="RelativeToComparison"/> targets refer to.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ComparisonValue> Comparisons { get; init; }

    /// <summary>Gets how yearly targets are derived for years without a decided one.</summary>
    /// <value>Default <see cref="TargetDerivation.None"/>: nothing is derived.</value>
    public TargetDerivation Derivation { get; init; }

    /// <summary>Gets the first year the indicator is used, or <see langword="null"/> for no bound.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? FirstYear { get; init; }

    /// <summary>Gets the last year the indicator is used, or <see langword="null"/> for no bound.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? LastYear { get; init; }

    /// <summary>Returns e.g. <c>n-sjuk (Percent, LowerIsBetter)</c>.</summary>
    /// <returns>The indicator as short text.</returns>
    public override string ToString() => $"{NodeId} ({Unit}, {Direction})";
}
