using System.Globalization;

namespace Styrmodell.Targets;

/// <summary>A target stated as a value: a floor, a ceiling or an exact value, by the indicator's direction.</summary>
/// <param name="Value">The target value, in the indicator's unit.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AbsoluteLevel(decimal Value) : TargetLevel
{
    internal override ResolvedTarget Resolve(Indicator indicator, int year) => ResolvedTarget.Of(Value, null);

    /// <summary>Returns the value as invariant text.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
