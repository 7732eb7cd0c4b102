using Styrmodell.Exchange;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Validation;
using static Styrmodell.Tests.Governance.ArbogaRegister;

namespace Styrmodell.Tests.Governance;

/// <summary>
/// The register worked from Arboga kommun's steering model, section 6 "Styrdokument": who decides each type, a policy
/// holds no goals or measures, a program's goals relate to the mandate period's goals. Review dates follow the council
/// terms of Kommunallagen 5 kap. 9 § (a new council from 15 October of the election year).
/// </summary>
public class SteeringDocumentRegisterTests
{
    private static ExchangeDocument With(params SteeringDocument[] documents) =>
        new ExchangeDocumentBuilder(ArbogaModel()).WithAuthority(Authority).WithRegister(new SteeringDocumentRegister(Types, documents)).Build();

    private static (string Code, string Id, string? Member)[] Findings(ExchangeDocument document) =>
        [.. document.Warnings().Where(w => w.Location.Element == ModelElement.SteeringDocument).Select(w => (w.Code, w.Location.Id, w.Location.Member))];

    [Theory]
    [InlineData("policy", "kf")] // KF: a political document for the whole municipality
    [InlineData("riktlinje", "kf")]
    [InlineData("gemensam-anvisning", "klf")] // the chief executive, for every administration
    public void DecidedForTheWholeMunicipalityByWhomArbogaNames(string type, string decider) =>
        Assert.Empty(Findings(With(Document("d", type, decider, "2023-05-10"))));

    [Theory]
    [InlineData("policy", "bun", new[] { "buf", "skola" })] // a committee, its own area
    [InlineData("program", "ks", new[] { "klf" })] // KS, its own area
    [InlineData("anvisning", "buf", new[] { "buf" })] // the head of one administration
    [InlineData("rutin", "buf", new[] { "skola" })] // a routine at administration level
    [InlineData("rutin", "skola", new[] { "skola" })] // … or at unit level
    public void DecidedForItsOwnAreaByWhomArbogaNames(string type, string decider, string[] scope) =>
        Assert.Empty(Findings(With(Document("d", type, decider, "2023-05-10", scope))));

    [Theory]
    [InlineData("policy", "bun", new string[0])] // a committee's policy for the whole municipality: KF's to decide
    [InlineData("policy", "bun", new[] { "klf" })] // … or for KS's administration
    [InlineData("policy", "buf", new[] { "buf" })] // an administration decides no political document
    [InlineData("gemensam-anvisning", "buf", new string[0])] // only the chief executive decides common instructions
    [InlineData("anvisning", "buf", new[] { "klf" })] // a head of administration decides for their own only
    [InlineData("rutin", "skola", new[] { "buf" })] // a unit's routine reaches no further than the unit
    public void DecidedByAUnitWithoutTheAuthorityItsTypeRequires(string type, string decider, string[] scope) =>
        Assert.Equal([(ProblemCodes.DecidedWithoutAuthority, "d", "decision.unit")], Findings(With(Document("d", type, decider, "2023-05-10", scope))));

    [Fact]
    public void APolicyStatesNoGoalsOrMeasures()
    {
        var policy = Document("p", "policy", "kf", "2023-05-10") with { NodeIds = ["o1", "kf1", "akt1"] };

        Assert.Equal(
            [(ProblemCodes.ContentNotAllowed, "p", "nodes[1]"), (ProblemCodes.ContentNotAllowed, "p", "nodes[2]")],
            Findings(With(policy)));
    }

    [Fact]
    public void AProgramsGoalsRelateToTheMandatePeriodsGoals()
    {
        // kf1 is a council goal; bun1 contributes to it; bun2 hangs from the area alone.
        var program = Document("p", "program", "kf", "2023-05-10") with { NodeIds = ["kf1", "bun1", "bun2", "akt1"] };

        Assert.Equal([(ProblemCodes.GoalOutsideMandateGoals, "p", "nodes[2]")], Findings(With(program)));
    }

    [Fact]
    public void ADocumentDecidedByAUnitNoLongerInTheOrganisationIsFound() =>
        Assert.Equal(
            [(ProblemCodes.DeciderNotInOrganisation, "d", "decision.unit")],
            Findings(With(Document("d", "riktlinje", "kultur-och-fritidsnamnden", "2015-02-01"))));

    [Fact]
    public void TwoDocumentsOfOneTypeAndScopeWithOneTitleAreBothNamed()
    {
        var first = Document("a", "policy", "kf", "2019-01-01") with { };
        var second = new SteeringDocument("b", " dokument A ", "policy", new DocumentDecision("kf", Day("2021-01-01")));
        var otherScope = new SteeringDocument("c", "Dokument a", "policy", new DocumentDecision("bun", Day("2021-01-01"))) { Scope = DecisionScope.Units("bun") };

        Assert.Equal(
            [(ProblemCodes.DuplicateTitle, "a", "title"), (ProblemCodes.DuplicateTitle, "b", "title")],
            Findings(With(first, second, otherScope)));
    }

    [Fact]
    public void BadInputIsEveryProblemAtItsPlace_NothingThrown()
    {
        var bad = Document("d", "stadga", "kf", "2023-05-10", "bun", "nedlagd") with
        {
            NodeIds = ["kf1", "saknas"],
            MissionUnitIds = ["okand"],
            Review = ReviewRule.On(Day("2023-01-01")),
            ValidFrom = Day("2023-06-01"),
            ValidUntil = Day("2023-05-31"),
            History = [new DocumentVersion("1.0", new DocumentDecision("kf", Day("2020-01-01"))), new DocumentVersion("2.0", new DocumentDecision("kf", Day("2019-01-01")))],
        };
        var register = new SteeringDocumentRegister(Types, [bad, Document("d", "policy", "kf", "2023-05-10")]);

        var problems = new ExchangeDocumentBuilder(ArbogaModel()).WithRegister(register).Validate();

        Assert.Equal(
            [
                (ProblemCodes.DanglingReference, 0, "type"),
                (ProblemCodes.DanglingReference, 0, "scope[1]"),
                (ProblemCodes.DanglingReference, 0, "missionUnits[0]"),
                (ProblemCodes.DanglingReference, 0, "nodes[1]"),
                (ProblemCodes.ReviewBeforeDecision, 0, "review.date"),
                (ProblemCodes.ValidityEndsBeforeStart, 0, "validUntil"),
                (ProblemCodes.VersionOutOfOrder, 0, "history[1].decision.date"),
                (ProblemCodes.DuplicateId, 1, "id"),
            ],
            problems.Select(p => (p.Code, p.Location.Index, p.Location.Member)));
    }

    [Fact]
    public void ADocumentKeepsItsRegister_AndEqualityIncludesIt()
    {
        var plain = new ExchangeDocumentBuilder(ArbogaModel()).Build();
        var register = new SteeringDocumentRegister(Types, [Document("d", "policy", "kf", "2023-05-10")]);

        Assert.Same(SteeringDocumentRegister.None, plain.Register);
        Assert.NotEqual(plain, plain.WithRegister(register));
        Assert.Equal(plain.WithRegister(register), plain.WithRegister(new SteeringDocumentRegister(Types, register.Documents)));
        Assert.Throws<ModelValidationException>(() => plain.WithRegister(new SteeringDocumentRegister([], register.Documents)));
    }
}
