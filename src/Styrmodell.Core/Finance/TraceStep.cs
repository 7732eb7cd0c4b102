using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>One explained step of a balance-requirement reconciliation.</summary>
/// <remarks>
/// Steps of kind <see cref="TraceStepKind.Figure"/>, <see cref="TraceStepKind.Adjustment"/>,
/// <see cref="TraceStepKind.Subtotal"/> and <see cref="TraceStepKind.Total"/> are the lines of the published
/// balanskravsutredning, in order, and add up; the others explain limits and checks.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TraceStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="key">A stable key, e.g. <c>realisation-gains</c> or <c>maximum-reservation</c>.</param>
    /// <param name="kind">The step's role.</param>
    /// <param name="label">The line's Swedish label as in an annual report, e.g. <c>Samtliga realisationsvinster</c>.</param>
    /// <param name="amount">The signed amount, or <see langword="null"/> for a step without one (or an unknown limit).</param>
    /// <param name="explanation">The formula with its numbers, or the reasoning, in English with legal references.</param>
    /// <param name="ruleSet">The name of the rule set that produced the step, or <see langword="null"/> for steps common to all rule sets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="label"/> or <paramref name="explanation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/>, <paramref name="label"/> or <paramref name="explanation"/> is empty or white space.</exception>
    public TraceStep(string key, TraceStepKind kind, string label, decimal? amount, string explanation, string? ruleSet = null)
    {
        Key = Guard.Against.NullOrWhiteSpace(key);
        Kind = kind;
        Label = Guard.Against.NullOrWhiteSpace(label);
        Amount = amount;
        Explanation = Guard.Against.NullOrWhiteSpace(explanation);
        RuleSet = ruleSet;
    }

    /// <summary>Gets the stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the step's role.</summary>
    public TraceStepKind Kind { get; }

    /// <summary>Gets the Swedish label.</summary>
    public string Label { get; }

    /// <summary>Gets the signed amount, or <see langword="null"/>.</summary>
    public decimal? Amount { get; }

    /// <summary>Gets the formula or reasoning.</summary>
    public string Explanation { get; }

    /// <summary>Gets the name of the rule set that produced the step, or <see langword="null"/>.</summary>
    public string? RuleSet { get; }

    /// <summary>Returns e.g. <c>Samtliga realisationsvinster: -1.6 (…)</c>.</summary>
    /// <returns>The label, amount and explanation as one line.</returns>
    public override string ToString() =>
        Label + ": " + (Amount is { } a ? FinanceText.Amount(a) : "–") + " (" + Explanation + ")";
}
