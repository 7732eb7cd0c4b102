using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

public abstract partial record Formula
{
    /// <summary>A number given in the formula, e.g. a weight.</summary>
    /// <param name="Value">The number.</param>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Constant(decimal Value) : Formula
    {
        internal override IEnumerable<(string Member, Formula Part)> Parts => [];

        /// <summary>Returns the number as invariant text.</summary>
        /// <returns>E.g. <c>0.2</c>.</returns>
        public override string ToString() => Text(Value);
    }

    /// <summary>
    /// The raw value of another indicator for the period evaluated — its measured outcome, else its forecast when
    /// forecasts are used, a ratio's value scaled, a derived indicator's computed value (TeT's <c>val</c>); optional
    /// (TeT's <c>opt_val</c>), a missing value counts as 0 instead of leaving the formula without a value.
    /// </summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Input : Formula
    {
        /// <summary>Creates an input.</summary>
        /// <param name="indicatorId">The node id of the indicator read.</param>
        /// <param name="isOptional">Whether a missing value counts as 0.</param>
        /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is <see langword="null"/>.</exception>
        public Input(string indicatorId, bool isOptional = false)
        {
            IndicatorId = Guard.Against.Null(indicatorId);
            IsOptional = isOptional;
        }

        /// <summary>Gets the node id of the indicator read.</summary>
        public string IndicatorId { get; }

        /// <summary>Gets whether a missing value counts as 0 (TeT's <c>opt_val</c>) rather than leaving the formula without a value.</summary>
        public bool IsOptional { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => [];

        /// <summary>Returns e.g. <c>val(a)</c> or <c>opt_val(b)</c>.</summary>
        /// <returns>The input as short text.</returns>
        public override string ToString() => (IsOptional ? "opt_val(" : "val(") + IndicatorId + ")";
    }
}
