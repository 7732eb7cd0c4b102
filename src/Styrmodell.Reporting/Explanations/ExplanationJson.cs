using System.Text.Json;
using Styrmodell.Evaluation;

namespace Styrmodell.Reporting;

/// <summary>
/// Writes a node's explanation steps as JSON objects of the evaluation output (docs/evaluation-output.md): each with
/// its <c>kind</c> and every property of that kind, <c>null</c> when without value; enum values as camelCase codes.
/// </summary>
internal static class ExplanationJson
{
    public static void WriteSteps(Utf8JsonWriter json, Explanation explanation)
    {
        json.WriteStartArray("steps");
        foreach (var step in explanation.Steps)
        {
            json.WriteStartObject();
            json.WriteString("kind", Code(step.Kind));
            WriteStep(json, step);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    // Doubles (scores, shares, rates, points) are rounded to four decimals: enough to rank and compare, stable across platforms.
    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 4, MidpointRounding.AwayFromZero));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStep(Utf8JsonWriter json, ExplanationStep step)
    {
        switch (step)
        {
            case OutcomeStep s:
                json.WriteString("indicator", s.IndicatorId);
                json.WriteString("period", s.Period.Id);
                json.WriteString("breakdown", Code(s.Breakdown));
                json.WriteString("finding", Code(s.Finding));
                Number(json, "value", s.Value);
                Number(json, "numerator", s.Numerator);
                Number(json, "denominator", s.Denominator);
                json.WriteNumber("parts", s.Parts);
                json.WriteNumber("dropped", s.Dropped);
                json.WriteNumber("draftsLeftOut", s.DraftsLeftOut);
                json.WriteString("status", s.Status is { } status ? Code(status) : null);
                json.WriteBoolean("forecast", s.IsForecast);
                json.WriteString("source", s.Source);
                json.WriteNumber("contributors", s.Contributors);
                WriteDisaggregations(json, s);
                break;
            case FormulaStep s:
                FormulaJson.WriteStep(json, s);
                break;
            case CountedAtBaselineStep s:
                json.WriteNumber("value", s.Value);
                json.WriteString("period", s.Period.Id);
                break;
            case TargetStep s:
                WriteTarget(json, s);
                break;
            case ScoreStep s:
                json.WriteString("basis", Code(s.Basis));
                json.WriteString("method", Code(s.Method));
                Number(json, "score", s.Score);
                Number(json, "distanceToTarget", s.DistanceToTarget);
                Number(json, "done", s.Done);
                Number(json, "total", s.Total);
                break;
            case GrowthStep s:
                json.WriteString("finding", Code(s.Finding));
                Number(json, "baseYear", s.BaseYear);
                Number(json, "baseValue", s.BaseValue);
                json.WriteNumber("year", s.Year);
                json.WriteNumber("value", s.Value);
                json.WriteNumber("targetYear", s.TargetYear);
                json.WriteNumber("target", s.Target);
                Number(json, "zeroSubstitute", s.ZeroSubstitute);
                Number(json, "observedRate", s.ObservedRate);
                Number(json, "neededRate", s.NeededRate);
                Number(json, "ratio", s.Ratio);
                Number(json, "score", s.Score);
                break;
            case RuleStep s:
                WriteRule(json, s);
                break;
            case MissingDataStep s:
                json.WriteString("policy", Code(s.Policy));
                json.WriteNumber("missing", s.Missing);
                json.WriteNumber("leftOut", s.LeftOut);
                Number(json, "coverage", s.Coverage);
                Number(json, "minimumCoverage", s.MinimumCoverage);
                break;
            case NotAssessedStep s:
                json.WriteString("reason", Code(s.Reason));
                break;
            case ManualAssessmentStep s:
                json.WriteString("category", s.CategoryId);
                json.WriteString("computedCategory", s.ComputedCategoryId);
                json.WriteString("mode", Code(s.Mode));
                json.WriteString("author", s.Author);
                json.WriteString("date", ReportText.Date(s.Date));
                json.WriteString("motivation", s.Motivation);
                break;
            case StatusStep s:
                json.WriteString("status", s.StatusId);
                json.WriteString("label", s.Label);
                Number(json, "share", s.Share);
                json.WriteString("author", s.Author);
                json.WriteString("date", ReportText.Date(s.Date));
                json.WriteString("motivation", s.Motivation);
                WriteSplit(json, s.Split);
                WriteTasks(json, s.Tasks);
                break;
        }
    }

    // Akvo RSR's period disaggregations: per dimension value the sums, with the document's labels.
    private static void WriteDisaggregations(Utf8JsonWriter json, OutcomeStep s)
    {
        json.WriteStartArray("disaggregations");
        foreach (var d in s.Disaggregations)
        {
            json.WriteStartObject();
            json.WriteString("dimension", d.DimensionId);
            json.WriteString("dimensionLabel", d.DimensionLabel);
            json.WriteString("dimensionValue", d.ValueId);
            json.WriteString("valueLabel", d.ValueLabel);
            Number(json, "value", d.Value);
            Number(json, "numerator", d.Numerator);
            Number(json, "denominator", d.Denominator);
            json.WriteNumber("parts", d.Parts);
            json.WriteNumber("draftsLeftOut", d.DraftsLeftOut);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter json, TargetStep s)
    {
        json.WriteString("direction", Code(s.Direction));
        json.WriteBoolean("directionIsDefault", s.DirectionIsDefault);
        Number(json, "variationFromBaseline", s.VariationFromBaseline);
        Number(json, "value", s.Value);
        Number(json, "upperValue", s.UpperValue);
        json.WriteNumber("year", s.Year);
        json.WriteString("scope", s.Scope.Id);
        json.WriteStartObject("decision");
        json.WriteString("body", s.Decision.Body);
        json.WriteString("date", ReportText.Date(s.Decision.Date));
        json.WriteString("reference", s.Decision.Reference);
        json.WriteEndObject();
        json.WriteString("origin", Code(s.Origin));
        json.WriteString("derivation", Code(s.Derivation));
        if (s.Baseline is { } baseline)
        {
            json.WriteStartObject("baseline");
            json.WriteNumber("value", baseline.Value);
            json.WriteString("period", baseline.Period.Id);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("baseline");
        }
    }

    private static void WriteRule(Utf8JsonWriter json, RuleStep s)
    {
        json.WriteString("rule", Code(s.Rule));
        json.WriteNumber("used", s.Used);
        Number(json, "score", s.Score);
        Number(json, "met", s.Met);
        Number(json, "share", s.Share);
        Number(json, "thresholdReached", s.ThresholdReached);
        Number(json, "lowestThreshold", s.LowestThreshold);
        json.WriteString("category", s.CategoryId);
        Number(json, "pointsAvailable", s.PointsAvailable);
        Number(json, "pointsAwarded", s.PointsAwarded);
        Number(json, "notConcernedPoints", s.NotConcernedPoints);
        Number(json, "sharedOutEach", s.SharedOutEach);
        Number(json, "receivers", s.Receivers);
        Number(json, "pointsNotReported", s.PointsNotReported);
        Number(json, "originPoints", s.OriginPoints);
        if (s.IsFullyReported is { } reported)
        {
            json.WriteBoolean("fullyReported", reported);
        }
        else
        {
            json.WriteNull("fullyReported");
        }

        Number(json, "pointsDone", s.PointsDone);
        Number(json, "pointsPlanned", s.PointsPlanned);
        Number(json, "pointsNotDone", s.PointsNotDone);
        WriteTasks(json, s.Tasks);
        Number(json, "potentialFactor", s.PotentialFactor);
        Number(json, "pointsAvailableBeforeFactor", s.PointsAvailableBeforeFactor);
    }

    /// <summary>A points split (done, planned, not done), or null.</summary>
    private static void WriteSplit(Utf8JsonWriter json, Model.PointsSplit? split)
    {
        if (split is null)
        {
            json.WriteNull("split");
            return;
        }

        json.WriteStartObject("split");
        json.WriteNumber("done", split.Done);
        json.WriteNumber("planned", split.Planned);
        json.WriteNumber("notDone", split.NotDone);
        json.WriteEndObject();
    }

    /// <summary>The task counts below a node (territoires-en-transitions' <c>…TachesCount</c> and <c>…TachesAvancement</c>), or null.</summary>
    private static void WriteTasks(Utf8JsonWriter json, TaskCounts? tasks)
    {
        if (tasks is null)
        {
            json.WriteNull("tasks");
            return;
        }

        json.WriteStartObject("tasks");
        json.WriteNumber("total", tasks.Total);
        json.WriteNumber("completed", tasks.Completed);
        json.WriteNumber("done", tasks.Done);
        json.WriteNumber("planned", tasks.Planned);
        json.WriteNumber("notDone", tasks.NotDone);
        json.WriteNumber("notConcerned", tasks.NotConcerned);
        json.WriteEndObject();
    }
}
