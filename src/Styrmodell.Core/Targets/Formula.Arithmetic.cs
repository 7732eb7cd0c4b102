using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Targets;

public abstract partial record Formula
{
    /// <summary>The sum of its terms.</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Sum : Formula
    {
        /// <summary>Creates a sum.</summary>
        /// <param name="terms">The terms; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of them is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="terms"/> is empty.</exception>
        public Sum(params IEnumerable<Formula> terms) => Terms = Operands(terms);

        /// <summary>Gets the terms.</summary>
        public EquatableArray<Formula> Terms { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => Indexed("sum", Terms);

        /// <summary>Returns e.g. <c>(val(a) + val(b))</c>.</summary>
        /// <returns>The sum as short text.</returns>
        public override string ToString() => Join(Terms, " + ");
    }

    /// <summary>The product of its factors.</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Product : Formula
    {
        /// <summary>Creates a product.</summary>
        /// <param name="factors">The factors; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="factors"/> or one of them is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="factors"/> is empty.</exception>
        public Product(params IEnumerable<Formula> factors) => Factors = Operands(factors);

        /// <summary>Gets the factors.</summary>
        public EquatableArray<Formula> Factors { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => Indexed("product", Factors);

        /// <summary>Returns e.g. <c>(0.2 * val(a))</c>.</summary>
        /// <returns>The product as short text.</returns>
        public override string ToString() => Join(Factors, " * ");
    }

    /// <summary>The smallest of its terms (TeT's <c>min</c>).</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Minimum : Formula
    {
        /// <summary>Creates a minimum.</summary>
        /// <param name="terms">The terms; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of them is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="terms"/> is empty.</exception>
        public Minimum(params IEnumerable<Formula> terms) => Terms = Operands(terms);

        /// <summary>Gets the terms.</summary>
        public EquatableArray<Formula> Terms { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => Indexed("min", Terms);

        /// <summary>Returns e.g. <c>min(val(a), 1)</c>.</summary>
        /// <returns>The minimum as short text.</returns>
        public override string ToString() => "min" + Join(Terms, ", ");
    }

    /// <summary>The largest of its terms (TeT's <c>max</c>).</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Maximum : Formula
    {
        /// <summary>Creates a maximum.</summary>
        /// <param name="terms">The terms; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of them is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="terms"/> is empty.</exception>
        public Maximum(params IEnumerable<Formula> terms) => Terms = Operands(terms);

        /// <summary>Gets the terms.</summary>
        public EquatableArray<Formula> Terms { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => Indexed("max", Terms);

        /// <summary>Returns e.g. <c>max(val(a), 0)</c>.</summary>
        /// <returns>The maximum as short text.</returns>
        public override string ToString() => "max" + Join(Terms, ", ");
    }

    /// <summary>One formula minus another.</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Difference : Formula
    {
        /// <summary>Creates a difference.</summary>
        /// <param name="minuend">What is subtracted from.</param>
        /// <param name="subtrahend">What is subtracted.</param>
        /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
        public Difference(Formula minuend, Formula subtrahend) => (Minuend, Subtrahend) = (Guard.Against.Null(minuend), Guard.Against.Null(subtrahend));

        /// <summary>Gets what is subtracted from.</summary>
        public Formula Minuend { get; }

        /// <summary>Gets what is subtracted.</summary>
        public Formula Subtrahend { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => [("difference[0]", Minuend), ("difference[1]", Subtrahend)];

        /// <summary>Returns e.g. <c>(val(a) - val(b))</c>.</summary>
        /// <returns>The difference as short text.</returns>
        public override string ToString() => $"({Minuend} - {Subtrahend})";
    }

    /// <summary>One formula divided by another; a denominator of 0 leaves the indicator without a value.</summary>
    /// <threadsafety>Immutable and safe to share between threads.</threadsafety>
    public sealed record Quotient : Formula
    {
        /// <summary>Creates a quotient.</summary>
        /// <param name="numerator">The numerator.</param>
        /// <param name="denominator">The denominator.</param>
        /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
        public Quotient(Formula numerator, Formula denominator) => (Numerator, Denominator) = (Guard.Against.Null(numerator), Guard.Against.Null(denominator));

        /// <summary>Gets the numerator.</summary>
        public Formula Numerator { get; }

        /// <summary>Gets the denominator.</summary>
        public Formula Denominator { get; }

        internal override IEnumerable<(string Member, Formula Part)> Parts => [("quotient[0]", Numerator), ("quotient[1]", Denominator)];

        /// <summary>Returns e.g. <c>(val(a) / val(b))</c>.</summary>
        /// <returns>The quotient as short text.</returns>
        public override string ToString() => $"({Numerator} / {Denominator})";
    }

    private static EquatableArray<Formula> Operands(IEnumerable<Formula> operands)
    {
        var array = Guard.Against.Null(operands).ToArray();
        Guard.Against.InvalidInput(array, nameof(operands), a => a.Length > 0, "An operation needs at least one operand.");
        foreach (var operand in array)
        {
            Guard.Against.Null(operand, nameof(operands));
        }

        return EquatableArray.Create<Formula>(array);
    }
}
