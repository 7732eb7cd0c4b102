using Styrmodell.Model;
using Styrmodell.Samples.Seeds;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Samples;

public class SeedModelsTests
{
    public static TheoryData<string> Codes => ["1980", "0486", "2021", "1984"];

    [Fact]
    public void All_ListsTheFourSeeds_InTheIssuesOrder() =>
        Assert.Equal(["1980", "0486", "2021", "1984"], SeedModels.All.Select(s => s.Create().Municipality.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Create_EachSeed_BuildsWithNoProblems(string code)
    {
        var built = Seed(code).Create().TryBuild(out var model, out var problems);

        Assert.True(problems.IsEmpty, "Problems:\n" + string.Join("\n", problems));
        Assert.True(built);
        Assert.InRange(model!.Nodes.Count, 15, 60);
    }

    [Theory]
    [InlineData("1980", "Vision", "Målområde", "Politisk viljeinriktning för mandatperioden", "Nämndens mål", "Bolagens uppdrag och mål (ägardirektiv)")]
    [InlineData("0486", "Vision", "Perspektiv", "Fullmäktigemål", "Strategi", "Nämndens mål", "Nyckeltal", "Särskilt uppdrag", "Aktivitet")]
    [InlineData("2021", "Vision", "Utvecklingsområde", "Utvecklingsmål", "Utvecklingsindikator", "Aktivitet", "Grunduppdrag", "Kvalitetsfaktor", "Kvalitetsindikator", "Risk", "Kontroll", "Åtgärd")]
    [InlineData("1984", "Vision", "Strategiskt område", "Kommunfullmäktiges mål", "Kommunstyrelsens, nämndernas och bolagens mål", "Indikator", "Aktivitet", "Medarbetarmål")]
    public void Levels_EachSeed_AreTheSeedsOwnLevelNamesInOrder(string code, params string[] names) =>
        Assert.Equal(names, Build(Seed(code)).Levels.Select(l => l.Name));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Nodes_AtIndicatorAndActivityLevels_AreMarkedIllustrative(string code)
    {
        // No seed names a concrete indicator or activity, so every one in the samples must say it is invented.
        var model = Build(Seed(code));

        var unmarked = model.Nodes.Where(n =>
            model.LevelOf(n.Id).Role is LevelRole.Indicator or LevelRole.Activity
            && !(n.Description ?? "").StartsWith(Illustrative.Prefix, StringComparison.Ordinal));

        Assert.Empty(unmarked);
    }

    [Fact]
    public void Arboga_Vision_HasTheThreeStrategicAreasOf2023To2026()
    {
        var model = Build(ArbogaSeed.Model);

        Assert.Equal("Arboga – plats för inspiration", Assert.Single(model.Roots()).Title);
        Assert.Equal(["Inspirerande livsmiljö", "Inspirerande lärande och arbete", "Inspirerande organisation"],
            model.ChildrenOf("vision").Select(n => n.Title));
    }

    [Fact]
    public void Arboga_CommitteeGoal_FeedsTwoCouncilGoals()
    {
        var model = Build(ArbogaSeed.Model);

        Assert.Equal(["kf-kunskap", "kf-arbete"], model.LinksFrom("bun-1").Select(l => l.ToId));
        Assert.All(model.LinksFrom("bun-1"), l => Assert.Equal("kf-mal", model.GetNode(l.ToId).LevelId));
    }

    [Fact]
    public void Strangnas_EveryCouncilGoal_HasAnAgenda2030Tag()
    {
        var model = Build(StrangnasSeed.Model);
        var goals = model.Nodes.Where(n => n.LevelId == "kf-mal").ToList();

        Assert.Equal(4, goals.Count);
        Assert.All(goals, g => Assert.Contains(g.Tags, t => t.Scheme == StrangnasSeed.Agenda2030Scheme));
        Assert.Equal(["Invånare", "Samhälle", "Medarbetare", "Ekonomi"], model.ChildrenOf("vision").Select(n => n.Title));
    }

    [Fact]
    public void Strangnas_SpecialAssignments_AreAssignmentsOwnedByACommittee()
    {
        var model = Build(StrangnasSeed.Model);

        Assert.Equal(LevelRole.Assignment, model.FindLevel("sarskilt-uppdrag")!.Role);
        var assignment = Assert.Single(model.Nodes, n => n.LevelId == "sarskilt-uppdrag");
        Assert.Equal(UnitKinds.Committee, model.FindUnit(assignment.OwnerId!)!.Kind);
    }

    [Fact]
    public void Vansbro_Roots_AreTheVisionAndTheFourPartsOfTheStandingMission()
    {
        var model = Build(VansbroSeed.Model);

        Assert.Equal(["vision", "grunduppdrag"], model.Roots().Select(n => n.LevelId).Distinct());
        Assert.Equal(["Arbetsgivare", "Ekonomi", "Övergripande förvaltning", "Verksamhet"],
            model.Roots().Where(n => n.LevelId == "grunduppdrag").Select(n => n.Title));
    }

    [Fact]
    public void Vansbro_InternalControlLevels_HaveTheControlRole() =>
        Assert.Equal(["risk", "kontroll", "atgard"],
            Build(VansbroSeed.Model).Levels.Where(l => l.Role == LevelRole.Control).Select(l => l.Id));

    [Fact]
    public void Vasteras_EachArea_HasFourStatements()
    {
        var model = Build(VasterasSeed.Model);
        var areas = model.Nodes.Where(n => n.LevelId == VasterasSeed.AreaLevelId).ToList();

        Assert.Equal(3, areas.Count);
        Assert.All(areas, a => Assert.Equal(4, model.ChildrenOf(a.Id).Count(c => c.LevelId == VasterasSeed.StatementLevelId)));
    }

    [Theory]
    [InlineData("tn-2", "tn")]
    [InlineData("bun-3", "bun")]
    public void Vasteras_CommitteeGoalRemoved_GivesOneCardinalityProblemAtTheCommittee(string goalId, string committeeId)
    {
        var model = Build(VasterasSeed.Model);

        var problems = Rebuild(model, model.Nodes.Where(n => n.Id != goalId)).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.CardinalityViolated, problem.Code);
        Assert.Equal(ModelElement.Unit, problem.Location.Element);
        Assert.Equal(committeeId, problem.Location.Id);
        Assert.Equal(model.Units.Select(u => u.Id).ToList().IndexOf(committeeId), problem.Location.Index);
        Assert.Contains("'tre-mal-per-namnd'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tn", "klimat-1")]
    [InlineData("bun", "social-1")]
    public void Vasteras_CommitteeGoalsMovedIntoOneArea_GivesOneCoverageProblemAtTheCommittee(string committeeId, string statementId)
    {
        var model = Build(VasterasSeed.Model);
        var moved = model.Nodes.Select(n => n.OwnerId == committeeId && n.LevelId == VasterasSeed.CommitteeGoalLevelId
            ? n with { ParentId = statementId, Contributions = [] }
            : n);

        var problems = Rebuild(model, moved).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.CardinalityViolated, problem.Code);
        Assert.Equal(ModelElement.Unit, problem.Location.Element);
        Assert.Equal(committeeId, problem.Location.Id);
        Assert.Contains("'minst-tva-malomraden'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vasteras_ContributionToAnotherArea_CountsTowardsCoverage()
    {
        // bun-1 and bun-3 both sit in the social area; bun-2 sits in the work area and also feeds a social statement.
        // Moving bun-2 into the social area as well leaves the committee with one area only.
        var model = Build(VasterasSeed.Model);
        var moved = model.Nodes.Select(n => n.Id == "bun-2" ? n with { ParentId = "social-3" } : n);

        var problem = Assert.Single(Rebuild(model, moved).Validate());

        Assert.Equal((ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun"),
            (problem.Code, problem.Location.Element, problem.Location.Id));
    }

    [Fact]
    public void Vasteras_StatementRemoved_GivesOneProblemAtItsArea()
    {
        var model = Build(VasterasSeed.Model);

        var problem = Assert.Single(Rebuild(model, model.Nodes.Where(n => n.Id != "klimat-3")).Validate());

        Assert.Equal(ProblemCodes.CardinalityViolated, problem.Code);
        Assert.Equal((ModelElement.Node, "klimat"), (problem.Location.Element, problem.Location.Id));
        Assert.Contains("'fyra-inriktningar-per-malomrade'", problem.Message, StringComparison.Ordinal);
    }

    private static SeedModel Seed(string code) => SeedModels.All.Single(s => s.Create().Municipality.Code == code);

    private static SteeringModel Build(SeedModel seed)
    {
        var built = seed.Create().TryBuild(out var model, out var problems);
        Assert.True(built, "Problems:\n" + string.Join("\n", problems));
        return model!;
    }

    private static SteeringModelBuilder Rebuild(SteeringModel model, IEnumerable<Node> nodes) =>
        new SteeringModelBuilder(model.Municipality)
            .AddUnits(model.Units)
            .AddLevels(model.Levels)
            .AddNodes(nodes)
            .AddRules(model.Rules);
}
