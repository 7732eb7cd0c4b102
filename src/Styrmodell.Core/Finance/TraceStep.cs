using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>One explained step of a balance-requirement reconciliation, as data: what it computed and from which numbers.</summary>
/// <remarks>
/// Steps of kind <see cref="TraceStepKind.Figure"/>, <see cref="TraceStepKind.Adjustment"/>,
/// <see cref="TraceStepKind.Subtotal"/> and <see cref="TraceStepKind.Total"/> are the lines of the published
/// balanskravsutredning, in order, and add up; the others explain limits and checks. A step holds no sentences: the
/// line's name and its formula in words come from a renderer (Styrmodell.Reporting), in the reader's language, from
/// <see cref="Key"/>, <see cref="Finding"/>, <see cref="Terms"/> and <see cref="Parts"/>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TraceStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="key">A stable key, e.g. <c>realisation-gains</c> or <c>maximum-reservation</c>.</param>
    /// <param name="kind">The step's role.</param>
    /// <param name="amount">The signed amount, or <see langword="null"/> for a step without one (or an unknown limit).</param>
    /// <param name="ruleSet">The name of the rule set or guidelines that produced the step, or <see langword="null"/> for steps common to all rule sets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    public TraceStep(string key, TraceStepKind kind, decimal? amount, string? ruleSet = null)
    {
        Key = Guard.Against.NullOrWhiteSpace(key);
        Kind = kind;
        Amount = amount;
        RuleSet = ruleSet;
    }

    /// <summary>Gets the stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the step's role.</summary>
    public TraceStepKind Kind { get; }

    /// <summary>Gets the signed amount, or <see langword="null"/>.</summary>
    public decimal? Amount { get; }

    /// <summary>Gets the name of the rule set or guidelines that produced the step, or <see langword="null"/>.</summary>
    public string? RuleSet { get; }

    /// <summary>Gets what the step found (within a limit, above it, a figure assumed, …).</summary>
    /// <value>Default <see cref="TraceFinding.None"/>: the step only computes its amount.</value>
    public TraceFinding Finding { get; init; }

    /// <summary>Gets the named numbers the amount was computed from, in the formula's order (see <see cref="TraceTerms"/>).</summary>
    /// <value>Default empty.</value>
    public EquatableArray<TraceTerm> Terms { get; init; }

    /// <summary>Gets the items an adjustment line sums (each realisation item, each printed line), in the document's order.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<TracePart> Parts { get; init; }

    /// <summary>Gets the line's label as the document prints it, for lines the document names itself; otherwise <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Label { get; init; }

    /// <summary>Gets the value of a named term.</summary>
    /// <param name="name">The term's name, one of <see cref="TraceTerms"/>.</param>
    /// <returns>The value, or <see langword="null"/> when the step has no such term.</returns>
    public decimal? Term(string name)
    {
        foreach (var term in Terms)
        {
            if (string.Equals(term.Name, name, StringComparison.Ordinal))
            {
                return term.Value;
            }
        }

        return null;
    }

    /// <summary>Returns e.g. <c>threshold: 11.105 [share=0.01, b=1110.5]</c>: invariant data, not a sentence.</summary>
    /// <returns>The key, amount and terms.</returns>
    public override string ToString() =>
        Key + ": " + (Amount is { } a ? FinanceText.Amount(a) : "–")
        + (Terms.IsEmpty ? "" : " [" + string.Join(", ", Terms.Select(t => t.Name + "=" + FinanceText.Amount(t.Value))) + "]");
}
