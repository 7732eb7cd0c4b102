using System.Text;

namespace Styrmodell.Json.Tests;

/// <summary>A property name that is not a plain identifier is named in a problem's path in bracket form, so the path can be followed back.</summary>
public class MemberPathTests
{
    [Theory]
    [InlineData("sou[ce", "$.units[0]['sou[ce']")]
    [InlineData("a.b", "$.units[0]['a.b']")]
    [InlineData("it's", "$.units[0]['it\\'s']")]
    [InlineData("plain_name-2", "$.units[0].plain_name-2")]
    public void AnUnknownPropertysPath_QuotesAnOddName(string name, string path)
    {
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
            "\"units\":[{\"id\":\"kf\",\"name\":\"Kommunfullmäktige\",\"kind\":\"KF\",\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\":1}]," +
            "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}],\"nodes\":[{\"id\":\"m\",\"level\":\"mal\",\"title\":\"Mål\",\"owner\":\"kf\"}]}";

        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal(JsonProblemCodes.UnknownProperty, problem.Code);
        Assert.Equal(path, problem.Path);
    }
}
