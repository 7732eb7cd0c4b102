namespace Styrmodell.Finance;

/// <summary>
/// A replaceable set of balance-requirement reserve rules: how much may be reserved and used in a fiscal year.
/// The reconciliation's adjustment lines are the same for all sets; the reserve rules depend on the year.
/// </summary>
/// <remarks>
/// <see cref="BalanceRequirementRuleSets.For(int, ResultReserveOptions?)"/> picks the set the law prescribes for a year; a caller may inject
/// another (a what-if, or a future amendment) into <see cref="BalanceRequirementReconciliation.Compute(FinancialYear, ReserveDecision?, MunicipalGuidelines?, IBalanceRequirementRules?, int?)"/>.
/// Implementations must be immutable and pure.
/// </remarks>
/// <threadsafety>Implementations must be safe to share between threads.</threadsafety>
public interface IBalanceRequirementRules
{
    /// <summary>Gets the rule set's name as shown in the trace, e.g. <c>Resultatutjämningsreserv (t.o.m. 2023)</c>.</summary>
    string Name { get; }

    /// <summary>Gets the kind of reserve the rules govern.</summary>
    ReserveKind Reserve { get; }

    /// <summary>Gets the legal basis, e.g. <c>KL 11 kap. 14 § (lydelse t.o.m. 2023)</c>.</summary>
    string LegalBasis { get; }

    /// <summary>Gets whether the law applies these rules to <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns><see langword="true"/> when the rules are the ones in force for that year.</returns>
    bool AppliesTo(int fiscalYear);

    /// <summary>Computes the largest reservation to the reserve the rules allow.</summary>
    /// <param name="year">The year's figures.</param>
    /// <param name="resultAfterAdjustments">The result after balance-requirement adjustments, in the year's unit.</param>
    /// <returns>The limit, its basis and its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    ReserveLimit MaximumReservation(FinancialYear year, decimal resultAfterAdjustments);

    /// <summary>Computes the largest use of the reserve the rules allow.</summary>
    /// <param name="year">The year's figures.</param>
    /// <param name="resultAfterAdjustments">The result after balance-requirement adjustments, in the year's unit.</param>
    /// <returns>The limit, its basis and its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments);
}
