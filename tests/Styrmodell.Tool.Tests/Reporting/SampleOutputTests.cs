using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Styrmodell.Evaluation;
using Styrmodell.Reporting;
using OutputFormat = Json.Schema.OutputFormat;
using SchemaOptions = Json.Schema.EvaluationOptions;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>Every sample's evaluation, in every format and language: valid against the output's schema, and no enum's name in its words.</summary>
public class SampleOutputTests
{
    /// <summary>
    /// Whether a name is a compound such as <c>WithinFrame</c>, which no language writes. A one-word name (<c>Done</c>,
    /// <c>All</c>) is an enum's name in Swedish output, but may be an ordinary word opening an English phrase.
    /// </summary>
    internal static bool IsCompound(string name) => name.Skip(1).Any(char.IsUpper);

    public static TheoryData<string, string> SamplesAndLanguages =>
        new() { { "arboga", "sv" }, { "arboga", "en" }, { "strangnas", "sv" }, { "strangnas", "en" }, { "vansbro", "sv" }, { "vansbro", "en" }, { "vasteras", "sv" }, { "vasteras", "en" } };

    [Fact]
    public void Schema_IsTheShippedFile()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/schema/styrmodell-evaluation-2.0.schema.json"));

        Assert.Equal(file, JsonReportWriter.Schema);
    }

    [Theory]
    [MemberData(nameof(SamplesAndLanguages))]
    public void JsonOutput_OfEverySample_ValidatesAgainstItsSchema(string sample, string language)
    {
        var (exitCode, output, error) = Cli.Run("evaluate", Cli.Sample(sample), "--format", "json", "--language", language);
        Assert.True(exitCode == ExitCodes.Success, error);

        var result = ReportChecks.Schema.Evaluate(JsonNode.Parse(output), new SchemaOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.Equal(language, JsonNode.Parse(output)!["language"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(SamplesAndLanguages))]
    public void TextAndMarkdown_OfEverySample_PrintNoEnumsName(string sample, string language)
    {
        // A word the document itself uses (a level named "Vision") is the document's, not an enum's name.
        var document = File.ReadAllText(Cli.Sample(sample));
        var text = Cli.Run("evaluate", Cli.Sample(sample), "--language", language).Output
            + Cli.Run("evaluate", Cli.Sample(sample), "--format", "markdown", "--language", language).Output;

        var raw = ReportChecks.EnumNames.Where(name => (language == "sv" || IsCompound(name)) && Regex.IsMatch(text, $@"\b{name}\b") && !Regex.IsMatch(document, $@"\b{name}\b"));

        Assert.Empty(raw);
    }

    [Theory]
    // Arboga 2024: the year's result 16.2 with no adjustments and no reserve lines gives a balance-requirement result of 16.2.
    [InlineData("sv", "Årets balanskravsresultat: 16,2", "The year's balance-requirement result")]
    [InlineData("en", "The year's balance-requirement result: 16.2", "Årets balanskravsresultat")]
    public void FinancePart_SpeaksTheReportsLanguage(string language, string expected, string otherLanguage)
    {
        var (_, output, _) = Cli.Run("evaluate", Cli.Sample("arboga"), "--language", language);

        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain(otherLanguage, output, StringComparison.Ordinal);
    }
}
