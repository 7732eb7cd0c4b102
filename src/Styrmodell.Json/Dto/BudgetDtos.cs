using System.Text.Json;
using System.Text.Json.Serialization;

// The document's optional "budget" section (format 1.3): frames, revisions, reallocations, outcomes and forecasts.
namespace Styrmodell.Json.Dto;

internal sealed record BudgetDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string AmountUnit { get; init; }
    public BudgetDecisionDto? Decision { get; init; }
    public DeviationThresholdDto? Threshold { get; init; }
    public List<BudgetFrameDto>? Frames { get; init; }
    public List<FrameChangeDto>? Changes { get; init; }
    public List<ReallocationDto>? Reallocations { get; init; }
    public List<BudgetOutcomeDto>? Outcomes { get; init; }
    public List<BudgetForecastDto>? Forecasts { get; init; }
}

internal sealed record BudgetDecisionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string DecidedBy { get; init; }
    public required string Date { get; init; }
    public required int BudgetYear { get; init; }
    public int? PlanYears { get; init; }
    public string? Reference { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record DeviationThresholdDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public decimal? Amount { get; init; }
    public decimal? ShareOfFrame { get; init; }
}

internal sealed record BudgetFrameDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Unit { get; init; }
    public required int Year { get; init; }
    public required decimal Amount { get; init; }
    public string? AmountUnit { get; init; }
    public string? Title { get; init; }
    public string? Parent { get; init; }
    public decimal? Income { get; init; }
    public decimal? OperatingCostChange { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record FrameChangeDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Frame { get; init; }
    public required decimal Amount { get; init; }
    public required string DecidedBy { get; init; }
    public required string Date { get; init; }
    public string? Reference { get; init; }
    public string? SpecialAssignment { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record ReallocationDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required decimal Amount { get; init; }
    public required string DecidedBy { get; init; }
    public required string Date { get; init; }
    public string? Within { get; init; }
    public string? Reference { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record BudgetOutcomeDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Frame { get; init; }
    public required string Period { get; init; }
    public required decimal Amount { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record BudgetForecastDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Frame { get; init; }
    public required string Point { get; init; }
    public required int FromMonth { get; init; }
    public required decimal Amount { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}
