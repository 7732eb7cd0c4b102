namespace Styrmodell.Reporting;

public static partial class JsonReportWriter
{
    /// <summary>Gets the JSON Schema (draft 2020-12) of the output this writer writes, as shipped in the assembly.</summary>
    /// <value>The schema's text; the same file as <c>docs/schema/styrmodell-evaluation-2.0.schema.json</c>.</value>
    public static string Schema { get; } = LoadSchema();

    private static string LoadSchema()
    {
        using var stream = typeof(JsonReportWriter).Assembly.GetManifestResourceStream("Styrmodell.Reporting.evaluation.schema.json")
            ?? throw new InvalidOperationException("The evaluation output's schema resource is missing from Styrmodell.Reporting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
