using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>
/// A municipality's financial figures for one fiscal year, as published in its annual report, all in one
/// <see cref="AmountUnit"/>. Only the year's result is required; a figure that is not given is <see langword="null"/>,
/// never zero, and whatever needs it says so (a key ratio is "not computable", a cap is reported as unknown).
/// </summary>
/// <remarks>
/// Sign conventions: revenues, costs, assets, liabilities, commitments, investments and depreciation are positive
/// magnitudes (<see cref="NetCosts"/> is positive although the income statement prints it with a minus);
/// results, financial items and gains are signed (a loss is negative).
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FinancialYear
{
    /// <summary>The first fiscal year the balance requirement applied to (Kommunallagen (1991:900) as amended from 2000).</summary>
    public const int FirstBalanceRequirementYear = 2000;

    private readonly decimal? _taxesGrantsAndEqualisation;

    /// <summary>Creates the figures of a fiscal year.</summary>
    /// <param name="fiscalYear">The fiscal year (calendar year), 2000–9999.</param>
    /// <param name="unit">The unit every amount of the record is in.</param>
    /// <param name="result">The year's result (årets resultat) according to the income statement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 2000–9999, or <paramref name="unit"/> is not defined.</exception>
    public FinancialYear(int fiscalYear, AmountUnit unit, decimal result)
    {
        FiscalYear = Guard.Against.OutOfRange(fiscalYear, nameof(fiscalYear), FirstBalanceRequirementYear, 9999);
        Unit = Guard.Against.EnumOutOfRange(unit);
        Result = result;
    }

    /// <summary>Gets the fiscal year.</summary>
    public int FiscalYear { get; }

    /// <summary>Gets the unit of every amount in the record.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Gets the year's result (årets resultat).</summary>
    public decimal Result { get; init; }

    /// <summary>Gets the tax revenue (skatteintäkter).</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? TaxRevenue { get; init; }

    /// <summary>Gets general state grants and equalisation (generella statsbidrag och utjämning), net of equalisation charges.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? GeneralGrantsAndEqualisation { get; init; }

    /// <summary>Gets the net costs of operations (verksamhetens nettokostnader, including depreciation) as a positive amount.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? NetCosts { get; init; }

    /// <summary>Gets the net financial items (finansnetto: financial income − financial costs).</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? FinancialItems { get; init; }

    /// <summary>Gets the realisation gains and losses in the result, each with its exemption.</summary>
    /// <value>Default empty (none).</value>
    public EquatableArray<RealisationItem> RealisationItems { get; init; }

    /// <summary>
    /// Gets the net unrealised gains (positive) or losses (negative) on securities included in the result
    /// (financial assets at fair value, LKBR 7 kap.); the reconciliation neutralises them.
    /// </summary>
    /// <value>Default 0 (none).</value>
    public decimal UnrealisedSecuritiesGainsLosses { get; init; }

    /// <summary>
    /// Gets the reversal of unrealised gains or losses neutralised in earlier years (återföring), as the signed
    /// adjustment the reconciliation adds to the result.
    /// </summary>
    /// <value>Default 0 (none).</value>
    public decimal ReversalOfUnrealisedSecurities { get; init; }

    /// <summary>
    /// Gets the reconciliation's adjustment lines with their amounts as printed (the signed amount each adds to the
    /// result), in the order printed; they add to the lines computed from <see cref="RealisationItems"/>,
    /// <see cref="UnrealisedSecuritiesGainsLosses"/> and <see cref="ReversalOfUnrealisedSecurities"/>.
    /// </summary>
    /// <value>Default empty (none).</value>
    public EquatableArray<AdjustmentLine> Adjustments { get; init; }

    /// <summary>Gets the result after balance-requirement adjustments as printed, to compare with the computed one.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? PrintedResultAfterAdjustments { get; init; }

    /// <summary>Gets the balance-requirement result as printed, to compare with the computed one.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? PrintedBalanceRequirementResult { get; init; }

    /// <summary>
    /// Gets the deficit from earlier years still to be restored at the start of the year (balanskravsunderskott från
    /// tidigare år), as a positive amount; guidelines may require it deducted before reserving.
    /// </summary>
    /// <value>Default <see langword="null"/> (not given; a multi-year record carries it from its ledger).</value>
    public decimal? DeficitCarriedIn { get; init; }

    /// <summary>Gets the equity (eget kapital) at year end.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? Equity { get; init; }

    /// <summary>Gets the pension commitments reported outside the balance sheet (ansvarsförbindelse), including payroll tax.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? PensionCommitmentsOutsideBalanceSheet { get; init; }

    /// <summary>Gets the total assets (balansomslutning) at year end.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? TotalAssets { get; init; }

    /// <summary>Gets liabilities and provisions (skulder och avsättningar) at year end.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? LiabilitiesAndProvisions { get; init; }

    /// <summary>Gets the year's net investments (nettoinvesteringar).</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? Investments { get; init; }

    /// <summary>Gets the year's depreciation and write-downs (avskrivningar och nedskrivningar) as a positive amount.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? Depreciation { get; init; }

    /// <summary>Gets the budgeted result for the year (budgeterat resultat) as decided by KF.</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? BudgetedResult { get; init; }

    /// <summary>Gets the reserve balance carried in (ingående balans of the resultatutjämningsreserv or resultatreserv).</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? ReserveBalanceCarriedIn { get; init; }

    /// <summary>Gets KF's reservation to, or use of, the balance-requirement reserve for the year, in the year's unit.</summary>
    /// <value>Default <see langword="null"/> (no decision).</value>
    public ReserveDecision? ReserveDecision { get; init; }

    /// <summary>Gets where the figures come from (an annual report, a Kolada KPI, or a note that they are illustrative).</summary>
    /// <value>Default <see langword="null"/> (not stated).</value>
    public string? Source { get; init; }

    /// <summary>Gets whether the figures are illustrative (invented for a sample) and where they come from, as data.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }

    /// <summary>
    /// Gets taxes + general state grants and equalisation (B in the reserve rules): the total when it is given as
    /// one figure, otherwise the sum of <see cref="TaxRevenue"/> and <see cref="GeneralGrantsAndEqualisation"/>, or
    /// <see langword="null"/> when either is not given.
    /// </summary>
    /// <value>Default: the sum of its parts. Set it when the report prints only the total; a given total wins over the parts.</value>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public decimal? TaxesGrantsAndEqualisation
    {
        get => _taxesGrantsAndEqualisation ?? TaxRevenue + GeneralGrantsAndEqualisation;
        init => _taxesGrantsAndEqualisation = value;
    }

    /// <summary>Gets whether <see cref="TaxesGrantsAndEqualisation"/> was given as one total rather than computed from its parts.</summary>
    public bool TaxesGrantsAndEqualisationGivenAsTotal => _taxesGrantsAndEqualisation is not null;

    /// <summary>Gets equity less the pension commitments outside the balance sheet, or <see langword="null"/> when either is not given.</summary>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public decimal? EquityIncludingPensionCommitments => Equity - PensionCommitmentsOutsideBalanceSheet;

    /// <summary>Returns the same figures in another unit, converted exactly.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>This record when the unit is the same; otherwise a converted copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    /// <exception cref="OverflowException">A converted amount does not fit in a <see cref="decimal"/>.</exception>
    public FinancialYear ConvertTo(AmountUnit unit)
    {
        Guard.Against.EnumOutOfRange(unit);
        if (unit == Unit)
        {
            return this;
        }

        decimal C(decimal v) => AmountUnits.Convert(v, Unit, unit);
        decimal? N(decimal? v) => v is { } x ? C(x) : null;
        return new FinancialYear(FiscalYear, unit, C(Result))
        {
            TaxRevenue = N(TaxRevenue),
            GeneralGrantsAndEqualisation = N(GeneralGrantsAndEqualisation),
            NetCosts = N(NetCosts),
            FinancialItems = N(FinancialItems),
            RealisationItems = RealisationItems.Select(i => i.Convert(Unit, unit)).ToEquatableArray(),
            UnrealisedSecuritiesGainsLosses = C(UnrealisedSecuritiesGainsLosses),
            ReversalOfUnrealisedSecurities = C(ReversalOfUnrealisedSecurities),
            Adjustments = Adjustments.Select(a => a.Convert(Unit, unit)).ToEquatableArray(),
            PrintedResultAfterAdjustments = N(PrintedResultAfterAdjustments),
            PrintedBalanceRequirementResult = N(PrintedBalanceRequirementResult),
            DeficitCarriedIn = N(DeficitCarriedIn),
            TaxesGrantsAndEqualisation = N(_taxesGrantsAndEqualisation),
            Equity = N(Equity),
            PensionCommitmentsOutsideBalanceSheet = N(PensionCommitmentsOutsideBalanceSheet),
            TotalAssets = N(TotalAssets),
            LiabilitiesAndProvisions = N(LiabilitiesAndProvisions),
            Investments = N(Investments),
            Depreciation = N(Depreciation),
            BudgetedResult = N(BudgetedResult),
            ReserveBalanceCarriedIn = N(ReserveBalanceCarriedIn),
            ReserveDecision = ReserveDecision?.Convert(Unit, unit),
            Source = Source,
            Provenance = Provenance,
        };
    }

    /// <summary>Returns e.g. <c>2020: result 37.9 mnkr</c>.</summary>
    /// <returns>The year and its result as short invariant text.</returns>
    public override string ToString() => FinanceText.Year(FiscalYear) + ": result " + FinanceText.Amount(Result, Unit);
}
