using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Json.Tests;
using Styrmodell.Reporting;
using Styrmodell.Time;
using OutputFormat = Json.Schema.OutputFormat;
using SchemaOptions = Json.Schema.EvaluationOptions;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>Rendering generated documents' results: never fails, never prints an enum's name, same numbers in both languages, valid JSON.</summary>
public partial class ExplanationProperties
{
    private static readonly RollUpRule[] Rules =
    [
        new WeightedMeanRule(), new MeanRule(), new WorstOfRule(), new BestOfRule(), new AllMetRule(), new MajorityRule(), new ManualOnlyRule(),
        new ShareMetRule([new ShareThreshold("uppfyllt", 0.75), new ShareThreshold("delvis-uppfyllt", 0.5)]), new PointsRule(true), new PointsRule(false), new WeightedMappingRule(true), new WeightedMappingRule(false),
    ];

    private static Arbitrary<Case> Cases =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from goals in Gen.Choose(1, 5)
         from indicators in Gen.Choose(0, 10)
         from rule in Gen.Elements(Rules)
         from basis in Gen.Elements(Enum.GetValues<ScoreBasis>())
         from missing in Gen.Elements(Enum.GetValues<MissingDataPolicy>())
         from atBaseline in Gen.Elements(false, true)
         from manual in Gen.Elements(Enum.GetValues<ManualAssessmentMode>())
         from clamp in Gen.Elements(false, true)
         from eighty in Gen.Elements(false, true)
         from coverage in Gen.Elements(0.0, 0.5)
         from growth in Gen.Elements(GrowthSettings.Default, EvaluationPresets.GrowthOnTrack().Growth)
         from direction in Gen.Elements(Styrmodell.Targets.Direction.Unstated, Styrmodell.Targets.Direction.LowerIsBetter)
         select new Case(seed, goals, indicators, new EvaluationOptions
         {
             DefaultRule = rule,
             ScoreBasis = basis,
             MissingData = missing,
             MissingOutcome = atBaseline ? MissingOutcomePolicy.AtBaseline : MissingOutcomePolicy.NotAssessed,
             ManualMode = manual,
             ClampScores = clamp,
             Scale = eighty ? AssessmentScale.EightyPercentRule : AssessmentScale.Default,
             MinimumCoverage = coverage,
             Growth = growth,
             DefaultDirection = direction,
         })).ToArbitrary();

    [Property(MaxTest = 120)]
    public Property Reports_InEitherLanguage_NeverFail_NorPrintAnEnumsName() =>
        Prop.ForAll(Cases, c =>
        {
            var report = c.Report();
            foreach (var language in Enum.GetValues<ReportLanguage>())
            {
                using var text = new StringWriter();
                TextReportWriter.Write(report, text, language);
                MarkdownReportWriter.Write(report, text, language);
                var raw = ReportChecks.EnumNames.FirstOrDefault(name =>
                    (language == ReportLanguage.Swedish || SampleOutputTests.IsCompound(name)) && Regex.IsMatch(text.ToString(), $@"\b{name}\b"));
                Assert.True(raw is null, $"{language} prints the enum name '{raw}'");
            }
        });

    [Property(MaxTest = 120)]
    public Property SwedishAndEnglish_CarryTheSameNumbers() =>
        Prop.ForAll(Cases, c =>
        {
            var report = c.Report();
            foreach (var row in report.Rows)
            {
                var swedish = ExplanationText.Render(row.Result, report.Scale, report.Rounding, ReportLanguage.Swedish);
                var english = ExplanationText.Render(row.Result, report.Scale, report.Rounding, ReportLanguage.English);
                Assert.Equal(Numbers(english, '.'), Numbers(swedish, ','));
            }
        });

    [Property(MaxTest = 120)]
    public Property JsonOutput_OfGeneratedDocuments_ValidatesAgainstItsSchema() =>
        Prop.ForAll(Cases, Gen.Elements(Enum.GetValues<ReportLanguage>()).ToArbitrary(), (c, language) =>
        {
            using var json = new MemoryStream();
            JsonReportWriter.Write(c.Report(), json, language);
            var result = ReportChecks.Schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(json.ToArray()), new SchemaOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        });

    /// <summary>The numbers of a line in order, with the decimal separator read as a point.</summary>
    private static string[] Numbers(string line, char separator) =>
        [.. Number().Matches(line).Select(m => m.Value.Replace(separator, '.'))];

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Number();

    public sealed record Case(int Seed, int Goals, int Indicators, EvaluationOptions Options)
    {
        public EvaluationReport Report() =>
            EvaluationReport.Create(GoalEvaluator.Evaluate(RandomModels.Create(Seed, Goals, Indicators), ReportingPeriod.Year(2024), new NodaTime.LocalDate(2025, 3, 31), Options));
    }
}
