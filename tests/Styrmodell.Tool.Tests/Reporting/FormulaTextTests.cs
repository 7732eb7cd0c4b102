using System.Text.Json.Nodes;
using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Time;
using OutputFormat = Json.Schema.OutputFormat;
using SchemaOptions = Json.Schema.EvaluationOptions;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>A derived indicator's formula step in words (Swedish, English) and in the JSON evaluation output.</summary>
public class FormulaTextTests
{
    private static readonly Decision Kf2021 = new(new LocalDate(2021, 9, 27), "KF", "§ 12");
    private static readonly ReportingPeriod Year2022 = ReportingPeriod.Year(2022);

    /// <summary>Indicators e and f (2022 outcomes, null: none) and d derived by <paramref name="formula"/> with a target ≥ 2.</summary>
    private static EvaluationResult Evaluate(Formula formula, decimal? e, decimal? f, int decimals = 1)
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", "Mål"));
        foreach (var (id, value) in new[] { ("e", e), ("f", f) })
        {
            builder.AddNode(new Node(id, "ind", id) { ParentId = "m" }).AddIndicator(new Indicator(id, MeasureUnit.Count, Direction.HigherIsBetter));
            if (value is { } v)
            {
                builder.AddOutcome(new Outcome(id, Year2022, MeasuredValue.Of(v)));
            }
        }

        builder.AddNode(new Node("d", "ind", "d") { ParentId = "m" }).AddIndicator(new Indicator("d", MeasureUnit.Count, Direction.HigherIsBetter)
        {
            Formula = formula,
            Targets = [new TargetValue(TargetScope.Year(2022), new AbsoluteLevel(2m), Kf2021)],
        });
        return GoalEvaluator.Evaluate(builder.Build(), Year2022, new LocalDate(2023, 3, 31), new EvaluationOptions { Rounding = new Rounding(RoundingMode.HalfAwayFromZero, decimals) });
    }

    private static string Render(EvaluationResult result, ReportLanguage language) =>
        ExplanationText.Render(result["d"], result.Options.Scale, result.Options.Rounding, language);

    private static readonly Formula OnePlusFOverE = new Formula.Sum(new Formula.Constant(1m), new Formula.Quotient(new Formula.Input("f"), new Formula.Input("e")));

    [Theory]
    // TeT's '1 + val(cae_1.f) / val(cae_1.e)' with 100 and 20: 1.2, against ≥ 2: 1.2 ÷ 2 = 60.0 % (one decimal), 0.8 left.
    [InlineData(ReportLanguage.Swedish, "beräknat 1 + f ÷ e för 2022: e = 100, f = 20 → 1,2; målvärde ≥ 2 för 2022 (KF 2021-09-27, § 12); andel av målvärdet = 60,0 %, 0,8 kvar till målvärdet")]
    [InlineData(ReportLanguage.English, "computed as 1 + f ÷ e for 2022: e = 100, f = 20 → 1.2; target ≥ 2 for 2022 (KF 2021-09-27, § 12); share of target = 60.0 %, 0.8 left to the target")]
    public void Computed_ShowsFormulaInputsAndValue(ReportLanguage language, string expected) =>
        Assert.Equal(expected, Render(Evaluate(OnePlusFOverE, 100m, 20m), language));

    [Theory]
    [InlineData(ReportLanguage.Swedish, "beräknat e + f för 2022: e = 100, f saknas; värde saknas: f krävs")]
    [InlineData(ReportLanguage.English, "computed as e + f for 2022: e = 100, f missing; no value: f required")]
    public void RequiredInputMissing_NamesIt(ReportLanguage language, string expected) =>
        Assert.Equal(expected, Render(Evaluate(new Formula.Sum(new Formula.Input("e"), new Formula.Input("f")), 100m, null), language));

    [Theory]
    [InlineData(ReportLanguage.Swedish, "beräknat (e − f) × 0,5 för 2022: e = 3, f saknas, valfri och räknad som 0 → 1,5")]
    [InlineData(ReportLanguage.English, "computed as (e − f) × 0.5 for 2022: e = 3, f missing, optional, counted as 0 → 1.5")]
    public void OptionalInputMissing_CountsAsZero_AndParenthesesFollowPrecedence(ReportLanguage language, string expectedStart)
    {
        var formula = new Formula.Product(new Formula.Difference(new Formula.Input("e"), new Formula.Input("f", isOptional: true)), new Formula.Constant(0.5m));

        Assert.StartsWith(expectedStart + ";", Render(Evaluate(formula, 3m, null), language), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "beräknat e × (om f = 1 så 0,2, annars 0,1) för 2022: e = 10, f = 1 → 2")]
    [InlineData(ReportLanguage.English, "computed as e × (if f = 1 then 0.2, else 0.1) for 2022: e = 10, f = 1 → 2")]
    public void Choice_IsWrittenOut(ReportLanguage language, string expectedStart)
    {
        var weight = new Formula.Choice(new FormulaCondition.Comparison(new Formula.Input("f"), ComparisonOperator.EqualTo, new Formula.Constant(1m)), new Formula.Constant(0.2m), new Formula.Constant(0.1m));

        Assert.StartsWith(expectedStart + ";", Render(Evaluate(new Formula.Product(new Formula.Input("e"), weight), 10m, 1m, decimals: 0), language), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOutput_CarriesTheFormulaStep_AndValidatesAgainstItsSchema()
    {
        using var json = new MemoryStream();
        JsonReportWriter.Write(EvaluationReport.Create(Evaluate(new Formula.Sum(new Formula.Input("e"), new Formula.Input("f", isOptional: true)), 100m, null)), json, ReportLanguage.English);
        var output = JsonNode.Parse(json.ToArray())!;

        var result = ReportChecks.Schema.Evaluate(output, new SchemaOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var step = output.AsObject().ToJsonString();
        Assert.Contains("""{"kind":"formula","indicator":"d","period":"2022","formula":{"sum":[{"input":"e"},{"input":"f","optional":true}]},""", step, StringComparison.Ordinal);
        Assert.Contains(""""inputs":[{"indicator":"e","optional":false,"period":"2022","value":100,"forecast":false,"derived":false,"countedAsZero":false},{"indicator":"f","optional":true,"period":"2022","value":null,"forecast":false,"derived":false,"countedAsZero":true}],"finding":"computed","value":100,"missingRequired":[],"missingOptional":["f"],"forecast":false}"""", step, StringComparison.Ordinal);
    }
}
