using System.Text.Json;
using System.Text.Json.Serialization;

// The document's optional "finance" section: a municipality's figures per fiscal year and its rules for them.
namespace Styrmodell.Json.Dto;

internal sealed record FinanceDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Unit { get; init; }
    public int? Decimals { get; init; }
    public ReserveOptionsDto? ReserveOptions { get; init; }
    public required List<FinancialYearDto> Years { get; init; }
    public GuidelinesDto? Guidelines { get; init; }
    public List<DeficitDecisionDto>? DeficitDecisions { get; init; }
    public GoodFinancialManagementDto? GoodFinancialManagement { get; init; }
}

internal sealed record FinancialYearDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required int FiscalYear { get; init; }
    public required decimal Result { get; init; }
    public decimal? TaxRevenue { get; init; }
    public decimal? GeneralGrantsAndEqualisation { get; init; }
    public decimal? TaxesGrantsAndEqualisation { get; init; }
    public decimal? NetCosts { get; init; }
    public decimal? FinancialItems { get; init; }
    public List<RealisationItemDto>? RealisationItems { get; init; }
    public decimal? UnrealisedSecuritiesGainsLosses { get; init; }
    public decimal? ReversalOfUnrealisedSecurities { get; init; }
    public List<AdjustmentLineDto>? Adjustments { get; init; }
    public decimal? PrintedResultAfterAdjustments { get; init; }
    public decimal? PrintedBalanceRequirementResult { get; init; }
    public decimal? DeficitCarriedIn { get; init; }
    public decimal? Equity { get; init; }
    public decimal? PensionCommitmentsOutsideBalanceSheet { get; init; }
    public decimal? TotalAssets { get; init; }
    public decimal? LiabilitiesAndProvisions { get; init; }
    public decimal? Investments { get; init; }
    public decimal? Depreciation { get; init; }
    public decimal? BudgetedResult { get; init; }
    public decimal? ReserveBalanceCarriedIn { get; init; }
    public ReserveDecisionDto? ReserveDecision { get; init; }
    public string? Source { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record RealisationItemDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Description { get; init; }
    public required decimal Amount { get; init; }
    public string? ExemptionReason { get; init; }
    public bool? Exempted { get; init; }
}

internal sealed record ReserveDecisionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public decimal? Reservation { get; init; }
    public decimal? Use { get; init; }
    public DecisionDto? Decision { get; init; }
    public decimal? TaxBaseGrowth { get; init; }
    public decimal? AverageTaxBaseGrowth { get; init; }
}

internal sealed record GuidelinesDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Name { get; init; }
    public DecisionDto? Decision { get; init; }
    public decimal? ReservationThresholdShare { get; init; }
    public decimal? MaximumReserveShare { get; init; }
    public bool? UseOnlyWhenTaxBaseGrowthBelowAverage { get; init; }
    public int? TaxBaseGrowthAverageYears { get; init; }
    public List<TaxBaseGrowthDto>? TaxBaseGrowth { get; init; }
    public bool? DeductDeficitBeforeReserving { get; init; }
    public decimal? MinimumResultShare { get; init; }
    public int? AppliesFrom { get; init; }
}

internal sealed record TaxBaseGrowthDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required int Year { get; init; }
    public required decimal Percent { get; init; }
}

internal sealed record AdjustmentLineDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Kind { get; init; }
    public required decimal Amount { get; init; }
    public string? Label { get; init; }
}

internal sealed record ReserveOptionsDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public string? AboveCeiling { get; init; }
    public bool? AllowUseBeyondDeficit { get; init; }
}

internal sealed record DeficitDecisionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required int DeficitYear { get; init; }
    public required string Kind { get; init; }
    public required string Motivation { get; init; }
    public required DecisionDto Decision { get; init; }
    public decimal? WaivedAmount { get; init; }
}

internal sealed record GoodFinancialManagementDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public bool? RequireBalanceRequirement { get; init; }
    public List<GoalConditionDto>? Conditions { get; init; }
    public List<BudgetConditionDto>? BudgetConditions { get; init; }
}

internal sealed record BudgetConditionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Name { get; init; }
    public required string Kind { get; init; }
    public decimal? MaximumDeficitShare { get; init; }
}

internal sealed record GoalConditionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Name { get; init; }
    public required List<string> Goals { get; init; }
    public required string Quantifier { get; init; }
    public required string MinimumCategory { get; init; }
}
