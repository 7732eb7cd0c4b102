namespace Styrmodell.Targets;

/// <summary>
/// A target stated as a change from the indicator's <see cref="Indicator.Baseline"/>: in the unit itself
/// (e.g. −1.5 percentage points) or in per cent of the baseline (e.g. −10 %).
/// </summary>
/// <param name="Change">The change; its sign is the direction of change.</param>
/// <param name="InPercentOfBaseline">Whether <paramref name="Change"/> is in per cent of the baseline value.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ChangeFromBaseline(decimal Change, bool InPercentOfBaseline = false) : TargetLevel
{
    internal override ResolvedTarget Resolve(Indicator indicator, int year)
    {
        if (indicator.Baseline is not { } baseline)
        {
            return ResolvedTarget.Unresolved($"indicator '{indicator.NodeId}' has no baseline to change from");
        }

        var change = InPercentOfBaseline ? baseline.Value * Change / 100m : Change;
        return ResolvedTarget.Of(baseline.Value + change, null);
    }

    /// <summary>Returns the change, e.g. <c>-10 % of baseline</c>.</summary>
    /// <returns>The change as invariant text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Change:+0.###;-0.###;0}{(InPercentOfBaseline ? " % of baseline" : " from baseline")}");
}
