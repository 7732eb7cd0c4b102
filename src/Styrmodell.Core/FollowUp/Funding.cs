using Ardalis.GuardClauses;

namespace Styrmodell.FollowUp;

/// <summary>How a special assignment is paid for: within the existing frame, or with a stated amount added to the budget.</summary>
/// <remarks>The model checks that added budget states a positive amount and that funding within the frame states none.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Funding
{
    /// <summary>Creates funding.</summary>
    /// <param name="kind">Within the frame or added budget.</param>
    /// <param name="amount">The amount added, in kronor, for <see cref="FundingKind.AddedBudget"/>; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public Funding(FundingKind kind, decimal? amount = null)
    {
        Kind = kind;
        Amount = amount;
    }

    /// <summary>Gets funding within the existing budget frame.</summary>
    public static Funding WithinFrame { get; } = new(FundingKind.WithinFrame);

    /// <summary>Gets how the assignment is paid for.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not defined.</exception>
    public FundingKind Kind { get; init => field = Guard.Against.EnumOutOfRange(value); }

    /// <summary>Gets the amount added to the budget, in kronor, or <see langword="null"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Funding with an amount added to the budget.</summary>
    /// <param name="amount">The amount, in kronor.</param>
    /// <returns>The funding.</returns>
    public static Funding AddedBudget(decimal amount) => new(FundingKind.AddedBudget, amount);

    /// <summary>Returns <c>WithinFrame</c> or e.g. <c>AddedBudget 2500000 kr</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => Amount is { } a ? FormattableString.Invariant($"{Kind} {a} kr") : Kind.ToString();
}
