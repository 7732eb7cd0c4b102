using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>
/// A condition of the good-financial-management rule on the budget follow-up, as data: every committee within its
/// frame, or the total net cost deviation no worse than a share of taxes, general grants and equalisation.
/// </summary>
/// <remarks>
/// Common in municipal GEH judgements: "alla nämnder håller sin budgetram", "nettokostnadsavvikelsen är högst −0,5 % av
/// skatteintäkter och generella statsbidrag". The document evaluates it where the budget and the finance meet.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="name">What the condition is called in the judgement (e.g. <c>alla nämnder inom ram</c>).</param>
    /// <param name="kind">What it requires.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public BudgetCondition(string name, BudgetConditionKind kind)
    {
        Name = Guard.Against.Null(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
    }

    /// <summary>Gets the condition's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the condition requires.</summary>
    public BudgetConditionKind Kind { get; }

    /// <summary>
    /// Gets, for <see cref="BudgetConditionKind.NetCostDeviationAtLeast"/>, the largest deficit allowed as a share of
    /// taxes, general grants and equalisation (0.005 for "≥ −0.5 %"); otherwise <see langword="null"/>.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? MaximumDeficitShare { get; init; }
}

/// <summary>What a <see cref="BudgetCondition"/> requires.</summary>
public enum BudgetConditionKind
{
    /// <summary>Every committee's drift frame has a forecast no higher than the frame.</summary>
    AllCommitteesWithinFrame,

    /// <summary>The total drift deviation (frame − forecast) is at least −<see cref="BudgetCondition.MaximumDeficitShare"/> × taxes, general grants and equalisation.</summary>
    NetCostDeviationAtLeast,
}
