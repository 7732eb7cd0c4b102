using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>Reporting many problems at once, the builder's life cycle, argument checks and the model's link queries.</summary>
public partial class ValidationRuleTests
{
    private static string[] Describe(IEnumerable<ValidationProblem> problems) =>
        [.. problems.Select(p => $"{p.Code} at {p.Location}").Order(StringComparer.Ordinal)];

    private static SteeringModelBuilder WithSeveralProblems() =>
        Base(
                new Node("x", "saknas", "Okänd nivå"),
                CommitteeGoal("y") with { Weight = double.NaN },
                CommitteeGoal("z") with { OwnerId = null, Contributions = [new("borta")] })
            .AddUnit(new OrganisationUnit("bun", "Igen", UnitKinds.Committee))
            .AddLevel(new LevelDefinition("akt", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["saknas"] });

    private static readonly string[] SeveralProblems =
    [
        .. new[]
        {
            $"{ProblemCodes.DuplicateId} at {new ProblemLocation(ModelElement.Unit, "bun", 4)}",
            $"{ProblemCodes.DanglingReference} at {new ProblemLocation(ModelElement.Level, "akt", 4, "parentLevelIds[0]")}",
            $"{ProblemCodes.UnknownLevel} at {new ProblemLocation(ModelElement.Node, "x", 7, "level")}",
            $"{ProblemCodes.InvalidWeight} at {new ProblemLocation(ModelElement.Node, "y", 8, "weight")}",
            $"{ProblemCodes.MissingOwner} at {new ProblemLocation(ModelElement.Node, "z", 9, "owner")}",
            $"{ProblemCodes.DanglingReference} at {new ProblemLocation(ModelElement.Node, "z", 9, "contributions[0].target")}",
        }.Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne() =>
        Assert.Equal(SeveralProblems, Describe(WithSeveralProblems().Validate()));

    [Fact]
    public void Validate_CalledTwice_ReportsTheSameProblemsInTheSameOrder()
    {
        var builder = WithSeveralProblems();

        Assert.Equal(builder.Validate(), builder.Validate());
    }

    [Fact]
    public void Build_SeveralProblems_ThrowsListingEachInTheMessage()
    {
        var builder = WithSeveralProblems();
        var expected = builder.Validate();

        var error = Assert.Throws<ModelValidationException>(() => builder.Build());

        Assert.Equal(expected, error.Problems);
        Assert.Contains("6 problem", error.Message, StringComparison.Ordinal);
        foreach (var problem in expected)
        {
            Assert.Contains(problem.ToString(), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryBuild_Invalid_ReturnsFalseWithoutModel()
    {
        var builder = WithSeveralProblems();

        var built = builder.TryBuild(out var model, out var problems);

        Assert.False(built);
        Assert.Null(model);
        Assert.Equal(SeveralProblems, Describe(problems));
    }

    [Fact]
    public void TryBuild_Valid_ReturnsModelWithoutProblems()
    {
        var built = Base().TryBuild(out var model, out var problems);

        Assert.True(built);
        Assert.NotNull(model);
        Assert.Empty(problems);
        Assert.Equal(Testby, model.Municipality);
    }

    [Theory]
    [InlineData("unit")]
    [InlineData("units")]
    [InlineData("level")]
    [InlineData("levels")]
    [InlineData("node")]
    [InlineData("nodes")]
    [InlineData("rule")]
    [InlineData("rules")]
    [InlineData("build")]
    [InlineData("try-build")]
    public void Builder_AfterSuccessfulBuild_RefusesWithInvalidOperation(string call)
    {
        var builder = Base();
        builder.Build();
        var unit = new OrganisationUnit("tn", "Tekniska nämnden", UnitKinds.Committee);
        var level = new LevelDefinition("akt", "Aktivitet", LevelRole.Activity);
        var rule = new NodesPerOwnerRule("r", "nmal", UnitKinds.Committee, 0, null);
        Action act = call switch
        {
            "unit" => () => builder.AddUnit(unit),
            "units" => () => builder.AddUnits([unit]),
            "level" => () => builder.AddLevel(level),
            "levels" => () => builder.AddLevels([level]),
            "node" => () => builder.AddNode(CommitteeGoal("x")),
            "nodes" => () => builder.AddNodes([CommitteeGoal("x")]),
            "rule" => () => builder.AddRule(rule),
            "rules" => () => builder.AddRules([rule]),
            "build" => () => builder.Build(),
            _ => () => builder.TryBuild(out _, out _),
        };

        Assert.Throws<InvalidOperationException>(act);
    }

    [Fact]
    public void Builder_AfterFailedBuild_AcceptsAdditionsAndBuilds()
    {
        var builder = Base(new Node("d", "del", "Delmål") { ParentId = "k1" });
        Assert.Throws<ModelValidationException>(() => builder.Build());

        builder.AddLevel(new LevelDefinition("del", "Delmål", LevelRole.Strategy) { ParentLevelIds = ["kfmal"] });

        Assert.Equal("del", builder.Build().LevelOf("d").Id);
    }

    [Theory]
    [InlineData("ctor")]
    [InlineData("unit")]
    [InlineData("level")]
    [InlineData("node")]
    [InlineData("rule")]
    [InlineData("units")]
    [InlineData("levels")]
    [InlineData("nodes")]
    [InlineData("rules")]
    [InlineData("units-element")]
    [InlineData("nodes-element")]
    public void Builder_NullArgument_ThrowsArgumentNull(string call)
    {
        var builder = Base();
        Action act = call switch
        {
            "ctor" => () => _ = new SteeringModelBuilder(null!),
            "unit" => () => builder.AddUnit(null!),
            "level" => () => builder.AddLevel(null!),
            "node" => () => builder.AddNode(null!),
            "rule" => () => builder.AddRule(null!),
            "units" => () => builder.AddUnits(null!),
            "levels" => () => builder.AddLevels(null!),
            "nodes" => () => builder.AddNodes(null!),
            "rules" => () => builder.AddRules(null!),
            "units-element" => () => builder.AddUnits([null!]),
            _ => () => builder.AddNodes([CommitteeGoal("x"), null!]),
        };

        Assert.Throws<ArgumentNullException>(act);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("find")]
    [InlineData("level-of")]
    [InlineData("children")]
    [InlineData("into")]
    [InlineData("from")]
    public void Model_NullId_ThrowsArgumentNull(string call)
    {
        var model = Base().Build();
        Action act = call switch
        {
            "get" => () => model.GetNode(null!),
            "find" => () => model.FindNode(null!),
            "level-of" => () => model.LevelOf(null!),
            "children" => () => model.ChildrenOf(null!),
            "into" => () => model.LinksInto(null!),
            _ => () => model.LinksFrom(null!),
        };

        Assert.Throws<ArgumentNullException>(act);
    }

    [Fact]
    public void Elements_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new Node(null!, "nmal", "T"));
        Assert.Throws<ArgumentNullException>(() => new Node("x", null!, "T"));
        Assert.Throws<ArgumentNullException>(() => CommitteeGoal("x") with { Title = null! });
        Assert.Throws<ArgumentNullException>(() => new OrganisationUnit("u", null!, UnitKinds.Committee));
        Assert.Throws<ArgumentNullException>(() => new LevelDefinition(null!, "L", LevelRole.Goal));
        Assert.Throws<ArgumentNullException>(() => new Contribution(null!));
        Assert.Throws<ArgumentNullException>(() => new NodesPerOwnerRule(null!, "nmal", UnitKinds.Committee, 0, null));
    }

    [Theory]
    [InlineData("get")]
    [InlineData("level-of")]
    [InlineData("children")]
    [InlineData("into")]
    [InlineData("from")]
    public void Model_UnknownNodeId_ThrowsArgumentExceptionNamingTheId(string call)
    {
        var model = Base().Build();
        Func<object> act = call switch
        {
            "get" => () => model.GetNode("missing"),
            "level-of" => () => model.LevelOf("missing"),
            "children" => () => model.ChildrenOf("missing"),
            "into" => () => model.LinksInto("missing"),
            _ => () => model.LinksFrom("missing"),
        };

        var error = Assert.Throws<ArgumentException>(act);

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindNode_UnknownId_ReturnsNull() => Assert.Null(Base().Build().FindNode("missing"));

    [Fact]
    public void LinksInto_ChildAndContributor_ReturnsBothWithWeightsAndKinds() =>
        Assert.Equal(
            [new NodeLink("n1", "k1", 1.0, NodeLinkKind.Parent), new NodeLink("n2", "k1", 0.5, NodeLinkKind.Contribution)],
            Base().Build().LinksInto("k1"));

    [Fact]
    public void LinksFrom_ParentThenContribution_ReturnsBothWithWeightsAndKinds() =>
        Assert.Equal(
            [new NodeLink("n2", "k2", 2.0, NodeLinkKind.Parent), new NodeLink("n2", "k1", 0.5, NodeLinkKind.Contribution)],
            Base().Build().LinksFrom("n2"));

    [Fact]
    public void Links_NodeWithoutLinks_ReturnEmpty()
    {
        var model = Base().Build();

        Assert.Empty(model.LinksFrom("v"));
        Assert.Empty(model.LinksInto("n1"));
    }

    [Fact]
    public void ChildrenOf_NodeWithChildAndContributor_ReturnsOnlyTheChild()
    {
        var model = Base().Build();

        Assert.Equal(["n1"], model.ChildrenOf("k1").Select(n => n.Id));
        Assert.Equal(["o1", "o2"], model.ChildrenOf("v").Select(n => n.Id));
        Assert.Empty(model.ChildrenOf("n2"));
    }

    [Fact]
    public void Roots_BaseModelWithSecondVision_ReturnsTopNodesInOrderAdded() =>
        Assert.Equal(["v", "v2"], Base(new Node("v2", "vision", "Andra visionen")).Build().Roots().Select(n => n.Id));

    [Fact]
    public void GetNode_KnownId_ReturnsTheNodeAndItsLevel()
    {
        var model = Base().Build();

        Assert.Equal("Fler i egen försörjning", model.GetNode("n2").Title);
        Assert.Equal("nmal", model.LevelOf("n2").Id);
    }
}
