using System.Text;
using Styrmodell.Json;
using Styrmodell.Model;

namespace Styrmodell.Kolada.Tests;

/// <summary>A small Arboga model (illustrative structure) whose indicators name Kolada KPIs, read through the format as users write it.</summary>
internal static class ImportModel
{
    public static SteeringModel Read(string indicators, string outcomes = "[]")
    {
        var json = $$"""
            {
              "formatVersion": "1.2",
              "municipality": { "name": "Arboga kommun", "code": "1984" },
              "units": [{ "id": "kf", "name": "Kommunfullmäktige", "kind": "KF" }],
              "levels": [
                { "id": "mal", "name": "Mål", "role": "goal" },
                { "id": "ind", "name": "Indikator", "role": "indicator", "parentLevelIds": ["mal"] }
              ],
              "nodes": [
                { "id": "m", "level": "mal", "title": "Goda arbetsvillkor", "owner": "kf" },
                { "id": "sjuk", "level": "ind", "title": "Sjukfrånvaro", "parent": "m" },
                { "id": "kostnad", "level": "ind", "title": "Nettokostnad", "parent": "m" }
              ],
              "indicators": {{indicators}},
              "outcomes": {{outcomes}}
            }
            """;
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));
        return read.Model ?? throw new InvalidOperationException(string.Join("; ", read.Problems));
    }

    public const string SickLeave = """{ "node": "sjuk", "unit": "percent", "direction": "lowerIsBetter", "openData": { "provider": "kolada", "series": "N00090", "genders": ["total", "women", "men"] } }""";

    public const string NetCost = """{ "node": "kostnad", "unit": "kronor", "direction": "lowerIsBetter", "openData": { "provider": "kolada", "series": "N00096" } }""";
}
