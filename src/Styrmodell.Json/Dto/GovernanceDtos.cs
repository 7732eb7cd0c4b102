using System.Text.Json;
using System.Text.Json.Serialization;

// The document's optional "authority" and "steeringDocuments" sections (format 1.3): who may decide what, and the
// municipality's register of steering documents (styrdokument) with its document types.
namespace Styrmodell.Json.Dto;

internal sealed record AuthorityDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required List<GrantDto> Grants { get; init; }
}

internal sealed record GrantDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Matter { get; init; }
    public string? UnitKind { get; init; }
    public string? Unit { get; init; }
    public required string Scope { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record SteeringDocumentsDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required List<DocumentTypeDto> Types { get; init; }
    public List<SteeringDocumentDto>? Documents { get; init; }
}

internal sealed record DocumentTypeDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public bool? MayStateGoals { get; init; }
    public bool? MayStateMeasures { get; init; }
    public bool? GoalsFollowMandate { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record SteeringDocumentDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Type { get; init; }
    public required DocumentDecisionDto Decision { get; init; }
    public List<string>? Scope { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidUntil { get; init; }
    public ReviewDto? Review { get; init; }
    public string? LastReviewed { get; init; }
    public string? Owner { get; init; }
    public List<DocumentVersionDto>? History { get; init; }
    public List<string>? Nodes { get; init; }
    public List<string>? MissionUnits { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record DocumentDecisionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Unit { get; init; }
    public required string Date { get; init; }
    public string? Reference { get; init; }
}

internal sealed record ReviewDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public string? Date { get; init; }
    public string? Rule { get; init; }
    public int? Months { get; init; }
}

internal sealed record DocumentVersionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Label { get; init; }
    public required DocumentDecisionDto Decision { get; init; }
    public string? Note { get; init; }
}
