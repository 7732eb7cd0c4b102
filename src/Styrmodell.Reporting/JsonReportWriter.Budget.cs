using System.Text.Json;

namespace Styrmodell.Reporting;

/// <summary>The output's <c>budget</c> object (2.1): per frame KF gives directly, the follow-up and action-plan status; totals; forecast accuracy.</summary>
public static partial class JsonReportWriter
{
    private static void WriteBudget(Utf8JsonWriter json, BudgetReport? budget)
    {
        if (budget is null)
        {
            json.WriteNull("budget");
            return;
        }

        json.WriteStartObject("budget");
        json.WriteNumber("year", budget.Year);
        json.WriteString("asOf", ReportText.Date(budget.AsOf));
        json.WriteString("unit", ExplanationJson.Code(budget.Unit));
        WriteFrames(json, "frames", budget.Rows);
        WriteFrames(json, "unansweredParts", budget.UnansweredParts);
        json.WriteStartArray("totals");
        foreach (var total in budget.Totals)
        {
            json.WriteStartObject();
            json.WriteString("kind", ExplanationJson.Code(total.Kind));
            json.WriteNumber("frame", total.FrameInForce);
            json.WriteNumber("outcomeToDate", total.OutcomeToDate);
            WriteDecimal(json, "forecast", total.Forecast);
            WriteDecimal(json, "deviation", total.Deviation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("forecastAccuracy");
        foreach (var accuracy in budget.Accuracy)
        {
            json.WriteStartObject();
            json.WriteString("frameId", accuracy.FrameId);
            json.WriteString("point", accuracy.Point.Id);
            json.WriteNumber("forecast", accuracy.Forecast);
            json.WriteNumber("final", accuracy.Final);
            json.WriteNumber("difference", accuracy.Difference);
            WriteDecimal(json, "share", accuracy.Share);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFrames(Utf8JsonWriter json, string name, Styrmodell.Collections.EquatableArray<BudgetReportRow> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            var line = row.Line;
            json.WriteStartObject();
            json.WriteString("id", line.Frame.Id);
            json.WriteString("kind", ExplanationJson.Code(line.Frame.Kind));
            json.WriteString("unitId", line.Frame.UnitId);
            json.WriteString("name", row.Name);
            json.WriteNumber("frame", line.FrameInForce);
            json.WriteNumber("outcomeToDate", line.OutcomeToDate);
            WriteDecimal(json, "forecast", line.Forecast);
            json.WriteString("forecastPoint", line.ForecastPoint?.Id);
            WriteDecimal(json, "deviation", line.Deviation);
            json.WriteString("actionPlanStatus", ExplanationJson.Code(row.PlanStatus));
            JsonRegister.Strings(json, "actionPlans", row.ActionPlanIds);
            json.WriteBoolean("illustrative", row.IsIllustrative);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
