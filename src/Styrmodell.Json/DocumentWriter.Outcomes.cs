using Styrmodell.Json.Dto;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Json;

internal static partial class DocumentWriter
{
    /// <summary>An outcome document: the municipality and the outcomes only, as <see cref="ModelJson.ReadOutcomes"/> reads it.</summary>
    public static DocumentDto ToOutcomeDocument(Municipality municipality, IEnumerable<Outcome> outcomes)
    {
        List<OutcomeDto> written = [.. outcomes.Select(Outcome)];
        return new()
        {
            // Outcomes are part of 1.0; a provenance object beside one is 1.2, a disaggregation 1.4.
            FormatVersion = written.Exists(o => o.Disaggregation is not null) ? Version14
                : written.Exists(o => o.Provenance is not null) ? OpenDataMapping.Version : "1.0",
            Municipality = new() { Name = municipality.Name, Code = municipality.Code },
            Outcomes = written,
        };
    }

    private static OutcomeDto Outcome(Outcome o) => new()
    {
        Indicator = o.IndicatorId, Period = o.Period.Id,
        Value = o.Value is { IsRatio: false } v ? v.Value : null,
        Numerator = o.Value?.Numerator, Denominator = o.Value?.Denominator,
        Gender = o.Gender == Gender.Total ? null : Names.Of(o.Gender),
        Disaggregation = o.Disaggregation is { } part ? new() { Dimension = part.DimensionId, Value = part.ValueId } : null,
        Status = o.Status == OutcomeStatus.Final ? null : Names.Of(o.Status),
        Forecast = o.IsForecast ? true : null, Source = o.Source, Provenance = ProvenanceOf.ToDto(o.Provenance, o.Source),
    };
}
