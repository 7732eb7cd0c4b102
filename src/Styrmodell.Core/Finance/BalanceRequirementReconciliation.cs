using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// A fiscal year's balanskravsutredning: from the year's result to the balance-requirement result, every step
/// explained, with the largest reservation and use the year's rules allow and the checks of the decision against the
/// law and the municipality's guidelines. Create with
/// <see cref="Compute(FinancialYear, ReserveDecision?, MunicipalGuidelines?, IBalanceRequirementRules?, int?)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The year's result − all realisation gains + exempted gains + exempted losses − unrealised securities gains
/// (+ losses) ± reversals ± other named adjustments = <see cref="ResultAfterAdjustments"/>; − reservation + use
/// ± adjustments for exceptional reasons = <see cref="BalanceRequirementResult"/>
/// (KL 11 kap. 12–14 §§; presented per LKBR 11 kap. 10 §). Amounts are exact and in the year's unit; round only for display.
/// </para>
/// <para>
/// For the overall GEH judgement, <see cref="Steps"/> is the trace to embed and <see cref="Problems"/> the findings;
/// a negative result feeds a <see cref="DeficitLedger"/> through <see cref="ToOutcome"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial record BalanceRequirementReconciliation
{
    private BalanceRequirementReconciliation()
    {
        RuleSetName = "";
        LegalBasis = "";
    }

    /// <summary>Gets the fiscal year.</summary>
    public int FiscalYear { get; private init; }

    /// <summary>Gets the unit of every amount.</summary>
    public AmountUnit Unit { get; private init; }

    /// <summary>Gets the decimals the report prints, or <see langword="null"/> when not stated; see <see cref="Present(decimal)"/>.</summary>
    public int? Decimals { get; private init; }

    /// <summary>Gets the name of the rule set applied.</summary>
    public string RuleSetName { get; private init; }

    /// <summary>Gets the legal basis of the rule set applied (e.g. <c>KL 11 kap. 14 § (lydelse t.o.m. räkenskapsåret 2023)</c>).</summary>
    public string LegalBasis { get; private init; }

    /// <summary>Gets the decision behind the year's reservation or use, or <see langword="null"/> when none is stated.</summary>
    public Targets.Decision? DecidedBy { get; private init; }

    /// <summary>Gets the kind of reserve the rule set governs.</summary>
    public ReserveKind Reserve { get; private init; }

    /// <summary>Gets whether the rule set applied is the one the law prescribes for the year (<see langword="false"/> only when another was injected).</summary>
    public bool RuleSetMatchesYear { get; private init; }

    /// <summary>Gets the year's result.</summary>
    public decimal Result { get; private init; }

    /// <summary>Gets the sum of all realisation gains, deducted (a positive amount).</summary>
    public decimal RealisationGains { get; private init; }

    /// <summary>Gets the sum of the exempted realisation gains, added back (a positive amount).</summary>
    public decimal ExemptedGains { get; private init; }

    /// <summary>Gets the sum of the exempted realisation losses, added back (a positive amount).</summary>
    public decimal ExemptedLosses { get; private init; }

    /// <summary>Gets the signed adjustment neutralising unrealised securities gains and losses.</summary>
    public decimal UnrealisedSecuritiesAdjustment { get; private init; }

    /// <summary>Gets the signed adjustment reversing earlier years' neutralised unrealised gains and losses.</summary>
    public decimal ReversalAdjustment { get; private init; }

    /// <summary>Gets the sum of the other named adjustments before the subtotal.</summary>
    public decimal OtherAdjustments { get; private init; }

    /// <summary>Gets the result after balance-requirement adjustments (årets resultat efter balanskravsjusteringar).</summary>
    public decimal ResultAfterAdjustments { get; private init; }

    /// <summary>Gets the largest reservation the rules allow, or <see langword="null"/> when a figure it needs is missing.</summary>
    public decimal? MaximumReservation { get; private init; }

    /// <summary>Gets the largest use of the reserve the rules allow, or <see langword="null"/> when nothing limits it (a use beyond the deficit allowed, and the balance not given).</summary>
    public decimal? MaximumUse { get; private init; }

    /// <summary>Gets the amount reserved by the decision (0 when none).</summary>
    public decimal Reservation { get; private init; }

    /// <summary>Gets the amount used by the decision (0 when none).</summary>
    public decimal Use { get; private init; }

    /// <summary>Gets the sum of the adjustments for exceptional reasons printed after the reserve lines.</summary>
    public decimal ExceptionalReasonsAdjustment { get; private init; }

    /// <summary>Gets the balance-requirement result (årets balanskravsresultat).</summary>
    public decimal BalanceRequirementResult { get; private init; }

    /// <summary>Gets the reserve balance after the decision, or <see langword="null"/> when the balance carried in is not given.</summary>
    public decimal? ReserveBalanceCarriedOut { get; private init; }

    /// <summary>Gets every step: rule selection, the reconciliation lines, limits and checks, in order.</summary>
    public EquatableArray<TraceStep> Steps { get; private init; }

    /// <summary>
    /// Gets the problems found: breaches of the law or the guidelines, unexplained exemptions, and missing figures a
    /// decided reservation or use depends on (without a decision, assumptions are only explained in <see cref="Steps"/>).
    /// </summary>
    public EquatableArray<ValidationProblem> Problems { get; private init; }

    /// <summary>Gets whether the balance requirement is met (the balance-requirement result is not negative).</summary>
    public bool MeetsBalanceRequirement => BalanceRequirementResult >= 0;

    /// <summary>Gets the deficit to restore: the negative balance-requirement result as a positive amount, or 0.</summary>
    public decimal Deficit => Math.Max(0m, -BalanceRequirementResult);

    /// <summary>Rounds an amount for presentation to <see cref="Decimals"/> (half away from zero, as reports round); unchanged when not stated.</summary>
    /// <param name="amount">An exact amount of the reconciliation.</param>
    /// <returns>The amount as the report would print it.</returns>
    public decimal Present(decimal amount) => Decimals is { } d ? Math.Round(amount, d, MidpointRounding.AwayFromZero) : amount;

    /// <summary>Returns the reconciliation with its problems located at a year's position in a record.</summary>
    internal BalanceRequirementReconciliation AtIndex(int index) =>
        this with { Problems = Problems.Select(p => p.Location.Element == ModelElement.FinancialYear ? p with { Location = p.Location with { Index = index } } : p).ToEquatableArray() };

    /// <summary>Gets the year's outcome for a <see cref="DeficitLedger"/>.</summary>
    /// <returns>The fiscal year, its balance-requirement result and unit.</returns>
    public BalanceRequirementOutcome ToOutcome() => new(FiscalYear, BalanceRequirementResult, Unit);

    /// <summary>Returns e.g. <c>2020 (Resultatutjämningsreserv (t.o.m. 2023)): balance-requirement result 14.3 mnkr</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() =>
        FinanceText.Year(FiscalYear) + " (" + RuleSetName + "): balance-requirement result " + FinanceText.Amount(BalanceRequirementResult, Unit);
}
