using Styrmodell.Finance;
using Styrmodell.Json.Dto;
using Styrmodell.Targets;

namespace Styrmodell.Json;

/// <summary>The "finance" section, written in the record's order (fiscal years ascending), leaving out defaults.</summary>
internal static partial class DocumentWriter
{
    private static FinanceDto Finance(MunicipalFinances finances) => new()
    {
        Unit = Names.Of(finances.Unit),
        Decimals = finances.Decimals,
        ReserveOptions = finances.ReserveOptions is { } o && o != ResultReserveOptions.Default ? new()
        {
            AboveCeiling = o.AboveCeiling == ReserveAboveCeilingTreatment.Keep ? null : Names.Of(o.AboveCeiling),
            AllowUseBeyondDeficit = o.AllowUseBeyondDeficit ? true : null,
        } : null,
        Years = [.. finances.Years.Select(Year)],
        Guidelines = finances.Guidelines is { } g ? new()
        {
            Name = g.Name, Decision = DecisionOf(g.Decision), ReservationThresholdShare = g.ReservationThresholdShare,
            MaximumReserveShare = g.MaximumReserveShare, UseOnlyWhenTaxBaseGrowthBelowAverage = g.UseOnlyWhenTaxBaseGrowthBelowAverage ? true : null,
            TaxBaseGrowthAverageYears = g.TaxBaseGrowthAverageYears,
            TaxBaseGrowth = NullIfEmpty([.. g.TaxBaseGrowth.Select(t => new TaxBaseGrowthDto { Year = t.Year, Percent = t.Percent })]),
            DeductDeficitBeforeReserving = g.DeductDeficitBeforeReserving ? true : null, MinimumResultShare = g.MinimumResultShare, AppliesFrom = g.AppliesFrom,
        } : null,
        DeficitDecisions = NullIfEmpty([.. finances.DeficitDecisions.Select(d => new DeficitDecisionDto
        {
            DeficitYear = d.DeficitYear, Kind = Names.Of(d.Kind), Motivation = d.Motivation, Decision = DecisionOf(d.Decision)!, WaivedAmount = d.WaivedAmount,
        })]),
        GoodFinancialManagement = finances.Rule is { } r ? new()
        {
            RequireBalanceRequirement = r.RequireBalanceRequirement ? null : false,
            Conditions = NullIfEmpty([.. r.Conditions.Select(c => new GoalConditionDto
            {
                Name = c.Name, Goals = [.. c.GoalIds], Quantifier = Names.Of(c.Quantifier), MinimumCategory = c.MinimumCategoryId,
            })]),
            BudgetConditions = NullIfEmpty([.. r.BudgetConditions.Select(c => new BudgetConditionDto { Name = c.Name, Kind = Names.Of(c.Kind), MaximumDeficitShare = c.MaximumDeficitShare })]),
        } : null,
    };

    private static FinancialYearDto Year(FinancialYear y) => new()
    {
        FiscalYear = y.FiscalYear, Result = y.Result, TaxRevenue = y.TaxRevenue, GeneralGrantsAndEqualisation = y.GeneralGrantsAndEqualisation,
        TaxesGrantsAndEqualisation = y.TaxesGrantsAndEqualisationGivenAsTotal ? y.TaxesGrantsAndEqualisation : null,
        NetCosts = y.NetCosts, FinancialItems = y.FinancialItems,
        RealisationItems = NullIfEmpty([.. y.RealisationItems.Select(i => new RealisationItemDto
        {
            Description = i.Description, Amount = i.Amount, ExemptionReason = i.ExemptionReason, Exempted = i.IsExempted ? true : null,
        })]),
        UnrealisedSecuritiesGainsLosses = y.UnrealisedSecuritiesGainsLosses == 0 ? null : y.UnrealisedSecuritiesGainsLosses,
        ReversalOfUnrealisedSecurities = y.ReversalOfUnrealisedSecurities == 0 ? null : y.ReversalOfUnrealisedSecurities,
        Adjustments = NullIfEmpty([.. y.Adjustments.Select(a => new AdjustmentLineDto { Kind = Names.Of(a.Kind), Amount = a.Amount, Label = a.Label })]),
        PrintedResultAfterAdjustments = y.PrintedResultAfterAdjustments, PrintedBalanceRequirementResult = y.PrintedBalanceRequirementResult,
        DeficitCarriedIn = y.DeficitCarriedIn,
        Equity = y.Equity, PensionCommitmentsOutsideBalanceSheet = y.PensionCommitmentsOutsideBalanceSheet, TotalAssets = y.TotalAssets,
        LiabilitiesAndProvisions = y.LiabilitiesAndProvisions, Investments = y.Investments, Depreciation = y.Depreciation,
        BudgetedResult = y.BudgetedResult, ReserveBalanceCarriedIn = y.ReserveBalanceCarriedIn,
        ReserveDecision = y.ReserveDecision is { } r ? new()
        {
            Reservation = r.Reservation > 0 || r.Use == 0 ? r.Reservation : null, Use = r.Use > 0 ? r.Use : null, Decision = DecisionOf(r.Decision),
            TaxBaseGrowth = r.TaxBaseGrowth, AverageTaxBaseGrowth = r.AverageTaxBaseGrowth,
        } : null,
        Source = y.Source,
        Provenance = ProvenanceOf.ToDto(y.Provenance, y.Source),
    };

    private static DecisionDto? DecisionOf(Decision? d) =>
        d is null ? null : new() { Date = Iso(d.Date), Body = d.Body, Reference = d.Reference, Provenance = ProvenanceOf.ToDto(d.Provenance, d.Reference) };
}
