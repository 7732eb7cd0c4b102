using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Samples;

/// <summary>
/// Västerås' rule "Nämnderna bereder 3 mål för minst 2 av målområdena" and KF's four statements per area, as the
/// sample document declares them: the document obeys them, and breaking one gives exactly one problem where it belongs.
/// </summary>
public class VasterasRuleTests
{
    private static readonly SteeringModel Model = SampleModels.Model("vasteras");

    [Fact]
    public void Committees_EachHaveExactlyThreeGoals_CoveringAtLeastTwoAreas()
    {
        var committees = Model.Units.Where(u => u.Kind == UnitKinds.Committee).Select(u => u.Id).ToList();

        Assert.Equal(["bun", "tn"], committees);
        Assert.All(committees, c => Assert.Equal(3, Model.Nodes.Count(n => n.LevelId == "namndmal" && n.OwnerId == c)));
    }

    [Fact]
    public void EachArea_HasFourStatements()
    {
        var areas = Model.Nodes.Where(n => n.LevelId == "malomrade").ToList();

        Assert.Equal(3, areas.Count);
        Assert.All(areas, a => Assert.Equal(4, Model.ChildrenOf(a.Id).Count(c => c.LevelId == "viljeinriktning")));
    }

    [Theory]
    [InlineData("tn-2", "tn")]
    [InlineData("bun-1", "bun")]
    public void CommitteeGoalRemoved_GivesOneCardinalityProblemAtTheCommittee(string goalId, string committeeId)
    {
        var problems = Rebuild(Model.Nodes.Where(n => n.Id != goalId && n.ParentId != goalId)).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.CardinalityViolated, ModelElement.Unit, committeeId), (problem.Code, problem.Location.Element, problem.Location.Id));
        Assert.Contains("'tre-mal-per-namnd'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tn", "klimat-1")]
    [InlineData("bun", "social-1")]
    public void CommitteeGoalsMovedIntoOneArea_GivesOneCoverageProblemAtTheCommittee(string committeeId, string statementId)
    {
        var moved = Model.Nodes.Select(n => n.OwnerId == committeeId && n.LevelId == "namndmal"
            ? n with { ParentId = statementId, Contributions = [] }
            : n);

        var problem = Assert.Single(Rebuild(moved).Validate());

        Assert.Equal((ProblemCodes.CardinalityViolated, ModelElement.Unit, committeeId), (problem.Code, problem.Location.Element, problem.Location.Id));
        Assert.Contains("'minst-tva-malomraden'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContributionToAnotherArea_CountsTowardsCoverage()
    {
        // bun-1 and bun-3 sit in the social area; bun-2 sits in the work area and also feeds a social statement.
        // Moving bun-2 into the social area as well leaves the committee with one area only.
        var moved = Model.Nodes.Select(n => n.Id == "bun-2" ? n with { ParentId = "social-3" } : n);

        var problem = Assert.Single(Rebuild(moved).Validate());

        Assert.Equal((ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun"), (problem.Code, problem.Location.Element, problem.Location.Id));
    }

    [Fact]
    public void StatementRemoved_GivesOneProblemAtItsArea()
    {
        // klimat-3 has nothing under it, so removing it breaks only the four-statements rule.
        var problem = Assert.Single(Rebuild(Model.Nodes.Where(n => n.Id != "klimat-3")).Validate());

        Assert.Equal((ProblemCodes.CardinalityViolated, ModelElement.Node, "klimat"), (problem.Code, problem.Location.Element, problem.Location.Id));
        Assert.Contains("'fyra-inriktningar-per-malomrade'", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The document's structure with other nodes; indicators and outcomes stay only for nodes that remain.</summary>
    private static SteeringModelBuilder Rebuild(IEnumerable<Node> nodes)
    {
        var kept = nodes.ToList();
        var ids = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return new SteeringModelBuilder(Model.Municipality)
            .AddUnits(Model.Units)
            .AddLevels(Model.Levels)
            .AddNodes(kept)
            .AddRules(Model.Rules)
            .AddIndicators(Model.Indicators.Where(i => ids.Contains(i.NodeId)))
            .AddOutcomes(Model.Outcomes.Where(o => ids.Contains(o.IndicatorId)))
            .AddAssessments(Model.Assessments.Where(a => ids.Contains(a.NodeId)));
    }
}
