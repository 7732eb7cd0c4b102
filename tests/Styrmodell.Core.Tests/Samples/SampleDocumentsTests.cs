using System.Globalization;
using Styrmodell.Model;
using Styrmodell.Samples;
using Styrmodell.Targets;

namespace Styrmodell.Tests.Samples;

/// <summary>The four documents in samples/models/: valid, shaped like their seeds, and honest about what is invented.</summary>
public class SampleDocumentsTests
{
    private const string Illustrative = "Illustrativt: ";

    public static TheoryData<string> Names => SampleModels.Names;

    [Fact]
    public void Names_AreEveryDocumentInTheModelsDirectory_InTheIssuesOrder()
    {
        Assert.Equal(["vasteras", "strangnas", "vansbro", "arboga"], SampleDocuments.Names);
        Assert.Equal(SampleDocuments.Names.Order(StringComparer.Ordinal),
            Directory.GetFiles(SampleDocuments.Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Read_EachDocument_GivesAValidModelWithOutcomes(string name)
    {
        var read = SampleModels.Document(name);

        Assert.True(read.Problems.IsEmpty, string.Join("\n", read.Problems));
        Assert.True(read.Model!.ToBuilder().Validate().IsEmpty);
        Assert.NotEmpty(read.Model!.Outcomes);
    }

    [Theory]
    [InlineData("vasteras", "1980", "Vision", "Målområde", "Politisk viljeinriktning för mandatperioden", "Nämndens mål", "Bolagens uppdrag och mål (ägardirektiv)", "Indikator")]
    [InlineData("strangnas", "0486", "Vision", "Perspektiv", "Fullmäktigemål", "Strategi", "Nämndens mål", "Nyckeltal", "Särskilt uppdrag", "Aktivitet")]
    [InlineData("vansbro", "2021", "Vision", "Utvecklingsområde", "Utvecklingsmål", "Utvecklingsindikator", "Aktivitet", "Grunduppdrag", "Kvalitetsfaktor", "Kvalitetsindikator", "Risk", "Kontroll", "Åtgärd")]
    [InlineData("arboga", "1984", "Vision", "Strategiskt område", "Kommunfullmäktiges mål", "Kommunstyrelsens, nämndernas och bolagens mål", "Indikator", "Aktivitet", "Medarbetarmål")]
    public void Levels_EachDocument_AreTheSeedsOwnLevelNames(string name, string code, params string[] levels)
    {
        var model = SampleModels.Model(name);

        Assert.Equal(code, model.Municipality.Code);
        Assert.Equal(levels, model.Levels.Select(l => l.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Nodes_AtIndicatorAndActivityLevels_AreMarkedIllustrative(string name)
    {
        // No seed names a concrete indicator or activity, so every one in the samples must say it was chosen for them.
        var model = SampleModels.Model(name);

        Assert.DoesNotContain(model.Nodes, n => model.LevelOf(n.Id).Role is LevelRole.Indicator or LevelRole.Activity
            && !(n.Description ?? "").StartsWith(Illustrative, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Targets_EveryDecision_IsMarkedIllustrative(string name)
    {
        // No seed decides a target value, so every decision in the samples is invented and must say so.
        var decisions = SampleModels.Model(name).Indicators.SelectMany(i => i.Targets).Select(t => t.Decision).ToList();

        Assert.NotEmpty(decisions);
        Assert.All(decisions, d => Assert.StartsWith(Illustrative, d.Reference, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Outcomes_EachIsThePublishedKoladaValueOfItsKpi_OrMarkedIllustrative(string name)
    {
        var model = SampleModels.Model(name);
        var kolada = File.ReadLines(SampleModels.KoladaCsv).Skip(1).Select(l => l.Split(','))
            .Where(f => f[2] == "T")
            .ToDictionary(f => (Kpi: f[0], Code: f[1], Year: f[3]), f => f[4]);

        foreach (var outcome in model.Outcomes.Where(o => !o.Source!.StartsWith(Illustrative, StringComparison.Ordinal)))
        {
            // "Kolada N00090": the indicator names the same KPI, and the value is the published one (empty = no outcome).
            Assert.StartsWith("Kolada ", outcome.Source, StringComparison.Ordinal);
            Assert.Equal(outcome.Source, model.FindIndicator(outcome.IndicatorId)!.Source);
            var published = kolada[(outcome.Source!["Kolada ".Length..], model.Municipality.Code, outcome.Period.Id)];
            Assert.Equal(published, outcome.Value is { } v ? v.Value.ToString(CultureInfo.InvariantCulture) : "");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Outcomes_EachMunicipality_HasRealKoladaValues(string name) =>
        Assert.Contains(SampleModels.Model(name).Outcomes, o => o.Source!.StartsWith("Kolada N", StringComparison.Ordinal) && o.Value is not null);

    [Fact]
    public void Vansbro_SickLeave2022_IsKeptAsNoOutcome_NotZero()
    {
        // Kolada publishes no 2022 value of N00090 for Vansbro: the document says so instead of inventing one.
        var outcome = Assert.Single(SampleModels.Model("vansbro").OutcomesOf("ki-1"), o => o.Period.Id == "2022");

        Assert.Null(outcome.Value);
        Assert.Equal("Kolada N00090", outcome.Source);
    }

    [Fact]
    public void Arboga_Vision_HasTheThreeStrategicAreasOf2023To2026()
    {
        var model = SampleModels.Model("arboga");

        Assert.Equal("Arboga – plats för inspiration", Assert.Single(model.Roots()).Title);
        Assert.Equal(["Inspirerande livsmiljö", "Inspirerande lärande och arbete", "Inspirerande organisation"],
            model.ChildrenOf("vision").Select(n => n.Title));
    }

    [Fact]
    public void Arboga_Indicators_HaveTargetsForTheMandatePeriodAndTheCalendarYear()
    {
        // "Indikatorerna har målvärden för mandatperioden och för kalenderåret" (section 2.5).
        Assert.All(SampleModels.Model("arboga").Indicators, i =>
        {
            Assert.Contains(i.Targets, t => t.Scope == TargetScope.MandatePeriod(2023));
            Assert.Contains(i.Targets, t => t.Scope == TargetScope.Year(2024));
        });
    }

    [Fact]
    public void Arboga_FollowUp_HasTertialAndInterimOutcomesAndFullYearForecasts()
    {
        var outcomes = SampleModels.Model("arboga").OutcomesOf("ind-sjuk");

        Assert.Contains(outcomes, o => o.Period.Id == "2024-T1" && !o.IsForecast);
        Assert.Contains(outcomes, o => o.Period.Id == "2024-01..2024-08" && !o.IsForecast);
        Assert.Contains(outcomes, o => o.Period.Id == "2024" && o.IsForecast);
    }

    [Fact]
    public void Arboga_CommitteeGoal_FeedsTwoCouncilGoals() =>
        Assert.Equal(["kf-kunskap", "kf-arbete"], SampleModels.Model("arboga").LinksFrom("bun-1").Select(l => l.ToId));

    [Fact]
    public void Strangnas_CouncilGoals_HaveAgenda2030TagsAndSitInTheFourPerspectives()
    {
        var model = SampleModels.Model("strangnas");

        Assert.Equal(["Invånare", "Samhälle", "Medarbetare", "Ekonomi"], model.ChildrenOf("vision").Select(n => n.Title));
        Assert.All(model.Nodes.Where(n => n.LevelId == "kf-mal"), g => Assert.Contains(g.Tags, t => t.Scheme == "agenda2030"));
    }

    [Fact]
    public void Strangnas_PlansInFourLevels_AreTagsOnTheirNodes()
    {
        string[] plans = ["flerårsplan", "verksamhetsplan", "kontorsplan", "arbetsplan"];
        var model = SampleModels.Model("strangnas");

        Assert.Equal(plans, model.Nodes.SelectMany(n => n.Tags).Where(t => t.Scheme == "plan").Select(t => t.Value)
            .Distinct().OrderBy(v => Array.IndexOf(plans, v)));
        Assert.Contains(model.Nodes, n => n.LevelId == "aktivitet" && n.Title.StartsWith("Läsår 2021/22", StringComparison.Ordinal));
    }

    [Fact]
    public void Vansbro_Roots_AreTheVisionAndTheFourPartsOfTheStandingMission()
    {
        var model = SampleModels.Model("vansbro");

        Assert.Equal(["vision", "grunduppdrag"], model.Roots().Select(n => n.LevelId).Distinct());
        Assert.Equal(["Arbetsgivare", "Ekonomi", "Övergripande förvaltning", "Verksamhet"],
            model.Roots().Where(n => n.LevelId == "grunduppdrag").Select(n => n.Title));
    }

    [Fact]
    public void Vansbro_EightyPercentRule_IsTheDocumentsScaleAndSaysWhereItComesFrom()
    {
        var read = SampleModels.Document("vansbro");

        Assert.Equal(0.8, read.Document!.Evaluation!.Scale.Categories.Single(c => c.Id == "delvis-uppfyllt").MinimumScore);
        Assert.Contains(read.Model!.Metadata.Sources, s => s.Title.StartsWith(Illustrative + "80 %-regeln", StringComparison.Ordinal));
    }
}
