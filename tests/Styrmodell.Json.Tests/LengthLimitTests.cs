using System.Text;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>
/// Ids longer than 200 characters and names longer than 500 are problems at their path (docs/format.md, "Limits"):
/// the limit itself is allowed, one character more is not.
/// </summary>
public class LengthLimitTests
{
    private const string Levels = "\"levels\":[{\"id\":\"v\",\"name\":\"Vision\",\"role\":\"vision\"}],";

    private static string Document(string municipality = "Testby kommun", string nodeId = "v", string title = "V", string unitName = "KF") =>
        "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"" + municipality + "\",\"code\":\"0001\"},"
        + "\"units\":[{\"id\":\"kf\",\"name\":\"" + unitName + "\",\"kind\":\"KF\"}]," + Levels
        + "\"nodes\":[{\"id\":\"" + nodeId + "\",\"level\":\"v\",\"title\":\"" + title + "\",\"owner\":\"kf\"}]}";

    private static ReadResult Read(string json) => ModelJson.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void TextsAtTheLimit_AreAccepted()
    {
        var result = Read(Document(municipality: new('k', 500), nodeId: new('v', 200), title: new('t', 500), unitName: new('n', 500)));

        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("title", "$.nodes[0].title", "The node's title is 501 characters long; at most 500 are allowed.")]
    [InlineData("id", "$.nodes[0].id", "The id is 201 characters long; at most 200 are allowed.")]
    [InlineData("unit", "$.units[0].name", "The unit's name is 501 characters long; at most 500 are allowed.")]
    public void OneCharacterBeyondTheLimit_IsAProblemAtItsPath(string which, string path, string message)
    {
        var json = which switch
        {
            "title" => Document(title: new('t', 501)),
            "id" => Document(nodeId: new('v', 201)),
            _ => Document(unitName: new('n', 501)),
        };

        var problem = Assert.Single(Read(json).Problems, p => p.Code == ProblemCodes.TextTooLong);

        Assert.Equal((path, message), (problem.Path, problem.Message));
    }

    [Fact]
    public void A20MillionCharacterMunicipalityName_IsOneProblem_WhichDoesNotQuoteIt()
    {
        // The newcomer's case from issue 18: a 20 MB name was accepted and printed whole.
        var result = Read(Document(municipality: new string('K', 20_000_000)));

        Assert.Null(result.Model);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("$.municipality.name", ProblemCodes.TextTooLong, "The municipality's name is 20,000,000 characters long; at most 500 are allowed."),
            (problem.Path, problem.Code, problem.Message));
    }

    [Fact]
    public void ASourceTitle_WhichTheModelDoesNotLocate_IsCheckedByTheReader()
    {
        var json = Document().Replace("\"units\":", "\"metadata\":{\"sources\":[{\"title\":\"" + new string('s', 501) + "\"}]},\"units\":", StringComparison.Ordinal);

        var problem = Assert.Single(Read(json).Problems);

        Assert.Equal(("$.metadata.sources[0].title", ProblemCodes.TextTooLong), (problem.Path, problem.Code));
    }
}
