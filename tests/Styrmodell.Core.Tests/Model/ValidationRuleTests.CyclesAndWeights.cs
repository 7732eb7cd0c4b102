using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>Cycles among nodes and units, and weights that are negative, NaN or infinite.</summary>
public partial class ValidationRuleTests
{
    /// <summary>The base model plus level "del" [4], whose nodes may sit under a KF-mål or under each other.</summary>
    private static SteeringModelBuilder WithNestingLevel(params Node[] extraNodes) =>
        Base(extraNodes).AddLevel(new LevelDefinition("del", "Delmål", LevelRole.Strategy) { ParentLevelIds = ["kfmal", "del"] });

    [Fact]
    public void Validate_NestingLevelWithoutCycle_ReportsNothing() =>
        Assert.Empty(WithNestingLevel(new Node("d1", "del", "D1") { ParentId = "k1" }, new Node("d2", "del", "D2") { ParentId = "d1" }).Validate());

    [Fact]
    public void Validate_ParentCycle_ReportsOnceAtOrdinallySmallestIdWithPath()
    {
        // Parent links: a → c → B → a. Ordinally "B" < "a" < "c" (a culture-aware order would start at "a").
        // "A" hangs off the cycle: it is ordinally smallest of all, but not on the cycle.
        var builder = WithNestingLevel(
            new Node("a", "del", "A") { ParentId = "c" },
            new Node("A", "del", "Svans") { ParentId = "B" },
            new Node("c", "del", "C") { ParentId = "B" },
            new Node("B", "del", "B") { ParentId = "a" });

        AssertProblem(SingleProblem(builder), ProblemCodes.Cycle, ModelElement.Node, "B", FirstExtraNode + 3, "parent", "B → a → c → B");
    }

    [Fact]
    public void Validate_SelfParent_ReportsCycle() =>
        AssertProblem(SingleProblem(WithNestingLevel(new Node("s", "del", "S") { ParentId = "s" })),
            ProblemCodes.Cycle, ModelElement.Node, "s", FirstExtraNode, "parent", "s → s");

    [Fact]
    public void Validate_CycleThroughContribution_ReportsTheContributionAsMember()
    {
        // d1 contributes to d2, which sits under d1: d1 → d2 → d1.
        var builder = WithNestingLevel(
            new Node("d2", "del", "D2") { ParentId = "d1" },
            new Node("d1", "del", "D1") { ParentId = "k1", Contributions = [new("d2")] });

        AssertProblem(SingleProblem(builder), ProblemCodes.Cycle, ModelElement.Node, "d1", FirstExtraNode + 1, "contributions[0].target", "d1 → d2 → d1");
    }

    [Fact]
    public void Validate_TwoCyclesSharingNodes_ReportsTheSameProblemsWhateverTheOrderAdded()
    {
        // Links a → b (parent), a → c (contribution), b → c (parent), c → a (parent): cycles a → b → c → a and a → c → a.
        Node[] nodes =
        [
            new("a", "del", "A") { ParentId = "b", Contributions = [new("c")] },
            new("b", "del", "B") { ParentId = "c" },
            new("c", "del", "C") { ParentId = "a" },
        ];

        string[] Report(params int[] order) =>
            [.. WithNestingLevel([.. order.Select(i => nodes[i])]).Validate()
                .Select(p => $"{p.Code} {p.Location.Id} {p.Location.Member}: {p.Message}").Order(StringComparer.Ordinal)];

        var inOrder = Report(0, 1, 2);

        Assert.All(inOrder, p => Assert.StartsWith(ProblemCodes.Cycle, p, StringComparison.Ordinal));
        Assert.Equal(inOrder, Report(2, 0, 1));
    }

    [Fact]
    public void Validate_UnitTreeCycle_ReportsOnceAtOrdinallySmallestId()
    {
        // Parent links: x → z → y → x.
        var builder = Base()
            .AddUnit(new OrganisationUnit("y", "Y-förvaltningen", UnitKinds.Administration) { ParentId = "x" })
            .AddUnit(new OrganisationUnit("z", "Z-förvaltningen", UnitKinds.Administration) { ParentId = "y" })
            .AddUnit(new OrganisationUnit("x", "X-förvaltningen", UnitKinds.Administration) { ParentId = "z" });

        AssertProblem(SingleProblem(builder), ProblemCodes.Cycle, ModelElement.Unit, "x", FirstExtraUnit + 2, "parent", "x → z → y → x");
    }

    [Fact]
    public void Validate_UnitIsItsOwnParent_ReportsCycle() =>
        AssertProblem(SingleProblem(Base().AddUnit(new OrganisationUnit("u", "U", UnitKinds.Unit) { ParentId = "u" })),
            ProblemCodes.Cycle, ModelElement.Unit, "u", FirstExtraUnit, "parent", "u → u");

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Validate_BadParentWeight_ReportsInvalidWeight(double weight) =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Weight = weight })),
            ProblemCodes.InvalidWeight, ModelElement.Node, "x", FirstExtraNode, "weight", "'x'");

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Validate_BadContributionWeight_ReportsInvalidWeightAtThatContribution(double weight) =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("x") with { Contributions = [new("k2", weight)] })),
            ProblemCodes.InvalidWeight, ModelElement.Node, "x", FirstExtraNode, "contributions[0].weight", "'x'");
}
