using System.Text.Json;
using Styrmodell.Evaluation;
using Styrmodell.Targets;

namespace Styrmodell.Reporting;

/// <summary>
/// Writes a derived indicator's formula step in the evaluation output: the formula as the same JSON tree the document
/// format gives it (docs/format.md, "Derived indicators"), every input with its value, and what was computed.
/// </summary>
internal static class FormulaJson
{
    public static void WriteStep(Utf8JsonWriter json, FormulaStep s)
    {
        json.WriteString("indicator", s.IndicatorId);
        json.WriteString("period", s.Period.Id);
        json.WritePropertyName("formula");
        FormulaJsonTree.Write(json, s.Formula);
        json.WriteStartArray("inputs");
        foreach (var input in s.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("indicator", input.IndicatorId);
            json.WriteBoolean("optional", input.IsOptional);
            json.WriteString("period", input.Period.Id);
            ExplanationJson.Number(json, "value", input.Value);
            json.WriteBoolean("forecast", input.IsForecast);
            json.WriteBoolean("derived", input.IsDerived);
            json.WriteBoolean("countedAsZero", input.CountedAsZero);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("finding", ExplanationJson.Code(s.Finding));
        ExplanationJson.Number(json, "value", s.Value);
        Strings(json, "missingRequired", s.MissingRequired);
        Strings(json, "missingOptional", s.MissingOptional);
        json.WriteBoolean("forecast", s.IsForecast);
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
