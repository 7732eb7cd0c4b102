using System.Text;
using System.Text.Json.Nodes;
using Styrmodell.Samples;

namespace Styrmodell.Json.Tests;

/// <summary>
/// A <c>null</c> where an array expects an object or a string is a shape error at the element's own path, in every array
/// of the format — never an exception escaping <see cref="ModelJson.Read(ReadOnlySpan{byte}, JsonReadOptions?)"/>.
/// </summary>
public class NullElementTests
{
    /// <summary>Every non-empty array of the four sample documents: the document, the array's path.</summary>
    public static TheoryData<string, string> Arrays()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in SampleDocuments.Names)
        {
            foreach (var path in ArrayPaths(JsonNode.Parse(File.ReadAllText(SampleDocuments.PathOf(name)))!, "$"))
            {
                if (seen.Add(System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]")))
                {
                    data.Add(name, path);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Arrays))]
    public void Read_NullElementInAnyArray_IsAProblemAtThatElement(string name, string arrayPath)
    {
        var document = JsonNode.Parse(File.ReadAllText(SampleDocuments.PathOf(name)))!;
        Find(document, arrayPath).AsArray()[0] = null;

        var result = ModelJson.Read(Encoding.UTF8.GetBytes(document.ToJsonString()));

        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.Path == arrayPath + "[0]");
    }

    [Fact]
    public void Read_SeveralNullElements_AreAllReported()
    {
        const string Json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},"
            + "\"units\":[null],\"levels\":[{\"id\":\"v\",\"name\":\"Vision\",\"role\":\"vision\",\"parentLevelIds\":[\"x\",null]}],\"outcomes\":[null]}";

        var result = ModelJson.Read(Encoding.UTF8.GetBytes(Json));

        Assert.Null(result.Model);
        Assert.Equal(["$.units[0]", "$.levels[0].parentLevelIds[1]", "$.outcomes[0]"], result.Problems.Select(p => p.Path));
        Assert.Equal("An element of 'units' is null; each element is a unit object.", result.Problems[0].Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_NullElementsOfTheModelsArrays_LeaveTheRestCheckedAtTheirOwnPaths(bool stream)
    {
        // Issue 18, one run shows every problem: a null unit, node and indicator are left out like an element of the wrong
        // type, and the node after them at an undefined level is still found, at its index in the document. A reference
        // to a unit is not reported as dangling: the null unit might have been the one it names.
        const string Json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},"
            + "\"units\":[null,{\"id\":\"kf\",\"name\":\"Kommunfullmäktige\",\"kind\":\"KF\"}],"
            + "\"levels\":[{\"id\":\"v\",\"name\":\"Vision\",\"role\":\"vision\"}],"
            + "\"nodes\":[null,{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"owner\":\"ks\"},{\"id\":\"w\",\"level\":\"nowhere\",\"title\":\"W\"}],"
            + "\"indicators\":[null]}";
        var bytes = Encoding.UTF8.GetBytes(Json);

        var result = stream ? ModelJson.Read(new MemoryStream(bytes)) : ModelJson.Read(bytes);

        Assert.Null(result.Model);
        Assert.Equal(
            [("$.indicators[0]", JsonProblemCodes.InvalidJson), ("$.nodes[0]", JsonProblemCodes.InvalidJson), ("$.nodes[2].level", Styrmodell.Validation.ProblemCodes.UnknownLevel), ("$.units[0]", JsonProblemCodes.InvalidJson)],
            result.Problems.Select(p => (p.Path, p.Code)).Order());
    }

    [Fact]
    public void ReadOutcomes_NullOutcome_IsAProblem()
    {
        var model = SampleDocuments.Read("vansbro").Document!;
        const string Json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Vansbro kommun\",\"code\":\"2021\"},\"outcomes\":[null]}";

        var result = ModelJson.ReadOutcomes(new MemoryStream(Encoding.UTF8.GetBytes(Json)), model);

        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.Path == "$.outcomes[0]");
    }

    private static IEnumerable<string> ArrayPaths(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    foreach (var p in ArrayPaths(value, path + "." + key))
                    {
                        yield return p;
                    }
                }

                break;
            case JsonArray { Count: > 0 } a:
                yield return path;
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var p in ArrayPaths(a[i], path + "[" + i + "]"))
                    {
                        yield return p;
                    }
                }

                break;
        }
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = step.Groups[1].Success ? node[step.Groups[1].Value]! : node[int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node;
    }
}
