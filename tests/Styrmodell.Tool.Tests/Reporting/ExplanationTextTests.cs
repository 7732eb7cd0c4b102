using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>Worked examples of explanations in words; the numbers follow from the rules, not from the code.</summary>
public class ExplanationTextTests
{
    private static readonly Decision Kf2021 = new(new LocalDate(2021, 9, 27), "KF", "§ 12");
    private static readonly ReportingPeriod Year2022 = ReportingPeriod.Year(2022);

    private static SteeringModelBuilder Builder() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", "Mål"))
            .AddNode(new Node("i", "ind", "Behöriga till yrkesprogram") { ParentId = "m" });

    private static string Render(SteeringModelBuilder builder, string node, ReportLanguage language, EvaluationOptions? options = null, ReportingPeriod? period = null)
    {
        period ??= Year2022;
        var result = GoalEvaluator.Evaluate(builder.Build(), period, period.End, options ?? EvaluationOptions.Default);
        return ExplanationText.Render(result[node], result.Options.Scale, result.Options.Rounding, language);
    }

    [Theory]
    // Vansbro's eligibility (Kolada N15428: 64.86 % in 2022, here 64.9) against 85 %: share 64.9 ÷ 85 = 0.7635 → 76 %; 85 − 64.9 = 20.1 left, 20 whole.
    [InlineData(ReportLanguage.Swedish, "utfall 64,9 för 2022, källa Kolada N15428; målvärde ≥ 85 för 2022 (KF 2021-09-27, § 12); andel av målvärdet = 76 %, 20 kvar till målvärdet")]
    [InlineData(ReportLanguage.English, "outcome 64.9 for 2022, source Kolada N15428; target ≥ 85 for 2022 (KF 2021-09-27, § 12); share of target = 76 %, 20 left to the target")]
    public void Indicator_OutcomeAgainstDecidedTarget_InEitherLanguage(ReportLanguage language, string expected)
    {
        var builder = Builder()
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter) { Targets = [new TargetValue(TargetScope.Year(2022), new AbsoluteLevel(85m), Kf2021)] })
            .AddOutcome(new Outcome("i", Year2022, MeasuredValue.Of(64.9m)) { Source = "Kolada N15428" });

        Assert.Equal(expected, Render(builder, "i", language));
    }

    [Theory]
    // Akvo RSR's period disaggregations (DisaggregationAggregation): per value the parts summed, no percentage of their own;
    // 20/40 for 15–24 and nothing for 25–64, beside the total 50/100 = 50 %. Labels are the document's.
    [InlineData(ReportLanguage.Swedish, "utfall 50/100 = 50 för 2022 (per uppdelning: Ålder 15–24 år 20/40 ur 1 utfall; Ålder 25–64 år inget utfall, 1 utkast utelämnat); ")]
    [InlineData(ReportLanguage.English, "outcome 50/100 = 50 for 2022 (by disaggregation: Ålder 15–24 år 20/40 from 1 outcome; Ålder 25–64 år no outcome, 1 draft left out); ")]
    public void Disaggregations_FollowTheOutcome_WithTheDocumentsLabels(ReportLanguage language, string expected)
    {
        var age = new DisaggregationDimension("age", "Ålder") { Values = [new DisaggregationValue("15-24", "15–24 år"), new DisaggregationValue("25-64", "25–64 år")] };
        var builder = Builder()
            .AddIndicator(new Indicator("i", MeasureUnit.Ratio, Direction.HigherIsBetter)
            {
                Ratio = new RatioDefinition("behöriga", "elever", 100m), Dimensions = [age],
                Targets = [new TargetValue(TargetScope.Year(2022), new AbsoluteLevel(60m), Kf2021)],
            })
            .AddOutcome(new Outcome("i", Year2022, MeasuredValue.Ratio(50m, 100m)))
            .AddOutcome(new Outcome("i", Year2022, MeasuredValue.Ratio(20m, 40m)) { Disaggregation = new("age", "15-24") })
            .AddOutcome(new Outcome("i", Year2022, MeasuredValue.Ratio(25m, 55m)) { Disaggregation = new("age", "25-64"), Status = OutcomeStatus.Draft });

        Assert.StartsWith(expected, Render(builder, "i", language), StringComparison.Ordinal);
    }

    [Theory]
    // Akvo RSR's parent period (test_aggregation.py, UnitAggregationTestCase.test_should_aggregate_child_indicators_values):
    // two children's updates of 5 give the parent 5 + 5.
    [InlineData(ReportLanguage.Swedish, "utfall 10 för 2022, summerat ur 2 utfall, med 2 bidragande indikatorers utfall; ")]
    [InlineData(ReportLanguage.English, "outcome 10 for 2022, summed from 2 outcomes, with 2 contributing indicators' outcomes; ")]
    public void Contributors_AreSaid_WithTheSum(ReportLanguage language, string expected)
    {
        var builder = Builder()
            .AddNode(new Node("c1", "ind", "Barn 1") { ParentId = "m" }).AddNode(new Node("c2", "ind", "Barn 2") { ParentId = "m" })
            .AddIndicator(new Indicator("c1", MeasureUnit.Count, Direction.HigherIsBetter))
            .AddIndicator(new Indicator("c2", MeasureUnit.Count, Direction.HigherIsBetter))
            .AddIndicator(new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter)
            {
                Contributors = ["c1", "c2"], Targets = [new TargetValue(TargetScope.Year(2022), new AbsoluteLevel(20m), Kf2021)],
            })
            .AddOutcome(new Outcome("c1", ReportingPeriod.Month(2022, 5), MeasuredValue.Of(5m)))
            .AddOutcome(new Outcome("c2", ReportingPeriod.Month(2022, 6), MeasuredValue.Of(5m)));

        Assert.StartsWith(expected, Render(builder, "i", language), StringComparison.Ordinal);
    }

    [Fact]
    public void DerivedTarget_PrintsRoundedByTheDocumentsRule_NeverWithAllItsDigits()
    {
        // Linear from 70 (2019) to 80 in 2026: 2024 is 5 of 7 years along, 70 + 10 × 5 ÷ 7 = 77.142857…; to one decimal 77.1.
        // The outcome 72 scores 72 ÷ 77.142857… = 0.93333… → 93.3 %, and 5.142857… → 5.1 is left.
        var builder = Builder().AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter)
        {
            Baseline = new Baseline(70m, ReportingPeriod.Year(2019)),
            Derivation = TargetDerivation.Linear,
            Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(80m), new Decision(new LocalDate(2018, 11, 26), "KF"))],
        }).AddOutcome(new Outcome("i", ReportingPeriod.Year(2024), MeasuredValue.Of(72m)));
        var options = new EvaluationOptions { Rounding = new Rounding(RoundingMode.HalfAwayFromZero, 1) };

        var line = Render(builder, "i", ReportLanguage.Swedish, options, ReportingPeriod.Year(2024));

        Assert.Equal("utfall 72 för 2024; målvärde ≥ 77,1 för 2024 (härlett linjärt från utgångsvärdet 70 (2019) mot målet i beslut KF 2018-11-26); andel av målvärdet = 93,3 %, 5,1 kvar till målvärdet", line);
    }

    [Theory]
    // One of two assessed indicators met (50 % ≥ 50 %), the third missing and excluded.
    [InlineData(ReportLanguage.Swedish, "c ej bedömd, utesluten; täckning 67 %; 1 av 2 uppfyllda (50 %) ≥ 50 %")]
    [InlineData(ReportLanguage.English, "c not assessed, excluded; coverage 67 %; 1 of 2 met (50 %) ≥ 50 %")]
    public void RollUp_ShareRuleWithAMissingInput_InEitherLanguage(ReportLanguage language, string expected)
    {
        var target = new TargetValue(TargetScope.Year(2022), new AbsoluteLevel(80m), Kf2021);
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", "Mål"))
            .AddNode(new Node("a", "ind", "A") { ParentId = "m" })
            .AddNode(new Node("b", "ind", "B") { ParentId = "m" })
            .AddNode(new Node("c", "ind", "C") { ParentId = "m" })
            .AddIndicators([.. new[] { "a", "b", "c" }.Select(id => new Indicator(id, MeasureUnit.Percent, Direction.HigherIsBetter) { Targets = [target] })])
            .AddOutcome(new Outcome("a", Year2022, MeasuredValue.Of(82m)))
            .AddOutcome(new Outcome("b", Year2022, MeasuredValue.Of(72m)));
        var options = new EvaluationOptions { DefaultRule = new ShareMetRule([new ShareThreshold("uppfyllt", 0.75), new ShareThreshold("delvis-uppfyllt", 0.5)]) };

        Assert.Equal(expected, Render(builder, "m", language, options));
    }

    [Fact]
    public void ManualAssessment_Beside_NamesBothResults_WithTheDocumentsLabels()
    {
        // 20 of a 50 target: 40 %, ej uppfyllt computed; the owner says uppfyllt beside it.
        var builder = Builder()
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter) { Targets = [new TargetValue(TargetScope.Year(2022), new AbsoluteLevel(50m), Kf2021)] })
            .AddOutcome(new Outcome("i", Year2022, MeasuredValue.Of(20m)))
            .AddAssessment(new ManualAssessment("m", Year2022, "uppfyllt", "Nya rutiner.", "Kommundirektören", new LocalDate(2022, 12, 15)));

        Assert.Equal("viktat medelvärde av 1 värde = 40 %; beräknat Ej uppfyllt, bredvid manuell bedömning Uppfyllt, Kommundirektören 2022-12-15: Nya rutiner.",
            Render(builder, "m", ReportLanguage.Swedish));
    }
}
