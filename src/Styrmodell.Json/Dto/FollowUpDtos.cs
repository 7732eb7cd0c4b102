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

internal sealed record FollowUpDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public List<SpecialAssignmentDto>? SpecialAssignments { get; init; }
}

internal sealed record SpecialAssignmentDto : IHasUnknown
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
}

internal sealed record FundingDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Kind { get; init; }
    public decimal? Amount { get; init; }
}

internal sealed record ReportDto : IHasUnknown
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Period { get; init; }
    public required string Date { get; init; }
    public required string Status { get; init; }
    public decimal? Completion { get; init; }
    public string? Text { get; init; }
    public string? Author { get; init; }
}
