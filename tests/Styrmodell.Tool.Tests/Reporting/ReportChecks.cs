using Styrmodell.Evaluation;
using Styrmodell.Reporting;
using JsonSchema = Json.Schema.JsonSchema;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>What the sample-output tests and the generated-document properties check reports against.</summary>
internal static class ReportChecks
{
    /// <summary>The evaluation output's schema, as shipped.</summary>
    public static readonly JsonSchema Schema = JsonSchema.FromText(JsonReportWriter.Schema);

    /// <summary>Every name of every enum a report could be tempted to print, from the assemblies that define them.</summary>
    public static readonly string[] EnumNames =
    [
        .. new[] { typeof(EvaluationResult), typeof(EvaluationReport) }
            .SelectMany(t => t.Assembly.GetExportedTypes())
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Distinct(StringComparer.Ordinal),
    ];
}
