using Styrmodell.Model;
using Styrmodell.Samples.Seeds;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Samples;

public class SeedModelsTests
{
    public static TheoryData<string> Seeds => [.. SeedModels.All.Select(s => s.Source)];

    private static SteeringModel Build(SeedModel seed)
    {
        var built = seed.Create().TryBuild(out var model, out var problems);
        Assert.True(built, string.Join("\n", problems));
        return model!;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Build_EachSeed_IsValid(string source) =>
        Assert.NotEmpty(Build(SeedModels.All.Single(s => s.Source == source)).Nodes);

    [Theory]
    [InlineData("1980", "Vision", "Målområde i politisk viljeinriktning för mandatperioden", "Under mandatperioden", "Nämndens mål", "Bolagens uppdrag och mål (ägardirektiv)")]
    [InlineData("0486", "Vision", "Perspektiv", "Fullmäktigemål (flerårsplan)", "Strategi", "Nämndens mål (verksamhetsplan)", "Nyckeltal", "Särskilt uppdrag", "Kontorsplanens inriktning", "Aktivitet i arbetsplan (läsår för skolenheter)")]
    [InlineData("2021", "Vision", "Utvecklingsområde", "Utvecklingsmål", "Utvecklingsindikator", "Aktivitet", "Grunduppdrag", "Kvalitetsfaktor", "Kvalitetsindikator", "Risk (intern kontrollplan)", "Kontroll", "Åtgärd")]
    [InlineData("1984", "Vision", "Strategiskt område", "Kommunfullmäktiges mål", "Kommunstyrelsens, nämndernas och bolagens mål", "Indikator", "Aktivitet i verksamhetsplan", "Medarbetarmål")]
    public void Levels_EachSeed_UsesItsOwnLevelNames(string code, params string[] levels)
    {
        var model = Build(SeedModels.All.Single(s => s.Create().Municipality.Code == code));

        Assert.Equal(levels, model.Levels.Select(l => l.Name));
    }

    [Fact]
    public void Arboga_HasTheThreeStrategicAreasUnderTheVision()
    {
        var model = Build(ArbogaSeed.Model);

        Assert.Equal("Arboga – plats för inspiration", Assert.Single(model.Roots()).Title);
        Assert.Equal(["Inspirerande livsmiljö", "Inspirerande lärande och arbete", "Inspirerande organisation"],
            model.ChildrenOf("vision").Select(n => n.Title));
    }

    [Fact]
    public void Vansbro_HasTwoParallelHierarchies()
    {
        var model = Build(VansbroSeed.Model);

        Assert.Equal(["vision", "grunduppdrag"], model.Roots().Select(n => n.LevelId).Distinct());
    }

    [Fact]
    public void Vasteras_CommitteeWithTwoGoals_BreaksThreeGoalsRule()
    {
        var model = Build(VasterasSeed.Model);
        var rebuilt = Rebuild(model, model.Nodes.Where(n => n.Id != "tn-2")); // tn-1 and tn-3 still cover two areas

        var problem = Assert.Single(rebuilt.Validate());

        Assert.Equal(ProblemCodes.CardinalityViolated, problem.Code);
        Assert.Equal((ModelElement.Unit, "tn"), (problem.Location.Element, problem.Location.Id));
        Assert.Contains("tre-mal-per-namnd", problem.Message, StringComparison.Ordinal);
        Assert.Contains("owns 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vasteras_CommitteeGoalsInOneArea_BreaksCoverageRule()
    {
        var model = Build(VasterasSeed.Model);
        var nodes = model.Nodes.Select(n => n.Id == "tn-3" ? n with { ParentId = "klimat" } : n);

        var problem = Assert.Single(Rebuild(model, nodes).Validate());

        Assert.Equal(ProblemCodes.CardinalityViolated, problem.Code);
        Assert.Equal((ModelElement.Unit, "tn"), (problem.Location.Element, problem.Location.Id));
        Assert.Contains("cover 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_EveryNodeNotFromTheSeed_IsMarkedIllustrative()
    {
        // Committee goals and indicators are never given by the seeds, so each must say so.
        var models = SeedModels.All.Select(Build);
        var unmarked = models.SelectMany(m => m.Nodes.Where(n =>
            m.LevelOf(n.Id).Role is LevelRole.Indicator or LevelRole.Activity
            && !(n.Description ?? "").StartsWith(Illustrative.Prefix, StringComparison.Ordinal)));

        Assert.Empty(unmarked);
    }

    private static SteeringModelBuilder Rebuild(SteeringModel model, IEnumerable<Node> nodes) =>
        new SteeringModelBuilder(model.Municipality).AddUnits(model.Units).AddLevels(model.Levels).AddNodes(nodes).AddRules(model.Rules);
}
