using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Time;

namespace Styrmodell.Json.Tests;

/// <summary>The "finance" section: figures, reserve decisions, guidelines, deficit decisions and the GEH rule.</summary>
public class FinanceSectionTests
{
    // Sjöbo kommun 2020 (Budget 2022, resultatbudget, column "Bokslut 2020"; /work/shared/geh-examples.md): taxes 805.1,
    // grants and equalisation 305.4, result 37.9, realisation gains 1.6, 22.0 reserved to the RUR. The published
    // reconciliation: after adjustments 36.3, largest reservation 25.2, balance-requirement result 14.3.
    private const string Document = """
        {
          "formatVersion": "1.0",
          "municipality": { "name": "Sjöbo kommun", "code": "1230" },
          "units": [ { "id": "kf", "name": "Kommunfullmäktige", "kind": "council" } ],
          "levels": [ { "id": "mal", "name": "Finansiellt mål", "role": "goal" } ],
          "nodes": [ { "id": "resultat", "level": "mal", "title": "Illustrativt: resultatet ska vara minst 2 %", "owner": "kf" } ],
          "assessments": [ { "node": "resultat", "period": "2020", "category": "uppfyllt", "motivation": "Illustrativt: målet nåddes.", "author": "Ekonomichef", "date": "2021-03-01" } ],
          "evaluation": { "manualMode": "override" },
          "finance": {
            "unit": "millions",
            "years": [
              {
                "fiscalYear": 2020, "result": 37.9, "taxRevenue": 805.1, "generalGrantsAndEqualisation": 305.4,
                "realisationItems": [ { "description": "Realisationsvinster", "amount": 1.6 } ],
                "reserveDecision": { "reservation": 22.0, "decision": { "date": "2021-04-26", "body": "KF" } },
                "source": "Sjöbo kommun, Budget 2022, Bokslut 2020"
              }
            ],
            "goodFinancialManagement": {
              "conditions": [ { "name": "Finansiella mål", "goals": [ "resultat" ], "quantifier": "all", "minimumCategory": "uppfyllt" } ]
            }
          }
        }
        """;

    private static readonly JsonSchema Schema = JsonSchema.FromText(ModelJson.Schema);

    private static bool SchemaAccepts(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new global::Json.Schema.EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    [Fact]
    public void Read_PublishedYear_ReconcilesToThePublishedFigures()
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document));

        Assert.Empty(read.Problems);
        var finances = Assert.IsType<MunicipalFinances>(read.Document!.Finance);
        var reconciliation = finances.Reconcile(2020);
        Assert.Equal(36.3m, Math.Round(reconciliation.ResultAfterAdjustments, 1, MidpointRounding.AwayFromZero));
        Assert.Equal(25.2m, Math.Round(reconciliation.MaximumReservation!.Value, 1, MidpointRounding.AwayFromZero));
        Assert.Equal(22.0m, reconciliation.Reservation);
        Assert.Equal(14.3m, Math.Round(reconciliation.BalanceRequirementResult, 1, MidpointRounding.AwayFromZero));
        Assert.Equal("Sjöbo kommun, Budget 2022, Bokslut 2020", finances.Years[0].Source);
        Assert.True(SchemaAccepts(Document));
    }

    [Fact]
    public void Judge_UsesTheDocumentsRule_WithTheGoalsEvaluation()
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document));
        var goals = GoalEvaluator.Evaluate(read.Model!, ReportingPeriod.Year(2020), new NodaTime.LocalDate(2021, 3, 31), read.Document!.Evaluation);

        var judgement = read.Document!.Finance!.Judge(2020, goals);

        // Balance requirement met (14.3 ≥ 0) and the one goal assessed as met: both parts hold.
        Assert.True(judgement.IsGoodFinancialManagement);
        Assert.True(judgement.BalanceRequirement!.IsMet);
        Assert.True(judgement.Conditions.Single().Holds);
    }

    [Fact]
    public void WriteAndRead_RoundTrips_AndCanonicalOutputIsStable()
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document));
        var finances = read.Document!.Finance! with
        {
            Guidelines = new MunicipalGuidelines("Riktlinjer för resultatutjämningsreserv") { ReservationThresholdShare = 0.01m, UseOnlyWhenTaxBaseGrowthBelowAverage = true },
            DeficitDecisions = [new DeficitDecision(2020, DeficitDecisionKind.ActionPlan, "Illustrativt: åtgärdsplan.", new Targets.Decision(new NodaTime.LocalDate(2021, 6, 1), "KF")) { WaivedAmount = 1.5m }],
        };

        var bytes = ModelJson.ToUtf8Bytes(read.Document!.WithFinance(finances), indented: true);
        var again = ModelJson.Read(bytes);

        Assert.Empty(again.Problems);
        Assert.Equal(finances, again.Document!.Finance);
        Assert.Equal(bytes, ModelJson.ToUtf8Bytes(again.Document!, indented: true));
        Assert.True(SchemaAccepts(Encoding.UTF8.GetString(bytes)));
    }

    [Fact]
    public void NullReserveDecision_MeansNone_ForBothReaderAndSchema()
    {
        // The reader reads "reserveDecision": null as no decision, as it does every other optional object; the
        // schema's type allows null too, and its exactly-one-of-reservation-and-use check must not reject it.
        var json = Document.Replace(
            "\"reserveDecision\": { \"reservation\": 22.0, \"decision\": { \"date\": \"2021-04-26\", \"body\": \"KF\" } }",
            "\"reserveDecision\": null",
            StringComparison.Ordinal);
        Assert.NotEqual(Document, json);

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.Null(read.Document!.Finance!.Years[0].ReserveDecision);
        Assert.True(SchemaAccepts(json));
    }

    [Theory]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1},{\"fiscalYear\":2020,\"result\":2}]", "$.finance.years[1].fiscalYear", "already given at $.finance.years[0]", false)]
    [InlineData("\"unit\":\"mnkr\",\"years\":[]", "$.finance.unit", "kronor, thousands, millions", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":1999,\"result\":1}]", "$.finance.years[0].fiscalYear", "outside 2000", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1,\"reserveDecision\":{}}]", "$.finance.years[0].reserveDecision", "'reservation', 'use' or both", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1e25}]", "$.finance.years[0].result", "10^24", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1,\"adjustments\":[{\"kind\":\"other\",\"amount\":2}]}]", "$.finance.years[0].adjustments[0].label", "label", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1,\"adjustments\":[{\"kind\":\"gains\",\"amount\":2}]}]", "$.finance.years[0].adjustments[0].kind", "realisationGains", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1,\"taxesGrantsAndEqualisation\":0}]", "$.finance.years[0].taxesGrantsAndEqualisation", "expected a positive amount", false)]
    [InlineData("\"unit\":\"millions\",\"decimals\":7,\"years\":[]", "$.finance.decimals", "0–6", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"reserveOptions\":{\"aboveCeiling\":\"cap\"}", "$.finance.reserveOptions.aboveCeiling", "keep, report", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"guidelines\":{\"name\":\"g\",\"maximumReserveShare\":5}", "$.finance.guidelines.maximumReserveShare", "0–1", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"guidelines\":{\"name\":\"g\",\"appliesFrom\":1999}", "$.finance.guidelines.appliesFrom", "2000–9999", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"guidelines\":{\"name\":\"g\",\"taxBaseGrowthAverageYears\":0}", "$.finance.guidelines.taxBaseGrowthAverageYears", "1–50", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1,\"reserveDecision\":{\"use\":-2}}]", "$.finance.years[0].reserveDecision", "non-negative", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1,\"profit\":3}]", "$.finance.years[0].profit", "not a property", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"deficitDecisions\":[{\"deficitYear\":2020,\"kind\":\"plan\",\"motivation\":\"m\",\"decision\":{\"date\":\"2021-01-01\",\"body\":\"KF\"}}]", "$.finance.deficitDecisions[0].kind", "actionPlan, exceptionalReasons", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"deficitDecisions\":[{\"deficitYear\":2020,\"kind\":\"actionPlan\",\"motivation\":\"m\",\"decision\":{\"date\":\"2021-01-01\",\"body\":\"KF\"},\"waivedAmount\":-1}]", "$.finance.deficitDecisions[0].waivedAmount", "negative", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"guidelines\":{\"name\":\" \"}", "$.finance.guidelines.name", "", true)]
    [InlineData("\"unit\":\"millions\",\"years\":[],\"goodFinancialManagement\":{\"conditions\":[{\"name\":\"n\",\"goals\":[\"resultat\"],\"quantifier\":\"all\",\"minimumCategory\":\"gold\"}]}", "$.finance.goodFinancialManagement.conditions[0].minimumCategory", "category 'gold', which the assessment scale does not have", false)]
    public void BadFinanceSection_IsReportedAtItsPath_AndRejectedByTheSchema(string section, string path, string fragment, bool schemaCanTell)
    {
        var json = Document[..Document.IndexOf("\"finance\"", StringComparison.Ordinal)] + "\"finance\":{" + section + "}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Document);
        var problem = Assert.Single(read.Problems, p => p.Path == path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        // A schema cannot see uniqueness by key, nor the categories of the document's own scale.
        Assert.Equal(!schemaCanTell, SchemaAccepts(json));
    }

    [Theory]
    [InlineData("{\"fiscalYear\":2020,\"result\":-5,\"reserveBalanceCarriedIn\":3,\"reserveDecision\":{\"use\":4}}", "$.finance.years[0].reserveDecision.use", "reserve-use-not-allowed")]
    [InlineData("{\"fiscalYear\":2020,\"result\":-5,\"taxRevenue\":800,\"generalGrantsAndEqualisation\":200,\"reserveDecision\":{\"reservation\":1}}", "$.finance.years[0].reserveDecision.reservation", "reservation-above-maximum")]
    [InlineData("{\"fiscalYear\":2020,\"result\":28.2,\"adjustments\":[{\"kind\":\"realisationGains\",\"amount\":-5.1},{\"kind\":\"unrealisedSecurities\",\"amount\":-7.5}],\"printedResultAfterAdjustments\":15.5}", "$.finance.years[0].printedResultAfterAdjustments", "printed-total-differs")]
    public void DecisionsAgainstTheRules_AreWarningsAtTheirPath_AndTheSectionIsKept(string year, string path, string code)
    {
        var json = Document[..Document.IndexOf("\"finance\"", StringComparison.Ordinal)] + "\"finance\":{\"unit\":\"millions\",\"years\":[" + year + "]}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.NotNull(read.Document!.Finance);
        Assert.Contains(read.Warnings, w => w.Path == path && w.Code == code);
        Assert.True(SchemaAccepts(json));
    }

    [Fact]
    public void YearsOutsideTheRecord_AreWarningsAtTheGuidelinesAndDecisionPaths()
    {
        var json = Document[..Document.IndexOf("\"finance\"", StringComparison.Ordinal)]
            + "\"finance\":{\"unit\":\"millions\",\"years\":[{\"fiscalYear\":2020,\"result\":1}],\"guidelines\":{\"name\":\"g\",\"appliesFrom\":2031},"
            + "\"deficitDecisions\":[{\"deficitYear\":2015,\"kind\":\"actionPlan\",\"motivation\":\"m\",\"decision\":{\"date\":\"2016-01-01\",\"body\":\"KF\"}}]}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.Equal(
            ["$.finance.guidelines.appliesFrom", "$.finance.deficitDecisions[0].deficitYear"],
            read.Warnings.Where(w => w.Code == "year-outside-record").Select(w => w.Path));
    }

    [Fact]
    public void PrintedReport_RoundTrips()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions,
        [
            new FinancialYear(2024, AmountUnit.Millions, 30m)
            {
                TaxesGrantsAndEqualisation = 1_000m,
                Adjustments = [new(AdjustmentKind.UnrealisedSecurities, 9.5m), new(AdjustmentKind.Other, -1m, "Pensioner"), new(AdjustmentKind.ExceptionalReasons, 2m)],
                PrintedResultAfterAdjustments = 38.5m,
                PrintedBalanceRequirementResult = 35.5m,
                DeficitCarriedIn = 0m,
                ReserveBalanceCarriedIn = 10m,
                ReserveDecision = ReserveDecision.Both(10m, 5m),
            },
        ])
        {
            Decimals = 1,
            ReserveOptions = new() { AboveCeiling = ReserveAboveCeilingTreatment.Report, AllowUseBeyondDeficit = true },
            Guidelines = new("Riktlinjer")
            {
                DeductDeficitBeforeReserving = true, MinimumResultShare = 1m, AppliesFrom = 2024, TaxBaseGrowthAverageYears = 1,
                UseOnlyWhenTaxBaseGrowthBelowAverage = true, TaxBaseGrowth = [new(2023, 4m), new(2024, 3m)],
            },
        };
        var document = ModelJson.Read(Encoding.UTF8.GetBytes(Document)).Document!;

        var written = ModelJson.ToUtf8Bytes(document.WithFinance(finances));
        var read = ModelJson.Read(written);

        Assert.Empty(read.Problems);
        Assert.Equal(finances, read.Document!.Finance);
        Assert.True(SchemaAccepts(Encoding.UTF8.GetString(written)));
    }

    [Fact]
    public void ConditionNamingAMissingGoal_IsReportedAtTheGoalsPath()
    {
        var json = Document.Replace("\"goals\": [ \"resultat\" ]", "\"goals\": [ \"resultat\", \"soliditet\" ]", StringComparison.Ordinal);

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Model);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("$.finance.goodFinancialManagement.conditions[0].goals[1]", problem.Path);
        Assert.Contains("'soliditet'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutcomeDocument_WithAFinanceSection_IsRefused()
    {
        var model = ModelJson.Read(Encoding.UTF8.GetBytes(Document)).Document!;
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Sjöbo kommun\",\"code\":\"1230\"},\"finance\":{\"unit\":\"millions\",\"years\":[]},\"outcomes\":[]}";

        var read = ModelJson.ReadOutcomes(new MemoryStream(Encoding.UTF8.GetBytes(json)), model);

        Assert.Equal("$.finance", Assert.Single(read.Problems).Path);
    }
}
