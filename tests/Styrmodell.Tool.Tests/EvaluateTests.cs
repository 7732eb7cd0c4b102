using System.Text.Json;
using System.Text.RegularExpressions;

namespace Styrmodell.Tool.Tests;

public class EvaluateTests
{
    private const string NoOutcomes =
        "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
        "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}],\"nodes\":[{\"id\":\"a\",\"level\":\"mal\",\"title\":\"A\"}]}";

    [Fact]
    public void Evaluate_WithoutOptions_TakesTheLatestPeriodAsOfItsLastDay()
    {
        // Vansbro's outcomes run to 2022, so 2022 is evaluated as of 2022-12-31.
        var (exitCode, output, error) = Cli.Run("evaluate", Cli.Sample("vansbro"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("Vansbro kommun (2021): måluppfyllelse 2022, per 2022-12-31", output, StringComparison.Ordinal);
        Assert.Contains("[Utvecklingsmål] Fler elever i årskurs 9 är behöriga till gymnasieskolan", output, StringComparison.Ordinal);
        Assert.Contains("utfall saknas för 2022 (rapporterat utan värde), källa Kolada N00090", output, StringComparison.Ordinal);
        Assert.Contains("Per målområde", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Evaluate_LanguageEnglish_SpeaksEnglish_WithTheDocumentsOwnCategoryLabels()
    {
        var (exitCode, output, error) = Cli.Run("evaluate", Cli.Sample("vansbro"), "--language", "en");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("Vansbro kommun (2021): goal fulfilment 2022, as of 2022-12-31", output, StringComparison.Ordinal);
        Assert.Contains("outcome missing for 2022 (reported as no outcome), source Kolada N00090", output, StringComparison.Ordinal);
        Assert.Contains("= Ej bedömt, coverage 0 %", output, StringComparison.Ordinal); // the document's label, not a translation
        Assert.Contains("By target area", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Report_WritesTheHtmlPageToTheFileGiven()
    {
        var path = Path.Combine(Path.GetTempPath(), $"styrmodell-report-{Guid.NewGuid():N}.html");
        try
        {
            var (exitCode, output, error) = Cli.Run("report", Cli.Sample("arboga"), "--out", path);

            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Equal("", output);
            Assert.Contains($"{path}: written", error, StringComparison.Ordinal);
            var page = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("lang=\"sv\"", page, StringComparison.Ordinal);
            Assert.Contains("Arboga kommun", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_UnknownLanguage_IsAUsageError()
    {
        var (exitCode, _, error) = Cli.Run("evaluate", Cli.Sample("vansbro"), "--language", "de");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("'de'", error, StringComparison.Ordinal);
        Assert.Contains("Must be one of:\n\t'sv'\n\t'en'", error.ReplaceLineEndings("\n"), StringComparison.Ordinal); // what was expected
    }

    [Fact]
    public void Evaluate_Period_EvaluatesThatPeriodAsOfItsLastDay()
    {
        var report = Json("evaluate", Cli.Sample("arboga"), "--period", "2023", "--format", "json");

        Assert.Equal("2023", report.GetProperty("period").GetString());
        Assert.Equal("2023-12-31", report.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Evaluate_AsOf_TakesTheLatestPeriodBegunByThen()
    {
        // On 2024-05-15 (the tertial report) Arboga's year 2024 has begun and has forecasts: it is evaluated, as of
        // that date. On 2023-06-30 the latest period begun is 2023.
        var may = Json("evaluate", Cli.Sample("arboga"), "--as-of", "2024-05-15", "--format", "json");
        var june = Json("evaluate", Cli.Sample("arboga"), "--as-of=2023-06-30", "--format=json");

        Assert.Equal(("2024", "2024-05-15"), (may.GetProperty("period").GetString(), may.GetProperty("asOf").GetString()));
        Assert.Equal("2023", june.GetProperty("period").GetString());
    }

    [Fact]
    public void Evaluate_Json_HasEveryNodeWithItsResultAndTheFinancePart()
    {
        var report = Json("evaluate", Cli.Sample("strangnas"), "--format", "json");

        Assert.Equal("styrmodell-evaluation", report.GetProperty("format").GetString());
        Assert.Equal("2.2", report.GetProperty("formatVersion").GetString());
        Assert.Equal("sv", report.GetProperty("language").GetString());
        var nodes = report.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(29, nodes.Count);
        var economy = nodes.Single(n => n.GetProperty("id").GetString() == "kf-ekonomi");
        Assert.Equal("uppfyllt", economy.GetProperty("category").GetString());
        Assert.Equal(1.0, economy.GetProperty("coverage").GetDouble());
        Assert.False(string.IsNullOrWhiteSpace(economy.GetProperty("explanation").GetString()));
        // Strängnäs' nyckeltal-1 (Kolada N15508): 69.523809 in 2022 against the mandate period's 78, derived for its last
        // year (2022) by the linear rule, so 78 itself; share of target 69.523809 ÷ 78, and 8.476191 left to it.
        var steps = nodes.Single(n => n.GetProperty("id").GetString() == "nyckeltal-1").GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["outcome", "target", "score"], steps.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(69.523809m, steps[0].GetProperty("value").GetDecimal());
        Assert.Equal((78m, "derived", "linear"), (steps[1].GetProperty("value").GetDecimal(), steps[1].GetProperty("origin").GetString(), steps[1].GetProperty("derivation").GetString()));
        Assert.Equal("2018-11-26", steps[1].GetProperty("decision").GetProperty("date").GetString());
        Assert.Equal(Math.Round(69.523809 / 78, 4), steps[2].GetProperty("score").GetDouble());
        Assert.Equal(8.476191m, steps[2].GetProperty("distanceToTarget").GetDecimal());
        var finance = report.GetProperty("finance");
        Assert.Equal(2022, finance.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(171.5m, finance.GetProperty("balanceRequirement").GetProperty("balanceRequirementResult").GetDecimal());
        Assert.False(finance.GetProperty("goodFinancialManagement").GetProperty("holds").GetBoolean());
    }

    [Fact]
    public void Evaluate_Json_EveryNodeHasTheSameProperties_InTheDocumentedOrder()
    {
        // The contract: every property always present, null when without value (docs/evaluation-output.md).
        string[] expected = ["id", "level", "levelName", "role", "title", "owner", "parent", "depth", "assessed", "category",
            "computedCategory", "score", "coverage", "value", "forecast", "illustrative", "illustrativeData", "explanation", "steps", "inputs",
            "manual", "contributesTo"];

        var nodes = Json("evaluate", Cli.Sample("vasteras"), "--format", "json").GetProperty("nodes").EnumerateArray();

        Assert.All(nodes, n => Assert.Equal(expected, n.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Evaluate_Json_EveryPropertyIsDocumented()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/evaluation-output.md"));
        var documented = Regex.Matches(doc, @"`([a-zA-Z]+)(\[\])?`").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                element.EnumerateArray().ToList().ForEach(Collect);
            }
        }

        Collect(Json("evaluate", Cli.Sample("arboga"), "--format", "json")); // with finance, deficits and a GEH rule
        Collect(Json("evaluate", Cli.Sample("vasteras"), "--format", "json")); // with a manual assessment
        names.ExceptWith(["uppfyllt", "delvis-uppfyllt", "ej-uppfyllt", "ej-bedomt"]); // category ids as count keys

        Assert.Equal([], names.Where(n => !documented.Contains(n)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_Markdown_IsAHeadedDocument()
    {
        var (exitCode, output, _) = Cli.Run("evaluate", Cli.Sample("arboga"), "--format", "markdown");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("# Arboga kommun (1984): måluppfyllelse 2024", output, StringComparison.Ordinal);
        Assert.Contains("## God ekonomisk hushållning", output.Replace("### ", "## ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFile_IsUnreadable_OnOneLine()
    {
        var (exitCode, output, error) = Cli.Run("evaluate", Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".json"));

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Equal("", output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Evaluate_InvalidDocument_SaysSoOnOneLine_AndPointsToValidate()
    {
        using var file = new Cli.TempFile("{\"formatVersion\":\"2.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"}}");

        var (exitCode, output, error) = Cli.Run("evaluate", file.Path);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unsupported-version", line, StringComparison.Ordinal);
        Assert.Contains($"styrmodell validate {file.Path}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoOutcomesAndNoPeriod_AsksForOne()
    {
        using var file = new Cli.TempFile(NoOutcomes);

        var (exitCode, _, error) = Cli.Run("evaluate", file.Path);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("has no outcomes to find a period from; give --period or --as-of", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "2030", "no outcome falls in 2030; outcomes cover 2019–2024")]
    [InlineData("--period", "1999", "no outcome falls in 1999; outcomes cover 2019–2024")]
    [InlineData("--as-of", "0001-01-01", "no outcome falls in 0001 (no period with outcomes had begun by 0001-01-01); outcomes cover 2019–2024")]
    public void Evaluate_APeriodWithoutOutcomes_IsRefusedWithWhatTheDocumentCovers(string option, string value, string message)
    {
        // Arboga's outcomes run from 2019 to 2024 (samples/models/arboga.json): nothing there to evaluate.
        var (exitCode, output, error) = Cli.Run("evaluate", Cli.Sample("arboga"), option, value);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Contains("--allow-empty", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AsOfADateBeforeEveryDecision_IsRefused_WithTheFirstDecisionsDate()
    {
        // Arboga's first target decision in samples/models/arboga.json is of 2023-02-27; its outcomes reach back to 2019.
        var (exitCode, output, error) = Cli.Run("evaluate", Cli.Sample("arboga"), "--as-of", "2021-06-30");

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal("", output);
        Assert.Contains("no target had been decided by 2021-06-30; the first decision is of 2023-02-27", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_APeriodWithoutOutcomes_WithAllowEmpty_WarnsAndEvaluates()
    {
        var (exitCode, output, error) = Cli.Run("evaluate", Cli.Sample("arboga"), "--period", "2030", "--allow-empty");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("Arboga kommun (1984): måluppfyllelse 2030", output, StringComparison.Ordinal);
        Assert.Contains("warning: no outcome falls in 2030; outcomes cover 2019–2024", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoOutcomesWithAPeriod_AndAllowEmpty_ReportsEveryGoalNotAssessed()
    {
        using var file = new Cli.TempFile(NoOutcomes);

        var (exitCode, output, _) = Cli.Run("evaluate", file.Path, "--period", "2024", "--allow-empty");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("[Mål] A", output, StringComparison.Ordinal);
        Assert.Contains("= Ej bedömt, täckning 0 %: inget matar denna nod", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NumbersBeyondTheArithmeticsRange_SaySoOnOneLine()
    {
        // A linear path from a baseline of 7.9e28 to a target of −7.9e28 needs a difference of −1.58e29, beyond decimal.
        using var file = new Cli.TempFile(
            "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},"
            + "\"levels\":[{\"id\":\"m\",\"name\":\"Mål\",\"role\":\"goal\"},{\"id\":\"i\",\"name\":\"Indikator\",\"role\":\"indicator\",\"parentLevelIds\":[\"m\"]}],"
            + "\"nodes\":[{\"id\":\"a\",\"level\":\"m\",\"title\":\"A\"},{\"id\":\"x\",\"level\":\"i\",\"title\":\"X\",\"parent\":\"a\"}],"
            + "\"indicators\":[{\"node\":\"x\",\"unit\":\"count\",\"direction\":\"higherIsBetter\",\"derivation\":\"linear\","
            + "\"baseline\":{\"value\":79000000000000000000000000000,\"period\":\"2022\"},"
            + "\"targets\":[{\"scope\":\"2023-2026\",\"level\":{\"kind\":\"absolute\",\"value\":-79000000000000000000000000000},\"decision\":{\"date\":\"2022-11-28\",\"body\":\"KF\"}}]}],"
            + "\"outcomes\":[{\"indicator\":\"x\",\"period\":\"2024\",\"value\":1}]}");

        var (exitCode, output, error) = Cli.Run("evaluate", file.Path);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("too large to compute with", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ADirectory_IsUnreadable_AndSaysItIsADirectory()
    {
        var (exitCode, _, error) = Cli.Run("evaluate", Cli.SampleDirectory);

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("cannot read: it is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AFaultWhileReading_IsAnInternalError_OnOneLine()
    {
        using var input = new FailingStream();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = StyrmodellCommand.Run(["evaluate", "-"], input, output, error);

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Equal("", output.ToString());
        Assert.StartsWith("styrmodell: internal error (InvalidOperationException): the test's fault", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Standard input that fails as no real one does, standing for a fault in the tool.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the test's fault");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("the test's fault");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("the test's fault");
    }

    [Fact]
    public void Evaluate_Json_CarriesThePooledDisaggregationsAndContributors()
    {
        // Akvo RSR's parent period (test_disaggregation_aggregation.py, test_aggregate_child_period_to_parent): child 1
        // reports Type 1 20, Type 2 30 and child 2 15, 15, so the parent has 20 + 15 and 30 + 15 from 2 contributors.
        using var file = new Cli.TempFile("""
            {"formatVersion":"1.0","municipality":{"name":"T","code":"0001"},
             "levels":[{"id":"m","name":"Mål","role":"goal"},{"id":"i","name":"Indikator","role":"indicator","parentLevelIds":["m"]}],
             "nodes":[{"id":"a","level":"m","title":"A"},{"id":"p","level":"i","title":"P","parent":"a"},
                      {"id":"c1","level":"i","title":"C1","parent":"a"},{"id":"c2","level":"i","title":"C2","parent":"a"}],
             "indicators":[
               {"node":"p","unit":"count","direction":"higherIsBetter","contributors":["c1","c2"],"disaggregations":[{"id":"category-1","label":"Category 1","values":[{"id":"type-1","label":"Type 1"},{"id":"type-2","label":"Type 2"}]}]},
               {"node":"c1","unit":"count","direction":"higherIsBetter","disaggregations":[{"id":"category-1","values":[{"id":"type-1"},{"id":"type-2"}]}]},
               {"node":"c2","unit":"count","direction":"higherIsBetter","disaggregations":[{"id":"category-1","values":[{"id":"type-1"},{"id":"type-2"}]}]}],
             "outcomes":[
               {"indicator":"c1","period":"2024-03","value":20,"disaggregation":{"dimension":"category-1","value":"type-1"}},
               {"indicator":"c1","period":"2024-03","value":30,"disaggregation":{"dimension":"category-1","value":"type-2"}},
               {"indicator":"c2","period":"2024-04","value":15,"disaggregation":{"dimension":"category-1","value":"type-1"}},
               {"indicator":"c2","period":"2024-04","value":15,"disaggregation":{"dimension":"category-1","value":"type-2"}}]}
            """);

        var report = Json("evaluate", file.Path, "--period", "2024", "--format", "json", "--allow-empty");

        var parent = report.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "p");
        var outcome = parent.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "outcome");
        Assert.Equal(2, outcome.GetProperty("contributors").GetInt32());
        var pooled = outcome.GetProperty("disaggregations").EnumerateArray().ToList();
        Assert.Equal(
            [("category-1", "Category 1", "type-1", "Type 1", 35m, 2), ("category-1", "Category 1", "type-2", "Type 2", 45m, 2)],
            pooled.Select(d => (d.GetProperty("dimension").GetString(), d.GetProperty("dimensionLabel").GetString(), d.GetProperty("dimensionValue").GetString(),
                d.GetProperty("valueLabel").GetString(), d.GetProperty("value").GetDecimal(), d.GetProperty("parts").GetInt32())));
        Assert.All(pooled, d => Assert.Equal(JsonValueKind.Null, d.GetProperty("numerator").ValueKind));
    }

    private static JsonElement Json(params string[] args)
    {
        var (exitCode, output, error) = Cli.Run(args);
        Assert.True(exitCode == ExitCodes.Success, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
