using System.Text;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Json.Tests;

public class OutcomeDocumentTests
{
    private static ExchangeDocument Model() => ModelJson.Read(Encoding.UTF8.GetBytes(
        """
        {"formatVersion":"1.0","municipality":{"name":"Testby kommun","code":"0001"},
         "levels":[{"id":"m","name":"Mål","role":"goal"},{"id":"i","name":"Indikator","role":"indicator","parentLevelIds":["m"]}],
         "nodes":[{"id":"m","level":"m","title":"Mål"},{"id":"sjuk","level":"i","title":"Sjukfrånvaro","parent":"m"}],
         "indicators":[{"node":"sjuk","unit":"percent","direction":"lowerIsBetter","source":"N00090"}],
         "outcomes":[{"indicator":"sjuk","period":"2023","value":7.1},{"indicator":"sjuk","period":"2024","value":null}]}
        """)).Document!;

    private static ReadResult Merge(string outcomes) =>
        ModelJson.ReadOutcomes(new MemoryStream(Encoding.UTF8.GetBytes(
            "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},\"outcomes\":" + outcomes + "}")), Model());

    [Fact]
    public void ReadOutcomes_ReplacesSameKeyAndAddsNew()
    {
        var merged = Merge("""[{"indicator":"sjuk","period":"2024","value":6.8},{"indicator":"sjuk","period":"2025-T1","value":6.5,"forecast":true}]""").Model!;

        var outcomes = merged.OutcomesOf("sjuk");
        Assert.Equal(3, outcomes.Count);
        Assert.Equal(6.8m, outcomes.Single(o => o.Period == ReportingPeriod.Year(2024)).Value?.Value);
        Assert.True(outcomes.Single(o => o.Period == ReportingPeriod.Tertial(2025, 1)).IsForecast);
    }

    [Fact]
    public void ReadOutcomes_UnknownIndicator_IsReportedAtItsPath()
    {
        var result = Merge("""[{"indicator":"sjuk","period":"2024","value":6.8},{"indicator":"saknas","period":"2024","value":1}]""");

        Assert.Null(result.Model);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.outcomes[1].indicator", problem.Path);
    }

    [Fact]
    public void ReadOutcomes_OtherMunicipalityOrStructure_IsRefused()
    {
        var result = ModelJson.ReadOutcomes(new MemoryStream(Encoding.UTF8.GetBytes(
            """{"formatVersion":"1.0","municipality":{"name":"Annan","code":"0002"},"nodes":[],"outcomes":[]}""")), Model());

        Assert.Equal(["$.municipality.code", "$.nodes"], result.Problems.Select(p => p.Path));
    }
}
