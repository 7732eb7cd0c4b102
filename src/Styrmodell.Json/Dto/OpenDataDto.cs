using System.Text.Json;
using System.Text.Json.Serialization;

namespace Styrmodell.Json.Dto;

/// <summary>An indicator's open-data series (format 1.2): <c>provider</c>, <c>series</c>, and what part of it.</summary>
internal sealed record OpenDataDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Provider { get; init; }
    public required string Series { get; init; }
    public List<string>? Genders { get; init; }
    public string? Area { get; init; }
    public string? OrganisationUnit { get; init; }
    public decimal? Scale { get; init; }
}
