using System.Text.Json;
using System.Text.Json.Serialization;

// The document's optional followUp section (format 1.1), one record per JSON object, in the order written.
// Enumerations, dates and periods are strings here and are parsed while mapping, so that a bad value is reported with
// its path. Property names are the member names the model's validation problems use, so its paths map one to one.
namespace Styrmodell.Json.Dto;

/// <summary>An object of the section, with the properties it had beyond the format's.</summary>
internal interface IHasUnknown
{
    Dictionary<string, JsonElement>? Unknown { get; }
}

/// <summary>An element that may say where it comes from (format 1.2).</summary>
internal interface IHasProvenance
{
    ProvenanceDto? Provenance { get; }
}

internal sealed record FollowUpDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public List<SpecialAssignmentDto>? SpecialAssignments { get; init; }
    public List<PlanLevelDto>? PlanLevels { get; init; }
    public List<ActivityDto>? Activities { get; init; }
    public List<InternalControlPlanDto>? InternalControlPlans { get; init; }
    public List<ActionPlanDto>? ActionPlans { get; init; }
    public List<AnalysisTextDto>? AnalysisTexts { get; init; }
    public List<StatusCheckDto>? StatusChecks { get; init; }
}

internal sealed record SpecialAssignmentDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Issuer { get; init; }
    public required List<string> Owners { get; init; }
    public required string DecisionDate { get; init; }
    public string? DecisionReference { get; init; }
    public required int FirstYear { get; init; }
    public required int LastYear { get; init; }
    public required FundingDto Funding { get; init; }
    public List<string>? Goals { get; init; }
    public List<ReportDto>? Reports { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record FundingDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Kind { get; init; }
    public decimal? Amount { get; init; }
}

internal sealed record ReportDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Period { get; init; }
    public required string Date { get; init; }
    public required string Status { get; init; }
    public decimal? Completion { get; init; }
    public string? Text { get; init; }
    public string? Author { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record InternalControlPlanDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Owner { get; init; }
    public required int Year { get; init; }
    public string? Description { get; init; }
    public string? DecisionDate { get; init; }
    public required RiskScaleDto Scale { get; init; }
    public List<RiskDto>? Risks { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record RiskScaleDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required int Steps { get; init; }
    public required List<RiskBandDto> Bands { get; init; }
    public List<string>? ProbabilityLabels { get; init; }
    public List<string>? ConsequenceLabels { get; init; }
}

internal sealed record RiskBandDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Colour { get; init; }
    public required int MinimumValue { get; init; }
}

internal sealed record RiskDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public required int Probability { get; init; }
    public required int Consequence { get; init; }
    public List<string>? Goals { get; init; }
    public List<ControlDto>? Controls { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record ControlDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string What { get; init; }
    public required string How { get; init; }
    public required string Responsible { get; init; }
    public required string Frequency { get; init; }
    public string? When { get; init; }
    public List<ControlResultDto>? Results { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record ControlResultDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Date { get; init; }
    public string? Period { get; init; }
    public required string Finding { get; init; }
    public string? Deviation { get; init; }
    public List<CorrectiveActionDto>? Actions { get; init; }
}

internal sealed record CorrectiveActionDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Description { get; init; }
    public required string Responsible { get; init; }
    public required string Deadline { get; init; }
    public required string Status { get; init; }
}

internal sealed record PlanLevelDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int HorizonYears { get; init; }
    public bool? RevisedYearly { get; init; }
    public string? Parent { get; init; }
    public List<string>? OwnerKinds { get; init; }
    public string? Description { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record ActivityDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string PlanLevel { get; init; }
    public required string Owner { get; init; }
    public required string Period { get; init; }
    public List<string>? Goals { get; init; }
    public string? CompletionIndicator { get; init; }
    public List<ReportDto>? Reports { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record ActionPlanDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Owner { get; init; }
    public required string Period { get; init; }
    public string? Node { get; init; }
    public string? BudgetLine { get; init; }
    public int? DeficitYear { get; init; }
    public string? DecisionDate { get; init; }
    public string? ExpectedEffect { get; init; }
    public List<MeasureDto>? Measures { get; init; }
    public List<ReportDto>? Reports { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record MeasureDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Description { get; init; }
    public string? Responsible { get; init; }
    public string? Deadline { get; init; }
    public string? ExpectedEffect { get; init; }
    public decimal? Amount { get; init; }
}

internal sealed record AnalysisTextDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public string? Node { get; init; }
    public string? Unit { get; init; }
    public required string Period { get; init; }
    public required string Author { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record StatusCheckDto : IHasUnknown, IHasProvenance
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Unit { get; init; }
    public required string Period { get; init; }
    public string? Mission { get; init; }
    public string? Needs { get; init; }
    public string? Challenges { get; init; }
    public string? Trends { get; init; }
    public List<string>? KeyFigures { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}
