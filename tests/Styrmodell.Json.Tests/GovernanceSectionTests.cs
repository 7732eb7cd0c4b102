using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Governance;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>
/// The "authority" and "steeringDocuments" sections (format 1.3), with Arboga kommun's rules from its steering model,
/// section 6 "Styrdokument": KF decides political documents for the whole municipality, a committee for its own area;
/// a policy holds no goals or measures.
/// </summary>
public class GovernanceSectionTests
{
    private const string Head = """
        "formatVersion": "1.3",
          "municipality": { "name": "Arboga kommun", "code": "1984" },
          "units": [
            { "id": "kf", "name": "Kommunfullmäktige", "kind": "KF" },
            { "id": "bun", "name": "Barn- och utbildningsnämnden", "kind": "nämnd", "parent": "kf" },
            { "id": "buf", "name": "Barn- och utbildningsförvaltningen", "kind": "förvaltning", "parent": "bun" }
          ],
          "levels": [ { "id": "mal", "name": "Mål för kommunfullmäktige", "role": "goal" } ],
          "nodes": [ { "id": "kf1", "level": "mal", "title": "Fler ska vilja bo i Arboga", "owner": "kf" } ],
          "authority": {
            "grants": [
              { "matter": "policy", "unitKind": "KF", "scope": "wholeMunicipality", "provenance": { "source": "Arboga: Styrmodell, avsnitt 6" } },
              { "matter": "policy", "unitKind": "nämnd", "scope": "ownArea" }
            ]
          },
        """;

    private static string Document(string documents) => "{" + Head + """
          "steeringDocuments": {
            "types": [ { "id": "policy", "name": "Policy", "category": "political", "mayStateGoals": false, "mayStateMeasures": false } ],
            "documents": [
        """ + documents + "]}}";

    private const string Good = """
        { "id": "finanspolicy", "title": "Finanspolicy", "type": "policy", "decision": { "unit": "kf", "date": "2019-03-25", "reference": "KF § 30" },
          "review": { "rule": "oncePerMandatePeriod" }, "owner": "Ekonomichef",
          "history": [ { "label": "2015", "decision": { "unit": "kf", "date": "2015-06-18" } } ], "provenance": { "illustrative": true } },
        { "id": "skolpolicy", "title": "Policy för skolan", "type": "policy", "decision": { "unit": "bun", "date": "2024-02-01" },
          "scope": [ "buf" ], "validUntil": "2026-12-31", "review": { "rule": "withinMonthsOfNewTerm", "months": 6 }, "missionUnits": [ "buf" ] }
        """;

    private static readonly JsonSchema Schema = JsonSchema.FromText(ModelJson.Schema);

    private static bool SchemaAccepts(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new global::Json.Schema.EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    private static ReadResult Read(string json) => ModelJson.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void TheSectionsAreRead_AndWrittenBackTheSame()
    {
        var read = Read(Document(Good));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.True(SchemaAccepts(Document(Good)));
        var register = read.Document!.Register;
        Assert.Equal(2, register.Documents.Count);
        Assert.Equal(ReviewRule.OncePerMandatePeriod, register.Documents[0].Review);
        Assert.Equal(new LocalDate(2026, 10, 14), register.Documents[0].ReviewDue);
        Assert.Equal(["buf"], register.Documents[1].Scope.UnitIds);
        Assert.Equal("Arboga: Styrmodell, avsnitt 6", read.Document.Authority.Grants[0].Provenance!.Source);
        var again = ModelJson.Read(ModelJson.ToUtf8Bytes(read.Document));
        Assert.Equal(read.Document, again.Document);
        Assert.Contains("\"formatVersion\":\"1.3\"", Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(read.Document)), StringComparison.Ordinal);
    }

    [Fact]
    public void APolicyWithGoalsAndADecisionWithoutAuthorityAreWarningsAtTheirPaths()
    {
        var read = Read(Document("""
            { "id": "a", "title": "Policy med mål", "type": "policy", "decision": { "unit": "kf", "date": "2023-05-10" }, "nodes": [ "kf1" ] },
            { "id": "b", "title": "Nämndens policy för alla", "type": "policy", "decision": { "unit": "bun", "date": "2023-05-10" } }
            """));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(
            [
                ("$.steeringDocuments.documents[0].nodes[0]", ProblemCodes.ContentNotAllowed),
                ("$.steeringDocuments.documents[1].decision.unit", ProblemCodes.DecidedWithoutAuthority),
            ],
            ModelJson.Warnings(read.Document!).Where(w => w.Path.StartsWith("$.steeringDocuments", StringComparison.Ordinal)).Select(w => (w.Path, w.Code)));
    }

    [Fact]
    public void BadInputIsEveryProblemAtItsPath_NothingThrown()
    {
        var read = Read(Document("""
            { "id": "a", "title": "A", "type": "stadga", "decision": { "unit": "kf", "date": "2023-05-10" }, "nodes": [ "saknas" ], "scope": [ "okand" ],
              "review": { "date": "2023-01-01" }, "validFrom": "2023-06-01", "validUntil": "2023-05-31",
              "history": [ { "label": "1", "decision": { "unit": "kf", "date": "2024-01-01" } } ] }
            """));

        Assert.False(read.Succeeded);
        Assert.Equal(
            [
                ("$.steeringDocuments.documents[0].type", ProblemCodes.DanglingReference),
                ("$.steeringDocuments.documents[0].scope[0]", ProblemCodes.DanglingReference),
                ("$.steeringDocuments.documents[0].nodes[0]", ProblemCodes.DanglingReference),
                ("$.steeringDocuments.documents[0].review.date", ProblemCodes.ReviewBeforeDecision),
                ("$.steeringDocuments.documents[0].validUntil", ProblemCodes.ValidityEndsBeforeStart),
                ("$.steeringDocuments.documents[0].decision.date", ProblemCodes.VersionOutOfOrder),
            ],
            read.Problems.Select(p => (p.Path, p.Code)));
    }

    [Theory]
    [InlineData("""{ "id": "a", "title": "A", "type": "policy", "decision": { "unit": "kf", "date": "2023-2-30" } }""", "$.steeringDocuments.documents[0].decision.date")]
    [InlineData("""{ "id": "a", "title": "A", "type": "policy", "decision": { "unit": "kf", "date": "2023-02-01" }, "review": { "rule": "sometimes" } }""", "$.steeringDocuments.documents[0].review")]
    [InlineData("""{ "id": "a", "title": "A", "type": "policy", "decision": { "unit": "kf", "date": "2023-02-01" }, "review": { "rule": "withinMonthsOfNewTerm", "months": 60 } }""", "$.steeringDocuments.documents[0].review.months")]
    [InlineData("""{ "id": "a", "title": " ", "type": "policy", "decision": { "unit": "kf", "date": "2023-02-01" } }""", "$.steeringDocuments.documents[0]")]
    public void AValueTheFormatRefusesIsAProblemAtItsPath_ForReaderAndSchema(string document, string path)
    {
        var read = Read(Document(document));

        Assert.Equal([path], read.Problems.Select(p => p.Path));
        Assert.False(SchemaAccepts(Document(document)));
    }

    [Theory]
    [InlineData("""{ "matter": "policy", "scope": "ownArea" }""")]
    [InlineData("""{ "matter": "policy", "unit": "kf", "unitKind": "KF", "scope": "ownArea" }""")]
    [InlineData("""{ "matter": "policy", "unit": "kf", "scope": "everywhere" }""")]
    public void AGrantNamesOneUnitOrOneKind_WithAKnownScope(string grant)
    {
        var json = Document(Good).Replace("""{ "matter": "policy", "unitKind": "nämnd", "scope": "ownArea" }""", grant, StringComparison.Ordinal);

        Assert.False(Read(json).Succeeded);
        Assert.False(SchemaAccepts(json));
    }

    private static readonly string[] Units = ["kf", "bun", "buf"];

    [Property(MaxTest = 50)]
    public Property RegistersRoundTrip() => Prop.ForAll(
        Gen.Choose(0, 5).SelectMany(count => Gen.ArrayOf(DocumentGen, count)).ToArbitrary(),
        documents =>
        {
            var unique = documents.Select((d, i) => new SteeringDocument("d" + i, d.Title, d.TypeId, d.Decision)
            {
                Scope = d.Scope, Review = d.Review, ValidUntil = d.ValidUntil, Owner = d.Owner, MissionUnitIds = d.MissionUnitIds, NodeIds = d.NodeIds,
            });
            var register = new SteeringDocumentRegister([new("policy", "Policy", DocumentCategory.Political) { MayStateGoals = false }, new("rutin", "Rutin", DocumentCategory.Administrative)], unique);
            var document = Read("{" + Head + "\"steeringDocuments\": null}").Document!.WithRegister(register);
            return ModelJson.Read(ModelJson.ToUtf8Bytes(document)).Document!.Equals(document);
        });

    private static readonly Gen<SteeringDocument> DocumentGen =
        from title in Gen.Elements("Finanspolicy", "Rutin för inköp", "Policy för personalpolitik")
        from type in Gen.Elements("policy", "rutin")
        from decider in Gen.Elements(Units)
        from day in Gen.Choose(0, 12000)
        from scope in Gen.SubListOf(Units)
        from review in Gen.Choose(0, 3)
        from months in Gen.Choose(0, 48)
        from until in Gen.Choose(-1, 3000)
        from owner in Gen.Elements<string?>(null, "Ekonomichef")
        from mission in Gen.SubListOf(Units)
        from nodes in Gen.SubListOf(new[] { "kf1" })
        let decided = new LocalDate(1995, 1, 1).PlusDays(day)
        select new SteeringDocument("x", title, type, new DocumentDecision(decider, decided))
        {
            Scope = DecisionScope.Units(scope),
            Review = review switch { 0 => null, 1 => ReviewRule.OncePerMandatePeriod, 2 => ReviewRule.WithinMonthsOfNewTerm(months), _ => ReviewRule.On(decided.PlusDays(months)) },
            ValidUntil = until < 0 ? null : decided.PlusDays(until),
            Owner = owner,
            MissionUnitIds = [.. mission],
            NodeIds = [.. nodes],
        };
}
