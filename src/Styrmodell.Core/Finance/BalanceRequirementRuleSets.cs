using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>Picks the balance-requirement reserve rules the law prescribes for a fiscal year.</summary>
/// <remarks>
/// Up to and including 2023: <see cref="ResultEqualisationReserveRules"/>; from 2024: <see cref="ResultReserveRules"/>
/// (prop. 2022/23:119). The choice is by fiscal year, never by the date the accounts are closed.
/// </remarks>
/// <threadsafety>Stateless and safe to use from any thread.</threadsafety>
public static class BalanceRequirementRuleSets
{
    /// <summary>Gets the rule sets known to the library, oldest first.</summary>
    public static IReadOnlyList<IBalanceRequirementRules> All { get; } = [ResultEqualisationReserveRules.Instance, ResultReserveRules.Instance];

    /// <summary>Returns the rules in force for <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The fiscal year, 2000–9999.</param>
    /// <param name="options">The resultatreserv options for years from 2024; <see langword="null"/> for the defaults.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 2000–9999.</exception>
    public static IBalanceRequirementRules For(int fiscalYear, ResultReserveOptions? options = null)
    {
        Guard.Against.OutOfRange(fiscalYear, nameof(fiscalYear), FinancialYear.FirstBalanceRequirementYear, 9999);
        return fiscalYear <= ResultEqualisationReserveRules.LastFiscalYear
            ? ResultEqualisationReserveRules.Instance
            : ResultReserveRules.With(options ?? ResultReserveOptions.Default);
    }
}
