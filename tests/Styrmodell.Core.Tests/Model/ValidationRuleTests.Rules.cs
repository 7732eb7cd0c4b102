using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>Cardinality rules: each broken once, and malformed rules reported at the rule.</summary>
public partial class ValidationRuleTests
{
    // With CommitteeGoal("x"): bun owns n1 and x, sn owns n2; k1 has children n1 and x, k2 has n2 (n2 only contributes to k1).
    private static SteeringModelBuilder WithSecondBunGoal() => Base(CommitteeGoal("x"));

    [Fact]
    public void Validate_RulesSatisfiedAtTheirBounds_ReportsNothing() =>
        Assert.Empty(WithSecondBunGoal()
            .AddRule(new NodesPerOwnerRule("nämndmål", "nmal", UnitKinds.Committee, 1, 2))
            .AddRule(new ChildrenPerNodeRule("barn", "kfmal", "nmal", 1, 2))
            .AddRule(new CoveragePerOwnerRule("täckning", "nmal", UnitKinds.Committee, "omr", 1))
            .Validate());

    [Fact]
    public void Validate_NodesPerOwnerTooFew_ReportsTheUnit() =>
        AssertProblem(SingleProblem(WithSecondBunGoal().AddRule(new NodesPerOwnerRule("två", "nmal", UnitKinds.Committee, 2, 2))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "sn", 3, null, "'två'", "'sn'", "'nmal'", "owns 1");

    [Fact]
    public void Validate_NodesPerOwnerTooMany_ReportsTheUnit() =>
        AssertProblem(SingleProblem(WithSecondBunGoal().AddRule(new NodesPerOwnerRule("högst-ett", "nmal", UnitKinds.Committee, 0, 1))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun", 2, null, "'högst-ett'", "'bun'", "'nmal'", "owns 2");

    [Fact]
    public void Validate_NodesPerOwnerUnitOwnsNothing_ReportsTheUnit() =>
        AssertProblem(
            SingleProblem(Base()
                .AddUnit(new OrganisationUnit("tn", "Tekniska nämnden", UnitKinds.Committee) { ParentId = "kf" })
                .AddRule(new NodesPerOwnerRule("minst-ett", "nmal", UnitKinds.Committee, 1, null))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "tn", FirstExtraUnit, null, "'minst-ett'", "'tn'", "owns 0");

    [Fact]
    public void Validate_ChildrenPerNodeTooFew_ReportsTheParentNode() =>
        AssertProblem(SingleProblem(WithSecondBunGoal().AddRule(new ChildrenPerNodeRule("minst-två", "kfmal", "nmal", 2, null))),
            ProblemCodes.CardinalityViolated, ModelElement.Node, "k2", 4, null, "'minst-två'", "'k2'", "'nmal'", "has 1");

    [Fact]
    public void Validate_ChildrenPerNodeTooMany_ReportsTheParentNode() =>
        AssertProblem(SingleProblem(WithSecondBunGoal().AddRule(new ChildrenPerNodeRule("högst-ett", "kfmal", "nmal", 0, 1))),
            ProblemCodes.CardinalityViolated, ModelElement.Node, "k1", 3, null, "'högst-ett'", "'k1'", "'nmal'", "has 2");

    [Fact]
    public void Validate_ChildrenPerNodeContributorsAreNotChildren_ReportsNothing() =>
        Assert.Empty(Base().AddRule(new ChildrenPerNodeRule("exakt-ett", "kfmal", "nmal", 1, 1)).Validate());

    [Fact]
    public void Validate_CoveragePerOwnerTooFew_ReportsTheUnit() =>
        // bun reaches only o1 (n1 → k1 → o1); sn reaches o2 by its parent and o1 by its contribution to k1.
        AssertProblem(SingleProblem(Base().AddRule(new CoveragePerOwnerRule("två-områden", "nmal", UnitKinds.Committee, "omr", 2))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun", 2, null, "'två-områden'", "'bun'", "'omr'", "cover 1");

    [Fact]
    public void Validate_CoverageCountsDistinctNodes_ReportsTheUnit() =>
        // bun's two goals both reach o1: one distinct area, not two.
        AssertProblem(SingleProblem(WithSecondBunGoal().AddRule(new CoveragePerOwnerRule("två-områden", "nmal", UnitKinds.Committee, "omr", 2))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun", 2, null, "'bun'", "cover 1");

    [Theory]
    [InlineData(3, 2)]
    [InlineData(-1, 2)]
    [InlineData(-1, null)]
    public void Validate_NodesPerOwnerBoundsImpossible_ReportsInvalidRule(int minimum, int? maximum) =>
        AssertProblem(SingleProblem(Base().AddRule(new NodesPerOwnerRule("fel", "nmal", UnitKinds.Committee, minimum, maximum))),
            ProblemCodes.InvalidRule, ModelElement.Rule, "fel", 0, null, "'fel'");

    [Fact]
    public void Validate_ChildrenPerNodeMinimumAboveMaximum_ReportsInvalidRule() =>
        AssertProblem(SingleProblem(Base().AddRule(new ChildrenPerNodeRule("fel", "kfmal", "nmal", 2, 1))),
            ProblemCodes.InvalidRule, ModelElement.Rule, "fel", 0, null, "'fel'");

    [Fact]
    public void Validate_CoverageMinimumNegative_ReportsInvalidRule() =>
        AssertProblem(SingleProblem(Base().AddRule(new CoveragePerOwnerRule("fel", "nmal", UnitKinds.Committee, "omr", -1))),
            ProblemCodes.InvalidRule, ModelElement.Rule, "fel", 0, null, "'fel'");

    [Theory]
    [InlineData("nodes.levelId", "levelId")]
    [InlineData("children.parentLevelId", "parentLevelId")]
    [InlineData("children.childLevelId", "childLevelId")]
    [InlineData("coverage.levelId", "levelId")]
    [InlineData("coverage.coveredLevelId", "coveredLevelId")]
    public void Validate_RuleNamesUndefinedLevel_ReportsDanglingReferenceAtTheRule(string which, string member)
    {
        CardinalityRule rule = which switch
        {
            "nodes.levelId" => new NodesPerOwnerRule("r", "saknas", UnitKinds.Committee, 0, null),
            "children.parentLevelId" => new ChildrenPerNodeRule("r", "saknas", "nmal", 0, null),
            "children.childLevelId" => new ChildrenPerNodeRule("r", "kfmal", "saknas", 0, null),
            "coverage.levelId" => new CoveragePerOwnerRule("r", "saknas", UnitKinds.Committee, "omr", 0),
            _ => new CoveragePerOwnerRule("r", "nmal", UnitKinds.Committee, "saknas", 0),
        };

        AssertProblem(SingleProblem(Base().AddRule(new NodesPerOwnerRule("ok", "nmal", UnitKinds.Committee, 0, null)).AddRule(rule)),
            ProblemCodes.DanglingReference, ModelElement.Rule, "r", 1, member, "'r'", "'saknas'");
    }
}
