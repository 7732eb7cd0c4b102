namespace Styrmodell.Targets;

public sealed partial record Indicator
{
    /// <summary>
    /// Gets how the indicator's outcome is computed from other indicators' values for each period, or
    /// <see langword="null"/> when its outcomes are reported. A derived indicator takes no outcomes of its own; it is
    /// scored against its own targets like any indicator. (Not to be confused with <see cref="Derivation"/>, which
    /// derives yearly <em>targets</em>.)
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public Formula? Formula { get; init; }
}
