using System.Text.Json;

namespace Styrmodell.Reporting;

/// <summary>The evaluation output's <c>steeringDocuments</c> object: the register as of the report's date, as data with camelCase codes.</summary>
internal static class JsonRegister
{
    public static void Write(Utf8JsonWriter json, RegisterReport? register)
    {
        if (register is null)
        {
            json.WriteNull("steeringDocuments");
            return;
        }

        json.WriteStartObject("steeringDocuments");
        json.WriteStartArray("documents");
        foreach (var entry in register.Entries)
        {
            var status = entry.Status;
            var document = status.Document;
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("title", document.Title);
            json.WriteString("type", document.TypeId);
            json.WriteString("typeName", entry.TypeName);
            json.WriteString("owner", document.Owner);
            json.WriteStartObject("decision");
            json.WriteString("unit", document.Decision.DeciderUnitId);
            json.WriteString("unitName", entry.DeciderName);
            json.WriteString("date", ReportText.Date(document.Decision.Date));
            json.WriteString("reference", document.Decision.Reference);
            json.WriteEndObject();
            json.WriteString("validFrom", ReportText.Date(document.InForceFrom));
            json.WriteString("validUntil", document.ValidUntil is { } until ? ReportText.Date(until) : null);
            json.WriteString("validity", ExplanationJson.Code(status.Validity));
            json.WriteString("reviewDue", status.ReviewDue is { } due ? ReportText.Date(due) : null);
            json.WriteString("review", ExplanationJson.Code(status.Review));
            json.WriteBoolean("illustrative", entry.IsIllustrative);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("dueForReview");
        foreach (var entry in register.DueForReview)
        {
            json.WriteStringValue(entry.Status.Document.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("countsPerType");
        foreach (var count in register.CountsPerType)
        {
            json.WriteStartObject();
            json.WriteString("type", count.TypeId);
            json.WriteString("name", count.TypeName);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missions");
        foreach (var mission in register.Missions)
        {
            json.WriteStartObject();
            json.WriteString("unit", mission.Unit.Id);
            json.WriteString("unitName", mission.Unit.Name);
            Strings(json, "missionTitles", mission.MissionTitles);
            Strings(json, "documents", mission.Documents);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>An array of strings under a name; also the key ratios' missing figures and a budget row's action plans.</summary>
    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

}
