using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

public abstract partial record Formula
{
    /// <summary>
    /// One formula or another by a condition on data (TeT's <c>si … alors … sinon</c>), e.g. a weight of 0.2 when an
    /// answer recorded as an indicator's outcome is 1 and 0.1 otherwise. Without <see cref="Otherwise"/>, a false
    /// condition leaves the indicator without a value.
    /// </summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Choice : Formula
    {
        /// <summary>Creates a choice.</summary>
        /// <param name="when">The condition.</param>
        /// <param name="then">The formula when the condition holds.</param>
        /// <param name="otherwise">The formula when it does not, or <see langword="null"/> for no value.</param>
        /// <exception cref="ArgumentNullException"><paramref name="when"/> or <paramref name="then"/> is <see langword="null"/>.</exception>
        public Choice(FormulaCondition when, Formula then, Formula? otherwise = null) =>
            (When, Then, Otherwise) = (Guard.Against.Null(when), Guard.Against.Null(then), otherwise);

        /// <summary>Gets the condition.</summary>
        public FormulaCondition When { get; }

        /// <summary>Gets the formula used when the condition holds.</summary>
        public Formula Then { get; }

        /// <summary>Gets the formula used when it does not, or <see langword="null"/>: no value.</summary>
        public Formula? Otherwise { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts =>
            When.Operands("if").Append(("then", Then)).Concat(Otherwise is null ? [] : [("else", Otherwise)]);

        /// <summary>Returns e.g. <c>(if val(a) &lt; 2 then 0 else 1)</c>.</summary>
        /// <returns>The choice as short text.</returns>
        public override string ToString() => $"(if {When} then {Then}{(Otherwise is null ? "" : $" else {Otherwise}")})";
    }
}
