using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Targets;

/// <summary>
/// A condition on data that a <see cref="Formula.Choice"/> tests: a comparison of two formulas, or all or any of
/// several conditions (TeT's <c>et</c>, <c>ou</c>).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public abstract record FormulaCondition
{
    private protected FormulaCondition()
    {
    }

    /// <summary>The formulas the condition compares, with their member names under <paramref name="member"/>.</summary>
    internal abstract IEnumerable<(string Member, Formula Part)> Operands(string member);

    /// <summary>Two formulas compared.</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Comparison : FormulaCondition
    {
        /// <summary>Creates a comparison.</summary>
        /// <param name="left">The left side.</param>
        /// <param name="operator">How the sides are compared.</param>
        /// <param name="right">The right side.</param>
        /// <exception cref="ArgumentNullException"><paramref name="left"/> or <paramref name="right"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="operator"/> is not a defined value.</exception>
        public Comparison(Formula left, ComparisonOperator @operator, Formula right) =>
            (Left, Operator, Right) = (Guard.Against.Null(left), Guard.Against.EnumOutOfRange(@operator), Guard.Against.Null(right));

        /// <summary>Gets the left side.</summary>
        public Formula Left { get; }

        /// <summary>Gets how the sides are compared.</summary>
        public ComparisonOperator Operator { get; }

        /// <summary>Gets the right side.</summary>
        public Formula Right { get; }

        /// <summary>Gets the member name of the operator in the document format, e.g. <c>lessThan</c>.</summary>
        internal string Member => Operator switch
        {
            ComparisonOperator.LessThan => "lessThan",
            ComparisonOperator.AtMost => "atMost",
            ComparisonOperator.GreaterThan => "greaterThan",
            ComparisonOperator.AtLeast => "atLeast",
            _ => "equalTo",
        };

        internal override IEnumerable<(string Member, Formula Part)> Operands(string member) =>
            [($"{member}.{Member}[0]", Left), ($"{member}.{Member}[1]", Right)];

        /// <summary>Returns e.g. <c>val(a) &lt; 2</c>.</summary>
        /// <returns>The comparison as short text.</returns>
        public override string ToString() => $"{Left} {Operator switch
        {
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.AtMost => "<=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.AtLeast => ">=",
            _ => "=",
        }} {Right}";
    }

    /// <summary>Holds when every condition holds (TeT's <c>et</c>).</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record All : FormulaCondition
    {
        /// <summary>Creates the condition.</summary>
        /// <param name="conditions">The conditions; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or one of them is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="conditions"/> is empty.</exception>
        public All(params IEnumerable<FormulaCondition> conditions) => Conditions = Checked(conditions);

        /// <summary>Gets the conditions.</summary>
        public EquatableArray<FormulaCondition> Conditions { get; }

        internal override IEnumerable<(string Member, Formula Part)> Operands(string member) =>
            Conditions.AsSpan().ToArray().SelectMany((c, k) => c.Operands($"{member}.all[{k}]"));

        /// <summary>Returns e.g. <c>(val(a) &gt; 1 and val(b) &gt; 1)</c>.</summary>
        /// <returns>The condition as short text.</returns>
        public override string ToString() => "(" + string.Join(" and ", Conditions) + ")";
    }

    /// <summary>Holds when any condition holds (TeT's <c>ou</c>).</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Any : FormulaCondition
    {
        /// <summary>Creates the condition.</summary>
        /// <param name="conditions">The conditions; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or one of them is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="conditions"/> is empty.</exception>
        public Any(params IEnumerable<FormulaCondition> conditions) => Conditions = Checked(conditions);

        /// <summary>Gets the conditions.</summary>
        public EquatableArray<FormulaCondition> Conditions { get; }

        internal override IEnumerable<(string Member, Formula Part)> Operands(string member) =>
            Conditions.AsSpan().ToArray().SelectMany((c, k) => c.Operands($"{member}.any[{k}]"));

        /// <summary>Returns e.g. <c>(val(a) &gt; 1 or val(b) &gt; 1)</c>.</summary>
        /// <returns>The condition as short text.</returns>
        public override string ToString() => "(" + string.Join(" or ", Conditions) + ")";
    }

    private static EquatableArray<FormulaCondition> Checked(IEnumerable<FormulaCondition> conditions)
    {
        var array = Guard.Against.Null(conditions).ToArray();
        Guard.Against.InvalidInput(array, nameof(conditions), a => a.Length > 0, "A condition needs at least one condition to combine.");
        foreach (var condition in array)
        {
            Guard.Against.Null(condition, nameof(conditions));
        }

        return EquatableArray.Create<FormulaCondition>(array);
    }
}
