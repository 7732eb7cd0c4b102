using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.FollowUp;

/// <summary>
/// The status check (nulägeskoll, Västerås): texts from data, results and key figures from the engine. The
/// committee, its texts and its figures are illustrative.
/// </summary>
public class StatusCheckTests
{
    private static readonly StatusCheckTexts Texts = new("bun", Year2024)
    {
        Mission = "Förskola, grundskola och fritidshem.",
        Needs = "Fler barn med behov av särskilt stöd.",
        Challenges = "Kompetensförsörjning.",
        KeyFigureIds = ["i1"],
        Author = "Förvaltningschef",
        Date = new LocalDate(2025, 2, 20),
    };

    /// <summary>
    /// bun owns n1 (its indicator i1: 84 in 2024 against the target 80, so met; 80 in 2023, so improving) and n3 (no
    /// indicator: not assessed). The overall analysis is bun's latest analysis text for 2024.
    /// </summary>
    private static EvaluationResult Evaluated(FollowUpData data) =>
        GoalEvaluator.Evaluate(
            Builder()
                .AddNode(new Node("n3", "nmal", "Trygga skolmiljöer") { ParentId = "k1", OwnerId = "bun" })
                .AddOutcome(new Outcome("i1", ReportingPeriod.Year(2023), MeasuredValue.Of(80)))
                .With(data)
                .Build()
                .Model,
            Year2024,
            AsOf);

    private static StatusCheck Check(FollowUpData data, string unitId) => StatusCheck.Generate(Evaluated(data), data, unitId);

    private static FollowUpData Data() => new()
    {
        StatusCheckTexts = [Texts],
        AnalysisTexts =
        [
            new AnalysisText(Year2024, "Förvaltningschef", new LocalDate(2025, 2, 1), "Första utkast.") { UnitId = "bun" },
            new AnalysisText(Year2024, "Förvaltningschef", new LocalDate(2025, 2, 15), "Resultaten förbättras men skillnaderna ökar.") { UnitId = "bun" },
            new AnalysisText(Year2024, "Rektor", new LocalDate(2025, 2, 10), "Behörigheten ökar.") { NodeId = "n1" },
        ],
    };

    [Fact]
    public void Generate_TakesTextsFromDataAndResultsFromTheEngine()
    {
        var check = Check(Data(), "bun");

        Assert.Equal(("Barn- och utbildningsnämnden", "Förskola, grundskola och fritidshem."), (check.UnitName, check.Mission));
        Assert.Equal("Resultaten förbättras men skillnaderna ökar.", check.OverallAnalysis);
        Assert.Equal([("n1", "uppfyllt", "Behörigheten ökar."), ("n3", "ej-bedomt", null)], check.Results.Select(r => (r.NodeId, r.Category.Id, r.Analysis)));
        Assert.Equal([("uppfyllt", 1), ("ej-bedomt", 1)], check.ResultCounts.Select(c => (c.Category.Id, c.Count)));
        var figure = Assert.Single(check.KeyFigures);
        Assert.Equal((84m, 80m, "2023", 80m), (figure.Value, figure.Previous, figure.PreviousPeriod!.Id, figure.Target));
        Assert.Equal((KeyFigureTrend.Improving, "uppfyllt"), (figure.Trend, figure.Category.Id));
        Assert.Null(check.Trends);
    }

    [Fact]
    public void ToMarkdown_RendersOnePageInVasterasOrder()
    {
        var expected = string.Join("\n",
            "# Nulägeskoll: Barn- och utbildningsnämnden, 2024",
            "",
            "## Nämndens uppdrag",
            "",
            "Förskola, grundskola och fritidshem.",
            "",
            "## Vår samlade analys av nämndens nuläge",
            "",
            "Resultaten förbättras men skillnaderna ökar.",
            "",
            "## Behoven hos dem vi finns till för",
            "",
            "Fler barn med behov av särskilt stöd.",
            "",
            "## Verksamhetens resultat",
            "",
            "Uppfyllt: 1, Ej bedömt: 1",
            "- Fler elever når kunskapsmålen (Nämndmål): Uppfyllt",
            "- Trygga skolmiljöer (Nämndmål): Ej bedömt",
            "",
            "## Verksamhetens största utmaningar",
            "",
            "Kompetensförsörjning.",
            "",
            "## Nyckeltal",
            "",
            "- Andel behöriga till gymnasiet: 84 (2023: 80), mål 80, Uppfyllt ↗",
            "",
            "## Trender och deras konsekvenser för verksamheten",
            "",
            "—",
            "");

        Assert.Equal(expected, StatusCheckMarkdown.Render(Check(Data(), "bun")));
    }

    [Fact]
    public void Generate_WithoutTexts_LeavesTextsEmptyButKeepsResults()
    {
        var check = Check(FollowUpData.Empty, "bun");

        Assert.Null(check.Mission);
        Assert.Null(check.OverallAnalysis);
        Assert.Empty(check.KeyFigures);
        Assert.Equal(2, check.Results.Count);
    }

    // Lower is better: a fall is an improvement. Exact and range indicators have no good direction to move in.
    [Theory]
    [InlineData(Direction.HigherIsBetter, 84, 80, KeyFigureTrend.Improving)]
    [InlineData(Direction.HigherIsBetter, 76, 80, KeyFigureTrend.Worsening)]
    [InlineData(Direction.LowerIsBetter, 76, 80, KeyFigureTrend.Improving)]
    [InlineData(Direction.LowerIsBetter, 80, 80, KeyFigureTrend.Unchanged)]
    [InlineData(Direction.Exact, 84, 80, KeyFigureTrend.Unknown)]
    public void KeyFigureTrend_FollowsTheIndicatorsDirection(Direction direction, int now, int before, KeyFigureTrend trend)
    {
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("bun", "BUN", UnitKinds.Committee))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Nyckeltal", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", "M") { OwnerId = "bun" })
            .AddNode(new Node("k", "ind", "K") { ParentId = "m" })
            .AddIndicator(new Indicator("k", MeasureUnit.Percent, direction))
            .AddOutcome(new Outcome("k", Year2024, MeasuredValue.Of(now)))
            .AddOutcome(new Outcome("k", ReportingPeriod.Year(2022), MeasuredValue.Of(0)))
            .AddOutcome(new Outcome("k", ReportingPeriod.Year(2023), MeasuredValue.Of(before)))
            .With(new FollowUpData { StatusCheckTexts = [new StatusCheckTexts("bun", Year2024) { KeyFigureIds = ["k"] }] })
            .Build();

        var figure = Assert.Single(StatusCheck.Generate(GoalEvaluator.Evaluate(model.Model, Year2024, AsOf), model.FollowUp, "bun").KeyFigures);

        Assert.Equal((trend, "2023"), (figure.Trend, figure.PreviousPeriod!.Id));
    }

    [Fact]
    public void Generate_UnknownUnit_Throws() =>
        Assert.Throws<ArgumentException>(() => Check(Data(), "tn"));

    [Fact]
    public void Validate_KeyFigureThatIsAGoal_IsNotAnIndicator() =>
        AssertProblem(SingleProblem(Builder().With(new FollowUpData { StatusCheckTexts = [Texts with { KeyFigureIds = ["i1", "n1"] }] })),
            ProblemCodes.NotAnIndicator, ModelElement.StatusCheckTexts, "bun", 0, "keyFigures[1]", "'n1'");

    [Fact]
    public void Validate_TwoStatusChecksOfOneUnitForOnePeriod_IsADuplicateEntry() =>
        AssertProblem(SingleProblem(Builder().With(new FollowUpData { StatusCheckTexts = [Texts, Texts with { Mission = "Annan" }] })),
            ProblemCodes.DuplicateEntry, ModelElement.StatusCheckTexts, "bun", 1, null, "given twice");

    [Fact]
    public void Validate_UnknownUnit_IsADanglingReference() =>
        AssertProblem(SingleProblem(Builder().With(new FollowUpData { StatusCheckTexts = [Texts with { UnitId = "tn" }] })),
            ProblemCodes.DanglingReference, ModelElement.StatusCheckTexts, "tn", 0, "unit");
}
